import type { FastifyInstance, FastifyRequest } from 'fastify';
import { CLIENT_BODY_ERROR } from '../../bootstrap/json-body-parser.js';

/** The fields of a submitted form: one value per name, or several when a name repeats. */
export type FormFields = Readonly<Record<string, string | readonly string[] | undefined>>;

/** Fastify route config flag set by `@AcceptsForm()` on the page routes that take forms. */
export const FORM_ROUTE = 'candorForm';

const REPLACEMENT_CHARACTER = '\uFFFD';

function rejection(statusCode: number, message: string, code: string): Error {
  return Object.assign(new Error(message), { statusCode, code });
}

function acceptsForms(request: FastifyRequest): boolean {
  const config = request.routeOptions.config as unknown as Record<string, unknown> | undefined;
  return config?.[FORM_ROUTE] === true;
}

/**
 * Parses `application/x-www-form-urlencoded` bodies, but only for page routes that declared they
 * take forms: everywhere else (the JSON API above all) the type stays refused with 415, so that no
 * cross-site form can reach an API route as a "simple" request.
 */
export function registerFormParser(fastify: FastifyInstance, bodyLimit: number): void {
  fastify.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit },
    (request, body, done) => {
      if (!acceptsForms(request)) {
        done(rejection(415, 'unsupported content type', 'FST_ERR_CTP_INVALID_MEDIA_TYPE'));
        return;
      }
      const fields: Record<string, string | string[]> = Object.create(null) as Record<
        string,
        string | string[]
      >;
      for (const [name, value] of new URLSearchParams(body as string)) {
        // Invalid percent-encoded UTF-8 decodes to U+FFFD: refuse rather than store what nobody typed.
        if (value.includes(REPLACEMENT_CHARACTER) || name.includes(REPLACEMENT_CHARACTER)) {
          done(rejection(400, 'form field is not valid UTF-8 text', CLIENT_BODY_ERROR));
          return;
        }
        const previous = fields[name];
        fields[name] =
          previous === undefined
            ? value
            : Array.isArray(previous)
              ? [...previous, value]
              : [previous, value];
      }
      done(null, fields);
    },
  );
}

/** One field's single value ('' when absent; the first when repeated). */
export function field(fields: FormFields, name: string): string {
  const value = fields[name];
  if (value === undefined) return '';
  return typeof value === 'string' ? value : (value[0] ?? '');
}

/** Every value of a repeated field. */
export function fieldList(fields: FormFields, name: string): string[] {
  const value = fields[name];
  if (value === undefined) return [];
  return typeof value === 'string' ? [value] : [...value];
}
