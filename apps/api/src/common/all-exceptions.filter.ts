import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, DomainErrorKind } from '@candor/domain';
import { appConfigOf } from '@candor/platform';
import { DatabaseOutage, isDatabaseUnavailable } from '@candor/persistence';
import { databaseErrorForLog } from '@candor/persistence';
import { CLIENT_BODY_ERROR } from '../bootstrap/json-body-parser.js';
import { PageCookies } from '../pages/common/cookies.js';
import { isPageRequest, sendErrorPage } from '../pages/common/error-page.js';
import { PageError } from '../pages/common/page-error.js';
import { StaffSignInRequired } from '../pages/staff/common/staff-session.guard.js';
import { ErrorBody, errorBody } from './error-body.js';

/** Errors raised by Fastify itself before a route runs (body parsing, limits, media types). */
interface FastifyError {
  statusCode?: number;
  code?: string;
  message: string;
}

const FASTIFY_MESSAGES: Record<string, string> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'request body is too large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported content type',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'request body is empty',
  FST_ERR_CTP_INVALID_JSON_BODY: 'request body is not valid JSON',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'content length does not match the body',
  FST_ERR_CTP_INVALID_TYPE: 'content type is missing or invalid',
};

const DOMAIN_STATUS: Record<DomainErrorKind, number> = {
  invalid: 400,
  unauthenticated: 401,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  unsupported_media: 415,
  rate_limited: 429,
};

/** How long a client is asked to wait while the database is away: it is usually back within seconds. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;
export const DATABASE_UNAVAILABLE_MESSAGE =
  'the service is temporarily unavailable, please try again in a few seconds';

/**
 * Turns every error into the API's error shape. Client mistakes get their 4xx and a message that
 * never echoes what was sent; the database being away is a 503 (see retryAfterOf); anything
 * unexpected is a 500 with a generic message, and only the error's name and message (never
 * request data) are logged. Exported for anything else that renders errors (pages).
 */
export function toErrorBody(exception: unknown): ErrorBody {
  if (exception instanceof PageError) return errorBody(400, exception.message);
  if (isDatabaseUnavailable(exception)) {
    return errorBody(503, DATABASE_UNAVAILABLE_MESSAGE);
  }
  if (exception instanceof DomainError) {
    const body = errorBody(DOMAIN_STATUS[exception.kind], exception.message);
    return exception.details.allowed ? { ...body, allowed: exception.details.allowed } : body;
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const response = exception.getResponse();
    const message =
      typeof response === 'string'
        ? response
        : ((response as { message?: string | string[] }).message ?? exception.message);
    return errorBody(status, message);
  }
  const fastifyError = exception as FastifyError;
  if (
    typeof fastifyError?.statusCode === 'number' &&
    fastifyError.statusCode >= 400 &&
    fastifyError.statusCode < 500
  ) {
    const known =
      fastifyError.code === CLIENT_BODY_ERROR
        ? fastifyError.message
        : fastifyError.code
          ? FASTIFY_MESSAGES[fastifyError.code]
          : undefined;
    const fallback =
      exception instanceof SyntaxError ? 'request body is not valid JSON' : 'bad request';
    return errorBody(fastifyError.statusCode, known ?? fallback);
  }
  return errorBody(500, 'Internal server error');
}

/** The `Retry-After` (seconds) that goes with the error's answer, if any. */
export function retryAfterOf(exception: unknown): number | undefined {
  if (isDatabaseUnavailable(exception)) return DATABASE_RETRY_AFTER_SECONDS;
  if (exception instanceof DomainError) return exception.details.retryAfterSeconds;
  return undefined;
}

/**
 * A database outage answers 503 with `Retry-After` and is logged once when it starts and once when
 * it ends (DatabaseOutage), not once per request. Page routes get the same classification as HTML
 * error pages (400, 404, 413, 429 with when to try again, 500 and 503 with nothing of the request
 * or the error on them); /api and /health keep the JSON error shape.
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Http');
  private readonly cookies: PageCookies;

  constructor(
    private readonly outage: DatabaseOutage,
    configService: ConfigService,
  ) {
    this.cookies = new PageCookies(appConfigOf(configService).nodeEnv === 'production');
  }

  catch(exception: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    if (exception instanceof StaffSignInRequired) {
      // A console page without a live session: to sign-in (and back here after it, for a GET).
      if (exception.expired) this.cookies.clear(reply, 'staff');
      void reply.redirect(exception.location, 303);
      return;
    }
    const body = toErrorBody(exception);
    const retryAfter = retryAfterOf(exception);
    if (retryAfter) void reply.header('Retry-After', String(retryAfter));
    this.outage.report(exception, 'requests');
    if (body.statusCode === 500) {
      const error = exception instanceof Error ? exception : new Error(String(exception));
      // A database error's message quotes the value it choked on: only its description is logged.
      this.logger.error(
        {
          err: databaseErrorForLog(error) ?? {
            name: error.name,
            message: error.message,
            stack: error.stack,
          },
        },
        'unhandled error',
      );
    }
    if (isPageRequest(request)) {
      sendErrorPage(
        request,
        reply,
        this.cookies,
        body.statusCode,
        exception instanceof PageError && exception.kind === 'honeypot' ? 'honeypot' : undefined,
        retryAfter,
      );
      return;
    }
    void reply.status(body.statusCode).send(body);
  }
}
