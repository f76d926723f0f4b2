import type { ComponentChildren } from 'preact';
import { CATALOGUES, LANGUAGES, type Translator } from '@candor/platform';
import { BackLink, ErrorSummary, type FieldErrors, pageTitle } from '../common/components.js';
import { Document } from '../common/document.js';
import { STYLESHEETS } from '../common/stylesheets.js';
import { latin1Markup, markupNode } from '../common/template.js';

export interface ReporterLayoutProps {
  t: Translator;
  /** The current path: the language links point back to it. */
  path: string;
  title: string;
  errors?: FieldErrors;
  back?: string;
  /** The receipt page: a language link would navigate away from a receipt shown only once. */
  hideLanguages?: boolean;
  children: ComponentChildren;
}

/**
 * The reporter's side: skip link, header with the language switch, the page, and the footer
 * links. No script, nothing from another origin.
 */
export function ReporterLayout(props: ReporterLayoutProps) {
  const { t, errors = [] } = props;
  const others = LANGUAGES.filter((language) => language !== t.language);
  return (
    <Document
      lang={t.language}
      title={markupNode(latin1Markup(pageTitle(t, props.title, errors)))}
      stylesheet={STYLESHEETS.reporter.href}
    >
      <a href="#main" class="skip-link">
        {t.t('layout.skipLink')}
      </a>
      <header class="header">
        <div class="width header__inner">
          <a href="/" class="header__name">
            {t.t('layout.serviceName')}
            <span class="header__tagline">{t.t('layout.serviceTagline')}</span>
          </a>
          {props.hideLanguages ? null : (
            <nav class="header__languages" aria-label={t.t('layout.languages')}>
              <ul class="list list--inline">
                {others.map((language) => (
                  <li>
                    <a href={`${props.path}?lang=${language}`} lang={language} hrefLang={language}>
                      {CATALOGUES[language].meta.name}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          )}
        </div>
      </header>
      <div class="width">
        {props.back ? <BackLink t={t} href={props.back} /> : null}
        <main id="main" class="main">
          <ErrorSummary t={t} errors={errors} />
          {props.children}
        </main>
      </div>
      <footer class="footer">
        <div class="width">
          <h2 class="visually-hidden">{t.t('layout.footerLabel')}</h2>
          <ul class="list list--inline footer__links">
            <li>
              <a href="/follow-up">{t.t('layout.followUp')}</a>
            </li>
            <li>
              <a href="/privacy">{t.t('layout.privacy')}</a>
            </li>
            <li>
              <a href="/accessibility">{t.t('layout.accessibility')}</a>
            </li>
          </ul>
          <p class="footer__note">{t.t('layout.footerNote')}</p>
        </div>
      </footer>
    </Document>
  );
}
