import { Redis } from 'ioredis';
import request from 'supertest';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { SHARED_REDIS_URL } from '../support/test-env.js';

const STRICT_CSP =
  "default-src 'none';style-src 'self';img-src 'self' data:;font-src 'self';form-action 'self';frame-ancestors 'none';base-uri 'none'";

/** The CSRF token of the last form a response carried. */
function csrfOf(html: string): string {
  return /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? '';
}

describe('the pages over HTTP', () => {
  let sut: TestApp;
  let redis: Redis;

  beforeAll(async () => {
    sut = await startTestApp({ INTAKE_REPORTS_PER_MINUTE: '1' });
    redis = new Redis(SHARED_REDIS_URL);
  });
  afterAll(async () => {
    redis.disconnect();
    await sut.close();
  });

  const http = () => request(sut.app.getHttpServer());

  it('gives pages and JSON the strict policy and only /api/docs the Swagger UI exception', async () => {
    for (const path of ['/', '/report/concern', '/api/v1/intake/concern-types', '/api/docs-json']) {
      const res = await http().get(path);
      expect({ path, csp: res.headers['content-security-policy'] }).toEqual({
        path,
        csp: STRICT_CSP,
      });
    }
    const docs = await http().get('/api/docs/');
    expect(docs.headers['content-security-policy']).toContain("script-src 'self' 'unsafe-inline'");
  });

  it('serves the stylesheet under its content hash with a long cache, and pages with none', async () => {
    const page = await http().get('/');
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    const href = /<link rel="stylesheet" href="([^"]+)"/.exec(page.text)?.[1] ?? '';
    expect(href).toMatch(/^\/assets\/reporter\.[0-9a-f]{12}\.css$/);
    const css = await http().get(href);
    expect(css.status).toBe(200);
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
    expect(css.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const missing = await http().get('/assets/reporter.000000000000.css');
    expect(missing.status).toBe(404);
    expect(missing.headers['cache-control']).toBe('no-store');
    expect(missing.text).toContain('Page not found');
  });

  it('keeps refusing form bodies on the JSON API, with its JSON error', async () => {
    const res = await http()
      .post('/api/v1/reporter/session')
      .set('content-type', 'application/x-www-form-urlencoded')
      .send('receipt=WRNG-WRNG-WRNG-WRNG-WRNG-WRNG');
    expect(res.status).toBe(415);
    expect(res.body).toEqual({
      statusCode: 415,
      error: 'Unsupported Media Type',
      message: 'unsupported content type',
    });
  });

  it('sets cookies that are HttpOnly, SameSite=Strict and gone when the browser closes', async () => {
    // The start page has no form, so it sets no CSRF cookie; the first question has one.
    expect((await http().get('/')).headers['set-cookie']).toBeUndefined();
    const res = await http().get('/report/concern?lang=de');
    const cookies = res.headers['set-cookie'] as unknown as string[];
    expect(cookies.map((c) => c.split('=')[0]).sort()).toEqual(['candor-csrf', 'candor-lang']);
    for (const cookie of cookies) {
      expect(cookie).toMatch(/; Path=\/; HttpOnly; SameSite=Strict$/);
      expect(cookie).not.toMatch(/Expires|Max-Age/i);
    }
    expect(res.text).toContain('<html lang="de">');
  });

  it('keeps a draft in Redis only encrypted, for an hour, and deletes it when the report is sent', async () => {
    const agent = request.agent(sut.app.getHttpServer());
    const start = await agent.get('/report/concern');
    const answer = (path: string, fields: Record<string, string>, token: string) =>
      agent
        .post(path)
        .type('form')
        .send({ _csrf: token, website: '', ...fields });
    const token = csrfOf(start.text);
    expect((await answer('/report/concern', { concernType: 'health_safety' }, token)).status).toBe(
      303,
    );
    const secret = `Blocked fire exit ${Date.now()}`;
    expect(
      (
        await answer(
          '/report/what-happened',
          { title: secret, description: `${secret} again` },
          token,
        )
      ).status,
    ).toBe(303);

    const keys = await redis.keys(`${sut.env.REDIS_PREFIX}:{drafts}:*`);
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) {
      expect((await redis.getBuffer(key))?.includes(Buffer.from('Blocked fire exit'))).toBe(false);
      const ttl = await redis.ttl(key);
      expect(ttl).toBeGreaterThan(3500);
      expect(ttl).toBeLessThanOrEqual(3600);
    }

    await answer('/report/about-you', { anonymous: 'anonymous' }, token);
    expect((await answer('/report/check', {}, token)).headers.location).toBe('/report/receipt');
    const receipt = await agent.get('/report/receipt');
    expect(receipt.text).toContain('Your report has been sent');
    // Left behind: only the one-hour "sent" mark that keeps a second submit from filing twice.
    const left = await redis.keys(`${sut.env.REDIS_PREFIX}:{drafts}:*`);
    expect(left.filter((key) => !key.endsWith(':file-budget'))).toEqual([
      expect.stringMatching(/:state$/),
    ]);
    expect(await redis.get(left.find((key) => key.endsWith(':state')) ?? '')).toBe('sent');
    // Sending again files nothing: the receipt page says it was shown.
    await answer('/report/check', {}, token);
    expect((await agent.get('/report/receipt')).text).toContain('already been shown');

    // The intake's limit (INTAKE_REPORTS_PER_MINUTE=1 here) applies to the pages as to the API.
    const again = request.agent(sut.app.getHttpServer());
    const next = csrfOf((await again.get('/report/concern')).text);
    const send = (path: string, fields: Record<string, string>) =>
      again
        .post(path)
        .type('form')
        .send({ _csrf: next, website: '', ...fields });
    await send('/report/concern', { concernType: 'other' });
    await send('/report/what-happened', { title: 'Second', description: 'Second report.' });
    const limited = await send('/report/check', {});
    expect(limited.status).toBe(429);
    expect(limited.headers['retry-after']).toMatch(/^\d+$/);
    expect(limited.text).toContain('Too many attempts');
    expect(limited.text).toMatch(/Try again in \d+ minutes?\./);
  });

  it('says how many files one step may carry when a reporter adds too many, keeping none', async () => {
    const agent = request.agent(sut.app.getHttpServer());
    const token = csrfOf((await agent.get('/report/concern')).text);
    await agent
      .post('/report/concern')
      .type('form')
      .send({ _csrf: token, website: '', concernType: 'accounting' });
    let upload = agent.post('/report/files').field('_csrf', token).field('action', 'add');
    for (let i = 1; i <= 11; i += 1) {
      upload = upload.attach('files', Buffer.from(`%PDF-1.4\n% page ${i}\n`), `page-${i}.pdf`);
    }
    const res = await upload;
    expect(res.status).toBe(413);
    expect(res.text).toContain('A report can carry at most 10 files');
    expect(res.text).not.toContain('page-1.pdf');
  });
});
