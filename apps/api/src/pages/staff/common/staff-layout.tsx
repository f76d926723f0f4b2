import type { ComponentChildren } from 'preact';
import { type StaffPrincipal } from '@candor/domain';
import { CATALOGUES, LANGUAGES, type Translator } from '@candor/platform';
import { BackLink, ErrorSummary, type FieldErrors, pageTitle } from '../../common/components.js';
import { CSRF_FIELD } from '../../common/csrf.service.js';
import { Document } from '../../common/document.js';
import { STYLESHEETS } from '../../common/stylesheets.js';
import { joinMarkup, latin1Markup, template } from '../../common/template.js';
import { homeFor, navFor, type StaffNavId } from './staff-nav.js';

export interface StaffLayoutProps {
  t: Translator;
  /** The current path: the language links point back to it. */
  path: string;
  title: string;
  /** Signed in: their name and role, the navigation their role allows, and sign out. */
  viewer?: StaffPrincipal;
  /** The session's CSRF token (for the sign-out form); required with `viewer`. */
  csrf?: string;
  /** The navigation entry to mark as current. */
  current?: StaffNavId;
  errors?: FieldErrors;
  back?: string;
  children: ComponentChildren;
}

/**
 * The console's side: skip link, a header with the signed-in person and sign-out, the areas their
 * role may use (canDo), the page, and a footer. No script, nothing from another origin.
 *
 * Every console page has it, so it is a template: rendered once per language, each page puts in
 * the title, the person, the navigation and its content.
 */
export function StaffLayout(props: StaffLayoutProps) {
  const { t, viewer, errors = [] } = props;
  const nav = viewer ? navFor(viewer) : [];
  return LAYOUT.node(t, {
    title: latin1Markup(pageTitle(t, props.title, errors)),
    home: viewer ? homeFor(viewer) : '/staff/sign-in',
    path: props.path,
    account: viewer
      ? ACCOUNT.fill(t, {
          signedInAs: t.t('staffConsole.layout.signedInAs', {
            name: viewer.name,
            role: t.t(`staffConsole.roles.${viewer.role}`),
          }),
          csrf: props.csrf ?? '',
        })
      : '',
    nav:
      nav.length > 0
        ? NAV.fill(t, {
            entries: joinMarkup(
              nav.map((entry) =>
                (entry.id === props.current ? CURRENT_NAV_ENTRY : NAV_ENTRY).fill(t, {
                  href: entry.href,
                  label: t.t(entry.label),
                }),
              ),
            ),
          })
        : '',
    back: props.back ? <BackLink t={t} href={props.back} /> : null,
    errors: errors.length > 0 ? <ErrorSummary t={t} errors={errors} /> : null,
    children: props.children,
  });
}

const LAYOUT = template<
  'title' | 'home' | 'path' | 'account' | 'nav' | 'back' | 'errors' | 'children'
>((t, hole) => (
  <Document lang={t.language} title={hole('title')} stylesheet={STYLESHEETS.staff.href}>
    <a href="#main" class="skip-link">
      {t.t('staffConsole.layout.skipLink')}
    </a>
    <header class="header">
      <div class="width header__inner">
        <a href={hole('home')} class="header__name">
          {t.t('staffConsole.layout.serviceName')}
          <span class="header__tagline">{t.t('staffConsole.layout.serviceTagline')}</span>
        </a>
        <div class="header__tools">
          <nav class="header__languages" aria-label={t.t('staffConsole.layout.languages')}>
            <ul class="list list--inline">
              {LANGUAGES.filter((language) => language !== t.language).map((language) => (
                <li>
                  <a href={`${hole('path')}?lang=${language}`} lang={language} hrefLang={language}>
                    {CATALOGUES[language].meta.name}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          {hole('account')}
        </div>
      </div>
      {hole('nav')}
    </header>
    <div class="width">
      {hole('back')}
      <main id="main" class="main">
        {hole('errors')}
        {hole('children')}
      </main>
    </div>
    <footer class="footer">
      <div class="width">
        <h2 class="visually-hidden">{t.t('staffConsole.layout.footerLabel')}</h2>
        <ul class="list list--inline footer__links">
          <li>
            <a href="/accessibility">{t.t('layout.accessibility')}</a>
          </li>
          <li>
            <a href="/privacy">{t.t('layout.privacy')}</a>
          </li>
        </ul>
        <p class="footer__note">{t.t('staffConsole.layout.footerNote')}</p>
      </div>
    </footer>
  </Document>
));

/** The signed-in person, and sign-out (a form: it changes state, so it carries the CSRF token). */
const ACCOUNT = template<'signedInAs' | 'csrf'>((t, hole) => (
  <div class="account" role="group" aria-label={t.t('staffConsole.layout.account')}>
    <span class="account__name">{hole('signedInAs')}</span>
    <form method="post" action="/staff/sign-out" class="account__sign-out">
      <input type="hidden" name={CSRF_FIELD} value={hole('csrf')} />
      <button type="submit" class="link-button">
        {t.t('staffConsole.layout.signOut')}
      </button>
    </form>
  </div>
));

const NAV = template<'entries'>((t, hole) => (
  <nav class="nav" aria-label={t.t('staffConsole.layout.navLabel')}>
    <div class="width">
      <ul class="list nav__list">{hole('entries')}</ul>
    </div>
  </nav>
));
const navEntry = (current: boolean) =>
  template<'href' | 'label'>((_t, hole) => (
    <li class="nav__item">
      <a href={hole('href')} class="nav__link" aria-current={current ? 'page' : undefined}>
        {hole('label')}
      </a>
    </li>
  ));
const NAV_ENTRY = navEntry(false);
const CURRENT_NAV_ENTRY = navEntry(true);

/**
 * A console form: POST to this site with the session's CSRF token (StaffPageContext.csrf). The
 * handler calls StaffPages.verify first. Browser validation is off: the server's messages, in the
 * error summary, are the ones people see.
 */
export function StaffForm(props: {
  csrf: string;
  action: string;
  multipart?: boolean;
  class?: string;
  children: ComponentChildren;
}) {
  return (
    <form
      method="post"
      action={props.action}
      enctype={props.multipart ? 'multipart/form-data' : undefined}
      class={props.class}
      novalidate
    >
      <input type="hidden" name={CSRF_FIELD} value={props.csrf} />
      {props.children}
    </form>
  );
}
