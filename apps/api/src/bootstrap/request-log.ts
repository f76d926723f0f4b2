import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';

/** Probed every few seconds by load balancers and the compose health check: kept to debug. */
const HEALTH_PATH = '/health';

/**
 * One line per request, written once the response is sent: the request id, method, path (without
 * the query string, which can carry search terms), status and milliseconds. Never an address, a
 * user agent, a header or a body, on any route: that is what keeps a reporter unidentifiable from
 * the logs. A Fastify hook rather than a Nest middleware, so that it sees every request Fastify
 * answers: routed ones, 404s, and bodies refused before any route runs.
 *
 * The line goes through a child of the root logger without its redaction: the object logged here
 * is built right below from those five values and nothing else (the id is Fastify's, made by
 * genReqId; method and path are strings, status and time numbers), so no redacted path can occur
 * in it, and pino's wildcard redaction, which copies each logged object to look for them, cost a
 * tenth of a page request and most of the garbage it left.
 */
export function registerRequestLog(fastify: FastifyInstance, logger: Logger): void {
  const lines = logger.child({}, { redact: [] });
  fastify.addHook('onResponse', (request, reply, done) => {
    const url = request.url;
    const query = url.indexOf('?');
    const path = query === -1 ? url : url.slice(0, query);
    lines[path === HEALTH_PATH ? 'debug' : 'info'](
      {
        req: { id: request.id, method: request.method, path },
        res: { statusCode: reply.statusCode },
        ms: Math.round(reply.elapsedTime),
      },
      'request completed',
    );
    done();
  });
}
