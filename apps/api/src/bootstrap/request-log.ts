import type { FastifyInstance } from 'fastify';
import { fixedLines } from '@candor/platform';
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
 * The line is written with fixedLines, without the root logger's redaction: it is built right
 * below from those five values and nothing else (the id is Fastify's, made by genReqId; method
 * and path are strings, written as JSON strings; status and time are numbers), so no redacted path
 * can occur in it. pino's wildcard redaction, which copies each logged object to look for them,
 * and its serialization of each field cost a tenth of a page request and most of its garbage.
 */
export function registerRequestLog(fastify: FastifyInstance, logger: Logger): void {
  const write = fixedLines(logger, 'request completed');
  fastify.addHook('onResponse', (request, reply, done) => {
    const url = request.url;
    const query = url.indexOf('?');
    const path = query === -1 ? url : url.slice(0, query);
    const ms = Math.round(reply.elapsedTime);
    write(
      path === HEALTH_PATH ? 'debug' : 'info',
      `"req":{"id":${JSON.stringify(request.id)},"method":${JSON.stringify(request.method)},` +
        `"path":${JSON.stringify(path)}},"res":{"statusCode":${reply.statusCode}},` +
        `"ms":${Number.isFinite(ms) ? ms : null}`,
    );
    done();
  });
}
