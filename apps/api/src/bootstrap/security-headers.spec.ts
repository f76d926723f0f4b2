import { isDocsUi, securityHeaderSets } from './security-headers.js';

const STRICT_CSP =
  "default-src 'none';style-src 'self';img-src 'self' data:;font-src 'self';form-action 'self';frame-ancestors 'none';base-uri 'none'";

describe(securityHeaderSets.name, () => {
  it("gives pages and JSON web.md's strict policy, with no script allowed at all", () => {
    const { strict } = securityHeaderSets({ nodeEnv: 'test', publicBaseUrl: 'http://localhost' });
    expect(strict['content-security-policy']).toBe(STRICT_CSP);
    expect(strict).toMatchObject({
      'referrer-policy': 'no-referrer',
      'permissions-policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-resource-policy': 'same-origin',
      'x-content-type-options': 'nosniff',
      'x-robots-tag': 'noindex, nofollow',
      'x-frame-options': 'DENY',
    });
  });

  it("allows Swagger UI's inline script and styles in the docs set only", () => {
    const { strict, docs } = securityHeaderSets({ nodeEnv: 'test', publicBaseUrl: 'http://x' });
    expect(docs['content-security-policy']).toContain("script-src 'self' 'unsafe-inline'");
    expect(docs['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(strict['content-security-policy']).not.toContain('unsafe-inline');
    expect(strict['content-security-policy']).not.toContain('script-src');
  });

  it.each([
    ['production over https', 'production', 'https://candor.example', true],
    ['production over plain http', 'production', 'http://candor.internal', false],
    ['development over https', 'development', 'https://localhost', false],
    ['test over http', 'test', 'http://127.0.0.1:3000', false],
  ] as const)('sends HSTS only in production over https: %s', (_case, nodeEnv, url, hsts) => {
    const sets = securityHeaderSets({ nodeEnv, publicBaseUrl: url });
    for (const set of [sets.strict, sets.docs]) {
      expect(set['strict-transport-security'] !== undefined).toBe(hsts);
    }
  });
});

describe(isDocsUi.name, () => {
  it.each([
    ['/api/docs', true],
    ['/api/docs/', true],
    ['/api/docs/swagger-ui-init.js', true],
    ['/api/docs?x=1', true],
    ['/api/docs-json', false],
    ['/api/v1/intake/concern-types', false],
    ['/', false],
    ['/report/concern', false],
  ])('%s → %s', (url, expected) => {
    expect(isDocsUi(url)).toBe(expected);
  });
});
