import {
  ACKNOWLEDGEMENT_PERIOD_DAYS,
  ACTION_KINDS,
  ACTION_MEASURES,
  CASE_STATUSES,
  CONCERN_TYPES,
  FEEDBACK_PERIOD_MONTHS,
  type PublishedBoardReport,
  type PublishedCount,
  ROUTES,
  type TimingStat,
} from '@candor/domain';
import type { Translator } from '@candor/platform';
import { type FieldErrors } from '../../common/components.js';
import { StaffLayout } from '../common/staff-layout.js';
import type { StaffPageContext } from '../common/staff-pages.service.js';
import { BarChart, type ChartBar } from './bar-chart.js';
import { type PeriodChoice, PERIOD_PARTS } from './period-choice.js';

/** Days in the feedback clock, for drawing it on a scale of days (a month averages 30.44 days). */
const FEEDBACK_CLOCK_DAYS = Math.round(((FEEDBACK_PERIOD_MONTHS * 365.2425) / 12) * 10) / 10;

export function periodName(t: Translator, label: string): string {
  const [, quarterYear, quarter] = /^(\d{4})-Q([1-4])$/.exec(label) ?? [];
  if (quarterYear !== undefined && quarter !== undefined) {
    return t.t('staffBoard.periods.quarter', { year: quarterYear, number: quarter });
  }
  const [, monthYear, month] = /^(\d{4})-(\d{2})$/.exec(label) ?? [];
  if (monthYear !== undefined && month !== undefined) {
    return new Intl.DateTimeFormat(t.locale, {
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(Date.UTC(Number(monthYear), Number(month) - 1, 1)));
  }
  return t.t('staffBoard.periods.year', { year: label });
}

function partName(t: Translator, part: string): string {
  if (part === 'year') return t.t('staffBoard.picker.wholeYear');
  if (part.startsWith('Q')) return t.t('staffBoard.picker.quarter', { number: part.slice(1) });
  return new Intl.DateTimeFormat(t.locale, { month: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2000, Number(part) - 1, 1)),
  );
}

function formats(t: Translator) {
  const count = new Intl.NumberFormat(t.locale, { maximumFractionDigits: 0 });
  const days = new Intl.NumberFormat(t.locale, { maximumFractionDigits: 1 });
  return { count: (n: number) => count.format(n), days: (n: number) => days.format(n) };
}

function shown(value: PublishedCount, t: Translator, format: (n: number) => string): string {
  return value === 'suppressed' ? t.t('staffBoard.suppressed') : format(value);
}

function countSummary(
  t: Translator,
  report: PublishedBoardReport,
  bars: readonly ChartBar[],
  format: (n: number) => string,
): string {
  const withheld = bars.filter((bar) => bar.value === 'suppressed').length;
  return t.t('staffBoard.charts.countSummary', {
    total: shown(report.totalCases, t, format),
    period: periodName(t, report.period.label),
    shown: bars.length - withheld,
    categories: bars.length,
    withheld,
  });
}

function timingBars(t: Translator, stat: TimingStat<PublishedCount>): ChartBar[] {
  const value = (days: number | null) => (stat.suppressed ? 'suppressed' : days);
  return [
    { label: t.t('staffBoard.charts.median'), value: value(stat.medianDays) },
    { label: t.t('staffBoard.charts.p90'), value: value(stat.p90Days) },
  ];
}

function timingSummary(
  t: Translator,
  stat: TimingStat<PublishedCount>,
  clock: string,
  format: (n: number) => string,
): string {
  if (stat.suppressed) return t.t('staffBoard.charts.timingWithheld');
  return t.t('staffBoard.charts.timingSummary', {
    cases: shown(stat.cases, t, format),
    clock,
  });
}

/** The period picker: a year and one of its quarters or months (the periods the domain allows). */
function PeriodPicker(props: { t: Translator; choice: PeriodChoice; years: readonly number[] }) {
  const { t, choice } = props;
  return (
    <form method="get" action="/staff/board-report" class="period-picker no-print" novalidate>
      <fieldset class="fieldset">
        <legend class="legend legend--m">{t.t('staffBoard.picker.legend')}</legend>
        <div class="period-picker__fields">
          <div class="form-group">
            <label class="label" for="year">
              {t.t('staffBoard.picker.year')}
            </label>
            <select class="select" id="year" name="year">
              {props.years.map((year) => (
                <option value={String(year)} selected={String(year) === choice.year}>
                  {year}
                </option>
              ))}
            </select>
          </div>
          <div class="form-group">
            <label class="label" for="part">
              {t.t('staffBoard.picker.part')}
            </label>
            <select class="select" id="part" name="part">
              {PERIOD_PARTS.map((part) => (
                <option value={part} selected={part === choice.part}>
                  {partName(t, part)}
                </option>
              ))}
            </select>
          </div>
          <div class="form-group period-picker__submit">
            <button type="submit" class="button">
              {t.t('staffBoard.picker.show')}
            </button>
          </div>
        </div>
      </fieldset>
    </form>
  );
}

function CountTable(props: {
  t: Translator;
  caption: string;
  labelHeading: string;
  rows: ReadonlyArray<{ label: string; value: PublishedCount }>;
  format: (n: number) => string;
}) {
  const { t } = props;
  return (
    <div class="table-wrap report-table">
      <table class="table">
        <caption class="table__caption">{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{props.labelHeading}</th>
            <th scope="col" class="numeric">
              {t.t('staffBoard.headings.cases')}
            </th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row) => (
            <tr>
              <th scope="row">{row.label}</th>
              <td class={row.value === 'suppressed' ? 'numeric withheld' : 'numeric'}>
                {shown(row.value, t, props.format)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function BoardReportPage(props: {
  ctx: StaffPageContext;
  choice: PeriodChoice;
  years: readonly number[];
  errors: FieldErrors;
  report?: PublishedBoardReport;
  generatedAt: Date;
}) {
  const { ctx, report, errors } = props;
  const { t } = ctx;
  const title = t.t('staffBoard.title');
  return (
    <StaffLayout
      t={t}
      path={ctx.path}
      title={report ? `${title}: ${periodName(t, report.period.label)}` : title}
      viewer={ctx.viewer}
      csrf={ctx.csrf}
      current="boardReport"
      errors={errors}
    >
      <h1 class="heading-xl">{title}</h1>
      <p class="lead">{t.t('staffBoard.lead')}</p>
      <PeriodPicker t={t} choice={props.choice} years={props.years} />
      {report ? <Report t={t} report={report} generatedAt={props.generatedAt} /> : null}
    </StaffLayout>
  );
}

function Report({
  t,
  report,
  generatedAt,
}: {
  t: Translator;
  report: PublishedBoardReport;
  generatedAt: Date;
}) {
  const format = formats(t);
  const name = periodName(t, report.period.label);
  const concernBars = CONCERN_TYPES.map((type) => ({
    label: t.t(`concerns.types.${type}.label`),
    value: report.byConcernType[type],
  }));
  const routeBars = ROUTES.map((route) => ({
    label: t.t(`staffBoard.routes.${route}`),
    value: report.byRoute[route],
  }));
  const statusBars = CASE_STATUSES.map((status) => ({
    label: t.t(`statuses.${status}.label`),
    value: report.byStatus[status],
  }));
  const countChart = {
    labelHeading: '',
    valueHeading: t.t('staffBoard.headings.cases'),
    format: format.count,
    suppressedText: t.t('staffBoard.suppressed'),
    noValueText: t.t('staffBoard.noValue'),
    integer: true,
  };
  const timingChart = {
    labelHeading: t.t('staffBoard.headings.measure'),
    valueHeading: t.t('staffBoard.headings.days'),
    format: format.days,
    suppressedText: t.t('staffBoard.suppressed'),
    noValueText: t.t('staffBoard.noValue'),
  };
  const sevenDays = t.t('staffBoard.charts.sevenDays');
  const threeMonths = t.t('staffBoard.charts.threeMonths');
  return (
    <section class="report" aria-labelledby="report-title">
      <h2 class="heading-l" id="report-title">
        {t.t('staffBoard.periodTitle', { period: name })}
      </h2>
      <p class="no-print">
        <a
          href={`/staff/board-report.csv?period=${report.period.label}`}
          class="button button--secondary"
          download={`candor-board-report-${report.period.label}.csv`}
        >
          {t.t('staffBoard.download')}
        </a>
      </p>
      <p class="muted no-print">{t.t('staffBoard.print')}</p>
      <p class="muted">
        {t.t('staffBoard.recusedNote')}{' '}
        {t.t('staffBoard.generated', { time: t.dateTime(generatedAt) })}
      </p>
      <dl class="counts">
        <div class="counts__item">
          <dt>{t.t('staffBoard.totals')}</dt>
          <dd class="counts__number">{shown(report.totalCases, t, format.count)}</dd>
        </div>
        <div class="counts__item">
          <dt>{t.t('staffBoard.tables.overdue')}</dt>
          <dd class="counts__number">{shown(report.overdue.total, t, format.count)}</dd>
        </div>
      </dl>

      <BarChart
        id="chart-concern"
        title={t.t('staffBoard.charts.concern')}
        summary={countSummary(t, report, concernBars, format.count)}
        bars={concernBars}
        {...countChart}
        labelHeading={t.t('staffBoard.headings.concern')}
      />
      <BarChart
        id="chart-route"
        title={t.t('staffBoard.charts.route')}
        summary={countSummary(t, report, routeBars, format.count)}
        bars={routeBars}
        {...countChart}
        labelHeading={t.t('staffBoard.headings.route')}
      />
      <BarChart
        id="chart-status"
        title={t.t('staffBoard.charts.status')}
        summary={countSummary(t, report, statusBars, format.count)}
        bars={statusBars}
        {...countChart}
        labelHeading={t.t('staffBoard.headings.status')}
      />
      <BarChart
        id="chart-acknowledge"
        title={t.t('staffBoard.charts.acknowledge')}
        summary={timingSummary(t, report.timings.toAcknowledge, sevenDays, format.count)}
        bars={timingBars(t, report.timings.toAcknowledge)}
        references={[{ value: ACKNOWLEDGEMENT_PERIOD_DAYS, label: sevenDays }]}
        {...timingChart}
      />
      <BarChart
        id="chart-close"
        title={t.t('staffBoard.charts.close')}
        summary={timingSummary(t, report.timings.toClose, threeMonths, format.count)}
        bars={timingBars(t, report.timings.toClose)}
        references={[{ value: FEEDBACK_CLOCK_DAYS, label: threeMonths }]}
        {...timingChart}
      />

      <h3 class="heading-m">{t.t('staffBoard.tables.timings')}</h3>
      <div class="table-wrap report-table">
        <table class="table">
          <caption class="visually-hidden">{t.t('staffBoard.tables.timings')}</caption>
          <thead>
            <tr>
              <th scope="col">{t.t('staffBoard.headings.timing')}</th>
              <th scope="col" class="numeric">
                {t.t('staffBoard.headings.cases')}
              </th>
              <th scope="col" class="numeric">
                {t.t('staffBoard.headings.median')}
              </th>
              <th scope="col" class="numeric">
                {t.t('staffBoard.headings.p90')}
              </th>
            </tr>
          </thead>
          <tbody>
            {(['toAcknowledge', 'toFeedback', 'toClose'] as const).map((timing) => {
              const stat = report.timings[timing];
              const days = (value: number | null) =>
                stat.suppressed
                  ? t.t('staffBoard.suppressed')
                  : value === null
                    ? t.t('staffBoard.noValue')
                    : format.days(value);
              return (
                <tr>
                  <th scope="row">{t.t(`staffBoard.timings.${timing}`)}</th>
                  <td class="numeric">{shown(stat.cases, t, format.count)}</td>
                  <td class="numeric">{days(stat.medianDays)}</td>
                  <td class="numeric">{days(stat.p90Days)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>

      <div class="report-tables">
        <CountTable
          t={t}
          caption={t.t('staffBoard.tables.findings')}
          labelHeading={t.t('staffBoard.headings.finding')}
          format={format.count}
          rows={Object.entries(report.byFinding).map(([finding, value]) => ({
            label: t.t(`staffBoard.findings.${finding as 'none'}`),
            value,
          }))}
        />
        <CountTable
          t={t}
          caption={t.t('staffBoard.tables.overdue')}
          labelHeading={t.t('staffBoard.headings.route')}
          format={format.count}
          rows={[
            ...ROUTES.map((route) => ({
              label: t.t(`staffBoard.routes.${route}`),
              value: report.overdue.byRoute[route],
            })),
            { label: t.t('staffBoard.tables.overdueTotal'), value: report.overdue.total },
          ]}
        />
      </div>

      <h3 class="heading-m">{t.t('staffBoard.tables.actions')}</h3>
      <div class="report-tables">
        {ACTION_KINDS.map((kind) => (
          <CountTable
            t={t}
            caption={`${t.t(`staffBoard.actionKinds.${kind}`)}: ${shown(report.actions.byKind[kind], t, format.count)}`}
            labelHeading={t.t('staffBoard.headings.measure')}
            format={format.count}
            rows={ACTION_MEASURES[kind].map((measure) => ({
              label: t.t(`staffBoard.measures.${measure as 'other'}`),
              value: report.actions.byMeasure[kind][measure] ?? 0,
            }))}
          />
        ))}
      </div>
    </section>
  );
}
