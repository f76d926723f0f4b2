import type { StaffPrincipal } from '@candor/domain';
import { SummaryList } from '../../common/components.js';
import type { PageContext } from '../../common/page-context.js';
import { type CaseTombstone, casePath, label } from './case-view.js';
import { StaffLayout } from '../common/staff-layout.js';

/** A case purged after its retention period: what retention keeps, and its audit trail. */
export function TombstonePage(props: {
  ctx: PageContext;
  viewer: StaffPrincipal;
  tombstone: CaseTombstone;
  /** Whether the viewer may open the case's audit trail (CaseConsoleService's `may.view_audit`). */
  mayViewAudit: boolean;
}) {
  const { t } = props.ctx;
  const c = props.tombstone;
  const title = t.t('staffCase.title', { reference: c.reference });
  return (
    <StaffLayout
      t={t}
      path={props.ctx.path}
      csrf={props.ctx.csrf}
      current="queue"
      viewer={props.viewer}
      title={title}
    >
      <a href="/staff" class="back-link">
        {t.t('staffCase.queue')}
      </a>
      <h1 class="heading-xl">{title}</h1>
      <SummaryList
        rows={[
          { key: t.t('staffCase.report.status'), value: label(t, 'statuses', c.status) },
          { key: t.t('staffCase.report.received'), value: t.date(c.receivedAt) },
          { key: t.t('staffCase.routing.routedTo'), value: label(t, 'roles', c.routedTo) },
          ...(c.finding
            ? [{ key: t.t('staffCase.report.finding'), value: label(t, 'findings', c.finding) }]
            : []),
        ]}
      />
      {props.mayViewAudit ? (
        <p>
          <a href={casePath(c.reference, '/audit')}>{t.t('staffCase.audit.link')}</a>
        </p>
      ) : null}
    </StaffLayout>
  );
}
