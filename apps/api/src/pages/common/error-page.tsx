import type { Translator } from '@candor/platform';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { Paragraphs } from './components.js';
import type { PageCookies } from './cookies.js';
import { pageLanguage, pathOf } from './page-context.js';
import { sendPage } from './render.js';
import { translator } from '@candor/platform';
import { ReporterLayout } from '../reporter/reporter-layout.js';
import { StaffErrorPage } from '../staff/common/staff-error-page.js';
import { staffStateOf } from '../staff/common/staff-session.guard.js';

export type ErrorPageKind =
  'notFound' | 'badRequest' | 'honeypot' | 'tooLarge' | 'tooMany' | 'serverError' | 'unavailable';

/** The page for an HTTP status, by the same classification as the JSON API's error shape. */
export function errorPageKind(status: number): ErrorPageKind {
  if (status === 404 || status === 405) return 'notFound';
  if (status === 413) return 'tooLarge';
  if (status === 429) return 'tooMany';
  if (status === 503) return 'unavailable';
  if (status >= 500) return 'serverError';
  return 'badRequest';
}

/** Whether a request is for a page (HTML errors) rather than the JSON API or the health checks. */
export function isPageRequest(request: FastifyRequest): boolean {
  const path = pathOf(request.url);
  return !(
    path === '/api' ||
    path.startsWith('/api/') ||
    path === '/health' ||
    path.startsWith('/health/')
  );
}

function ErrorPage(props: {
  t: Translator;
  path: string;
  kind: ErrorPageKind;
  retryAfterSeconds?: number;
}) {
  const { t, kind } = props;
  const base = kind === 'honeypot' ? 'badRequest' : kind;
  const title = t.t(`errorPages.${base}.title`);
  const minutes = props.retryAfterSeconds ? Math.ceil(props.retryAfterSeconds / 60) : undefined;
  return (
    <ReporterLayout t={t} path={props.path} title={title}>
      <h1 class="heading-xl">{title}</h1>
      {kind === 'honeypot' ? (
        <p>{t.t('errors.honeypot')}</p>
      ) : (
        <Paragraphs texts={t.list(`errorPages.${base}.text`)} />
      )}
      {kind === 'tooMany' ? (
        <p class="lead">
          {minutes
            ? t.t('errorPages.tooMany.retryMinutes', { count: minutes })
            : t.t('errorPages.tooMany.retryLater')}
        </p>
      ) : null}
      <p>
        <a href="/">{t.t('errorPages.home')}</a>
      </p>
    </ReporterLayout>
  );
}

/** Whether a page belongs to the staff console (its errors use the console's layout). */
export function isStaffPath(path: string): boolean {
  return path === '/staff' || path.startsWith('/staff/') || path.startsWith('/cases/');
}

/**
 * An error as a page, in the chosen language: no stack, no request detail, nothing the request
 * carried. Console paths get the console's layout (with its navigation when signed in).
 */
export function sendErrorPage(
  request: FastifyRequest,
  reply: FastifyReply,
  cookies: PageCookies,
  status: number,
  kind: ErrorPageKind = errorPageKind(status),
  retryAfterSeconds?: number,
): FastifyReply {
  const t = translator(pageLanguage(request, cookies));
  const path = pathOf(request.url);
  if (isStaffPath(path)) {
    const state = staffStateOf(request);
    return sendPage(reply, h(StaffErrorPage, { t, path, kind, state, retryAfterSeconds }), status);
  }
  return sendPage(
    reply,
    h(ErrorPage, { t, path: pathOf(request.url), kind, retryAfterSeconds }),
    status,
  );
}
