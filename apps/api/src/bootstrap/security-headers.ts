import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import helmet from 'helmet';
import type { AppConfig } from '@candor/platform';

/** The Swagger UI (HTML, its script and styles) lives under this path and nowhere else. */
export const DOCS_UI_PATH = '/api/docs';

/**
 * The policy of web.md for every page and every JSON answer: nothing may load but same-origin
 * styles, images and fonts, and no script at all. Reporter pages never need more.
 */
const STRICT_CSP = {
  defaultSrc: ["'none'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  baseUri: ["'none'"],
};

/** Swagger UI injects inline styles and an inline initializer script: allowed under its path only. */
const DOCS_CSP = {
  ...STRICT_CSP,
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'", "'unsafe-inline'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  connectSrc: ["'self'"],
};

const PERMISSIONS_POLICY = 'camera=(), microphone=(), geolocation=(), interest-cohort=()';

/** HSTS only where it means something and cannot lock a developer's plain-http host out. */
function wantsHsts(config: Pick<AppConfig, 'nodeEnv' | 'publicBaseUrl'>): boolean {
  return config.nodeEnv === 'production' && config.publicBaseUrl.startsWith('https:');
}

function helmetOptions(
  config: Pick<AppConfig, 'nodeEnv' | 'publicBaseUrl'>,
  directives: Record<string, string[]>,
): Parameters<typeof helmet>[0] {
  return {
    contentSecurityPolicy: { useDefaults: false, directives },
    referrerPolicy: { policy: 'no-referrer' },
    crossOriginResourcePolicy: { policy: 'same-origin' },
    crossOriginOpenerPolicy: { policy: 'same-origin' },
    frameguard: { action: 'deny' },
    strictTransportSecurity: wantsHsts(config)
      ? { maxAge: 31_536_000, includeSubDomains: true }
      : false,
  };
}

/**
 * The headers helmet sets for these options. They do not depend on the request, so helmet runs
 * once, at start-up, against a response that only records them. (`@fastify/helmet` rebuilt the
 * middleware, policy text included, on every request; the HTTP floor benchmark showed the cost.)
 */
export function securityHeaders(options: Parameters<typeof helmet>[0]): Record<string, string> {
  const headers: Record<string, string> = {};
  const recorder = {
    setHeader(name: string, value: string | number | readonly string[]) {
      headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
      return recorder;
    },
    removeHeader(name: string) {
      delete headers[name.toLowerCase()];
    },
  };
  let failure: unknown;
  helmet(options)(
    {} as IncomingMessage,
    recorder as unknown as ServerResponse,
    (error?: unknown) => {
      failure = error;
    },
  );
  if (failure !== undefined)
    throw failure instanceof Error
      ? failure
      : new Error('helmet refused the security header options');
  return headers;
}

export interface SecurityHeaderSets {
  /** Pages, JSON answers, errors: web.md's strict policy. */
  readonly strict: Readonly<Record<string, string>>;
  /** The Swagger UI under /api/docs: the strict set, with the CSP loosened as far as it needs. */
  readonly docs: Readonly<Record<string, string>>;
}

/** The two header sets, built once from the configuration. */
export function securityHeaderSets(
  config: Pick<AppConfig, 'nodeEnv' | 'publicBaseUrl'>,
): SecurityHeaderSets {
  const common = {
    'permissions-policy': PERMISSIONS_POLICY,
    // Nothing Candor serves belongs in a search engine, least of all a reporter's page.
    'x-robots-tag': 'noindex, nofollow',
  };
  return {
    strict: { ...securityHeaders(helmetOptions(config, STRICT_CSP)), ...common },
    docs: { ...securityHeaders(helmetOptions(config, DOCS_CSP)), ...common },
  };
}

/** Whether a request URL is the Swagger UI or one of its files (not /api/docs-json). */
export function isDocsUi(url: string): boolean {
  if (!url.startsWith(DOCS_UI_PATH)) return false;
  const next = url.charAt(DOCS_UI_PATH.length);
  return next === '' || next === '/' || next === '?';
}

export function registerSecurityHeaders(
  fastify: FastifyInstance,
  config: Pick<AppConfig, 'nodeEnv' | 'publicBaseUrl'>,
): void {
  const { strict, docs } = securityHeaderSets(config);
  fastify.addHook('onRequest', (request, reply, done) => {
    void reply.headers(isDocsUi(request.url) ? docs : strict);
    done();
  });
}
