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
 */
export function registerRequestLog(fastify: FastifyInstance, logger: Logger): void {
  fastify.addHook('onResponse', (request, reply, done) => {
    const path = request.url.split('?', 1)[0];
    logger[path === HEALTH_PATH ? 'debug' : 'info'](
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
