import type { AuditHead, AuditVerification } from '@candor/domain';
import { StaffLayout } from '../common/staff-layout.js';
import type { StaffPageContext } from '../common/staff-pages.service.js';

function Verification({
  ctx,
  result,
  at,
}: {
  ctx: StaffPageContext;
  result: AuditVerification;
  at: Date;
}) {
  const { t } = ctx;
  const rows = [
    {
      key: t.t('staffAudit.entries'),
      value: new Intl.NumberFormat(t.locale).format(result.entries),
    },
    { key: t.t('staffAudit.headHash'), value: <code class="hash">{result.headHash}</code> },
    ...(result.firstInvalidEntry
      ? [
          { key: t.t('staffAudit.breaksAt'), value: result.firstInvalidEntry.seq },
          {
            key: t.t('staffAudit.reason'),
            value: t.t(`staffAudit.reasons.${result.firstInvalidEntry.reason}`),
          },
        ]
      : []),
  ];
  return (
    <section aria-labelledby="verification-title">
      <h2 class="visually-hidden" id="verification-title">
        {t.t('staffAudit.resultHeading')}
      </h2>
      <div class={result.valid ? 'panel panel--success' : 'panel panel--warning'} role="status">
        <p class="panel__title">
          {result.valid ? t.t('staffAudit.valid') : t.t('staffAudit.invalid')}
        </p>
        <p class="panel__body">
          {result.valid ? t.t('staffAudit.validLead') : t.t('staffAudit.invalidLead')}
        </p>
      </div>
      <dl class="summary-list">
        {rows.map((row) => (
          <div class="summary-list__row">
            <dt class="summary-list__key">{row.key}</dt>
            <dd class="summary-list__value">{row.value}</dd>
          </div>
        ))}
      </dl>
      <p class="muted">{t.t('staffAudit.checkedAt', { time: t.dateTime(at) })}</p>
    </section>
  );
}

/**
 * The audit log for those who oversee it: verify the whole chain, and the statement of its head
 * for the Audit Committee chair to keep outside Candor. Nothing about any case is on it.
 */
export function AuditPage(props: {
  ctx: StaffPageContext;
  head: AuditHead;
  verification?: { result: AuditVerification; at: Date };
}) {
  const { ctx, head, verification } = props;
  const { t } = ctx;
  const title = t.t('staffAudit.title');
  return (
    <StaffLayout
      t={t}
      path={ctx.path}
      title={title}
      viewer={ctx.viewer}
      csrf={ctx.csrf}
      current="audit"
    >
      <h1 class="heading-xl">{title}</h1>
      <p class="lead">{t.t('staffAudit.lead')}</p>
      {verification ? (
        <Verification ctx={ctx} result={verification.result} at={verification.at} />
      ) : null}
      <form method="get" action="/staff/audit/verify" class="no-print">
        <p class="hint">{t.t('staffAudit.verifyHint')}</p>
        <button type="submit" class={verification ? 'button button--secondary' : 'button'}>
          {t.t('staffAudit.verify')}
        </button>
      </form>
      <h2 class="heading-l">{t.t('staffAudit.statementHeading')}</h2>
      <p>{t.t('staffAudit.statementLead')}</p>
      <pre class="statement" tabIndex={0}>
        {head.text}
      </pre>
      <p class="no-print">
        <a href="/staff/audit/statement.txt" download={`candor-audit-head-${head.seq}.txt`}>
          {t.t('staffAudit.statementDownload')}
        </a>
      </p>
    </StaffLayout>
  );
}
