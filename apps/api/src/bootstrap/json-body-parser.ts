import type { FastifyInstance } from 'fastify';
import { exceedsJsonDepth, MAX_JSON_DEPTH, tooDeepMessage } from '../common/json-depth.js';

/** Marks errors whose message was written for the client and may be shown as is. */
export const CLIENT_BODY_ERROR = 'CANDOR_INVALID_BODY';

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

function clientError(message: string): Error {
  return Object.assign(new Error(message), { statusCode: 400, code: CLIENT_BODY_ERROR });
}

/**
 * Fastify's JSON parser, preceded by a strict UTF-8 check (by default invalid bytes would be
 * decoded into replacement characters and stored as if the reporter had typed them) and a nesting
 * depth check (see exceedsJsonDepth).
 */
export function registerJsonParser(fastify: FastifyInstance, bodyLimit: number): void {
  // Only JSON and multipart bodies are documented; Fastify's own text/plain parser would hand a
  // string to routes that expect an object (415 instead).
  if (fastify.hasContentTypeParser('text/plain')) fastify.removeContentTypeParser('text/plain');
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
      if (exceedsJsonDepth(text, MAX_JSON_DEPTH)) {
        done(clientError(tooDeepMessage('request body', MAX_JSON_DEPTH)), undefined);
        return;
      }
      // Fastify's default parser calls done() itself; it returns nothing to wait for.
      void parseJson(request, text, done);
    },
  );
}
