import type { FastifyInstance } from 'fastify';

/** Marks errors whose message was written for the client and may be shown as is. */
export const CLIENT_BODY_ERROR = 'CANDOR_INVALID_BODY';

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

function clientError(message: string): Error {
  return Object.assign(new Error(message), { statusCode: 400, code: CLIENT_BODY_ERROR });
}

/**
 * Fastify's JSON parser, preceded by a strict UTF-8 check: by default invalid bytes would be
 * decoded into replacement characters and stored as if the reporter had typed them.
 */
export function registerJsonParser(fastify: FastifyInstance, bodyLimit: number): void {
  const parseJson = fastify.getDefaultJsonParser('error', 'error');
  if (fastify.hasContentTypeParser('application/json'))
    fastify.removeContentTypeParser('application/json');
  fastify.addContentTypeParser(
    'application/json',
    { parseAs: 'buffer', bodyLimit },
    (request, body, done) => {
      let text: string;
      try {
        text = STRICT_UTF8.decode(body as Buffer);
      } catch {
        done(clientError('request body is not valid UTF-8'), undefined);
        return;
      }
      if (text.trim() === '') {
        done(clientError('request body is empty'), undefined);
        return;
      }
      // Fastify's default parser calls done() itself; it returns nothing to wait for.
      void parseJson(request, text, done);
    },
  );
}
