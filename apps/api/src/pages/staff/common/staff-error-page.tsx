import type { Translator } from '@candor/platform';
import { Paragraphs } from '../../common/components.js';
import type { ErrorPageKind } from '../../common/error-page.js';
import { homeFor } from './staff-nav.js';
import { StaffLayout } from './staff-layout.js';
import type { StaffRequestState } from './staff-session.guard.js';

/**
 * An error on a console page, in the console's layout (with the navigation when signed in). A case
 * one may not see gets exactly this 404, the same as a case that does not exist.
 */
export function StaffErrorPage(props: {
  t: Translator;
  path: string;
  kind: ErrorPageKind;
  state?: StaffRequestState;
  retryAfterSeconds?: number;
}) {
  const { t, kind, state } = props;
  const base = kind === 'honeypot' ? 'badRequest' : kind;
  const title =
    base === 'notFound'
      ? t.t('staffConsole.errors.notFound.title')
      : t.t(`errorPages.${base}.title`);
  const minutes = props.retryAfterSeconds ? Math.ceil(props.retryAfterSeconds / 60) : undefined;
  return (
    <StaffLayout t={t} path={props.path} title={title} viewer={state?.viewer} csrf={state?.csrf}>
      <h1 class="heading-xl">{title}</h1>
      {base === 'notFound' ? (
        <Paragraphs texts={t.list('staffConsole.errors.notFound.text')} />
      ) : base === 'tooLarge' || base === 'serverError' || base === 'unavailable' ? (
        <p>{t.list(`errorPages.${base}.text`)[0]}</p>
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
        <a href={state ? homeFor(state.viewer) : '/staff/sign-in'}>
          {t.t('staffConsole.errors.home')}
        </a>
      </p>
    </StaffLayout>
  );
}
