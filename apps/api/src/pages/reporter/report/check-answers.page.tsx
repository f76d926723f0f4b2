import type { Route } from '@candor/domain';
import type { Translator } from '@candor/platform';
import {
  Button,
  type FieldErrors,
  PageForm,
  sentenceCase,
  SummaryList,
} from '../../common/components.js';
import type { PageContext } from '../../common/page-context.js';
import type { DateParts, DraftAnswers } from './draft.types.js';
import { ReportLayout } from './report-layout.js';
import { type Step, stepPath } from './report-steps.js';

function dateText(t: Translator, parts: DateParts | undefined, iso: string | undefined): string {
  if (!iso || !parts) return t.t('layout.notGiven');
  const date = new Date(`${iso.length === 7 ? `${iso}-01` : iso}T00:00:00Z`);
  return parts.day.trim()
    ? t.date(date)
    : new Intl.DateTimeFormat(t.locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
        date,
      );
}

function Lines({ lines, empty }: { lines: readonly string[]; empty: string }) {
  if (lines.length === 0) return <>{empty}</>;
  return (
    <ul class="list">
      {lines.map((line) => (
        <li>{line}</li>
      ))}
    </ul>
  );
}

/** Every answer with its Change link, who will receive the report, and the Send button. */
export function CheckAnswersPage(props: {
  ctx: PageContext;
  back: string;
  answers: DraftAnswers;
  /** The body the report goes to with these answers (the routing policy's decision). */
  routedTo?: Route;
  errors?: FieldErrors;
}) {
  const { t } = props.ctx;
  const a = props.answers;
  const notGiven = t.t('layout.notGiven');
  const change = (step: Step, hidden: string) => ({
    href: stepPath(step, true),
    label: t.t('layout.change'),
    hidden,
  });
  const rows = [
    {
      key: t.t('report.check.concern'),
      value: a.concernType ? t.t(`concerns.types.${a.concernType}.label`) : notGiven,
      change: change('concern', t.t('report.check.concern')),
    },
    {
      key: t.t('report.check.goesTo'),
      value: props.routedTo ? sentenceCase(t, t.t(`routes.${props.routedTo}`)) : notGiven,
    },
    {
      key: t.t('report.check.reportTitle'),
      value: a.title ?? notGiven,
      change: change('what-happened', t.t('report.check.reportTitle')),
    },
    {
      key: t.t('report.check.description'),
      value: a.description ?? notGiven,
      change: change('what-happened', t.t('report.check.description')),
    },
    {
      key: t.t('report.check.date'),
      value: dateText(t, a.occurredAtParts, a.occurredAt),
      change: change('when-where', t.t('report.check.date')),
    },
    {
      key: t.t('report.check.location'),
      value: a.location ?? notGiven,
      change: change('when-where', t.t('report.check.location')),
    },
    {
      key: t.t('report.check.implicated'),
      value: (
        <Lines
          lines={a.implicated.map((p) =>
            p.name ? `${p.name} – ${t.t(`roles.${p.role}`)}` : t.t(`roles.${p.role}`),
          )}
          empty={t.t('report.check.noPeople')}
        />
      ),
      change: change('people', t.t('report.check.implicated')),
    },
    {
      key: t.t('report.check.witnesses'),
      value: (
        <Lines
          lines={a.witnesses.map((w) => (w.contact ? `${w.name} (${w.contact})` : w.name))}
          empty={t.t('report.check.noPeople')}
        />
      ),
      change: change('people', t.t('report.check.witnesses')),
    },
    {
      key: t.t('report.check.files'),
      value: <Lines lines={a.files.map((f) => f.name)} empty={t.t('report.check.noFiles')} />,
      change: change('files', t.t('report.check.files')),
    },
    {
      key: t.t('report.check.you'),
      value: a.anonymous === false ? t.t('report.check.named') : t.t('report.check.anonymous'),
      change: change('about-you', t.t('report.check.you')),
    },
    ...(a.anonymous === false
      ? [
          {
            key: t.t('report.check.name'),
            value: a.reporter?.name ?? notGiven,
            change: change('contact', t.t('report.check.name')),
          },
          {
            key: t.t('report.check.email'),
            value: a.reporter?.email ?? notGiven,
            change: change('contact', t.t('report.check.email')),
          },
          {
            key: t.t('report.check.phone'),
            value: a.reporter?.phone ?? notGiven,
            change: change('contact', t.t('report.check.phone')),
          },
          {
            key: t.t('report.check.news'),
            value: a.reporter?.notifyByEmail ? t.t('report.check.yes') : t.t('report.check.no'),
            change: change('contact', t.t('report.check.news')),
          },
        ]
      : []),
  ];
  return (
    <ReportLayout
      ctx={props.ctx}
      title={t.t('report.check.title')}
      back={props.back}
      errors={props.errors}
    >
      <h1 class="heading-xl">{t.t('report.check.title')}</h1>
      <h2 class="heading-l">{t.t('report.check.concernHeading')}</h2>
      <SummaryList rows={rows} />
      <h2 class="heading-l">{t.t('report.check.sendHeading')}</h2>
      <p>{t.t('report.check.sendText')}</p>
      <PageForm t={t} csrf={props.ctx.csrf} action="/report/check">
        <Button>{t.t('report.check.send')}</Button>
      </PageForm>
    </ReportLayout>
  );
}
