import { HttpException } from '@nestjs/common';
import type { IncomingFile } from '@candor/domain';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { CLIENT_BODY_ERROR } from '../../bootstrap/json-body-parser.js';
import { readMultipart } from '../../common/multipart.js';

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

/** A multipart form with files: its text fields as form fields. */
export interface FormWithFiles {
  readonly fields: FormFields;
  readonly files: IncomingFile[];
}

/**
 * A multipart form with files, read as the JSON API reads one (same limits), its text fields as
 * form fields. When a file or the number of files went over the limit, `overLimit` says which
 * (`size` or `count`) and the fields read before it are kept, without any file: a form sends its
 * hidden CSRF token before its files, so the token can still be checked before the page answers.
 * A file input left empty sends one nameless, empty part, which is not a file.
 */
export async function readUploadForm(
  request: FastifyRequest,
): Promise<FormWithFiles & { readonly overLimit?: 'size' | 'count' }> {
  // Without JSON or boolean fields declared, readMultipart reads every field as text.
  const fields: Record<string, string> = {};
  try {
    const { files } = await readMultipart(request, { into: fields });
    return {
      fields,
      files: files.filter((file) => file.name !== '' || file.content.length > 0),
    };
  } catch (error) {
    if (error instanceof HttpException && error.getStatus() === 413) {
      const code = (error.cause as { code?: unknown } | undefined)?.code;
      const count = typeof code === 'string' && /FILES_LIMIT|PARTS_LIMIT/.test(code);
      return { fields, files: [], overLimit: count ? 'count' : 'size' };
    }
    throw error;
  }
}
