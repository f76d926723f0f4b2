import { BadRequestException, HttpException, HttpStatus } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { MAX_FILES_PER_REQUEST } from '@candor/domain';
import type { IncomingFile } from '@candor/domain';
import { exceedsJsonDepth, MAX_JSON_DEPTH, tooDeepMessage } from './json-depth.js';

export interface MultipartBody {
  readonly fields: Record<string, unknown>;
  readonly files: IncomingFile[];
}

const REPLACEMENT_CHARACTER = '\uFFFD';

/**
 * Reads a multipart body: files from the `files` field, and the other fields either one by one
 * (`jsonFields` hold JSON text, `booleanFields` "true"/"false") or all at once as a JSON document
 * in a `report` field. Limits (10 files, 25 MiB each) come from the multipart plugin and answer 413.
 */
export async function readMultipart(
  request: FastifyRequest,
  options: {
    jsonFields?: readonly string[];
    booleanFields?: readonly string[];
    /** Refuse every field but `files`, as an unknown JSON field is refused. */
    onlyFiles?: boolean;
    /**
     * The object to read the fields into, so that the caller still has those read before a limit
     * stopped the body (a page form's CSRF token, sent before its files).
     */
    into?: Record<string, unknown>;
  } = {},
): Promise<MultipartBody> {
  const fields: Record<string, unknown> = options.into ?? {};
  const files: IncomingFile[] = [];
  try {
    for await (const part of request.parts()) {
      if (part.type === 'file') {
        if (part.fieldname !== 'files') {
          await part.toBuffer();
          throw new BadRequestException(
            `unexpected file field "${part.fieldname}": send files as "files"`,
          );
        }
        files.push({ name: part.filename ?? '', content: await part.toBuffer() });
        continue;
      }
      if (options.onlyFiles) {
        throw new BadRequestException(`unexpected field "${part.fieldname}": send only "files"`);
      }
      const value = typeof part.value === 'string' ? part.value : String(part.value);
      if (value.includes(REPLACEMENT_CHARACTER))
        throw new BadRequestException(`field ${part.fieldname} is not valid UTF-8 text`);
      if (part.fieldname === 'report') {
        Object.assign(fields, parseJsonField('report', value, MAX_JSON_DEPTH));
      } else if (options.jsonFields?.includes(part.fieldname)) {
        // One level down in the report it stands for.
        fields[part.fieldname] = parseJsonField(part.fieldname, value, MAX_JSON_DEPTH - 1);
      } else if (options.booleanFields?.includes(part.fieldname)) {
        fields[part.fieldname] = value === 'true' ? true : value === 'false' ? false : value;
      } else {
        fields[part.fieldname] = value;
      }
    }
  } catch (error) {
    throw asClientError(error);
  }
  return { fields, files };
}

/** A body of files and nothing else (evidence and reporter uploads). */
export async function readFiles(request: FastifyRequest): Promise<IncomingFile[]> {
  return (await readMultipart(request, { onlyFiles: true })).files;
}

/** The OpenAPI description of such a body. */
export const FILES_ONLY_BODY = {
  schema: {
    type: 'object',
    required: ['files'],
    properties: {
      files: {
        type: 'array',
        maxItems: MAX_FILES_PER_REQUEST,
        items: { type: 'string', format: 'binary' },
      },
    },
  },
};

function parseJsonField(name: string, value: string, maxDepth: number): unknown {
  if (exceedsJsonDepth(value, maxDepth))
    throw new BadRequestException(tooDeepMessage(`field ${name}`, maxDepth));
  try {
    return JSON.parse(value) as unknown;
  } catch {
    throw new BadRequestException(`field ${name} must be JSON`);
  }
}

function asClientError(error: unknown): HttpException {
  if (error instanceof HttpException) return error;
  const status = (error as { statusCode?: number }).statusCode;
  const code = (error as { code?: string }).code ?? '';
  if (status === 413 || /FILE_TOO_LARGE|FILES_LIMIT|PARTS_LIMIT|FIELDS_LIMIT/.test(code)) {
    return new HttpException(
      'too many files or a file too large: at most 10 files of 25 MiB each',
      HttpStatus.PAYLOAD_TOO_LARGE,
      // Which limit it was, for the pages that say so beside the file field.
      { cause: error },
    );
  }
  if (status === 406 || code === 'FST_INVALID_MULTIPART_CONTENT_TYPE') {
    return new HttpException(
      'expected a multipart/form-data body',
      HttpStatus.UNSUPPORTED_MEDIA_TYPE,
    );
  }
  return new BadRequestException('malformed multipart body');
}
