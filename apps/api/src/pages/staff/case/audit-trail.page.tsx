import type { AuditEventsPage, StaffPrincipal } from '@candor/domain';
import type { MessageKey, Translator } from '@candor/platform';
import { WithNoWrap } from '../../common/components.js';
import type { PageContext } from '../../common/page-context.js';
import { casePath, label } from './case-view.js';
import { StaffLayout } from '../common/staff-layout.js';

function actionText(t: Translator, action: string): string {
  const key = `staffCase.auditActions.${action.replace(/\./g, '_')}`;
  const found = t.t(key as MessageKey);
  return found === key ? action : found;
}

/** What an entry's detail adds that a person can read: a status change, a route. */
function detailText(t: Translator, item: AuditEventsPage['items'][number]): string {
  const d = item.detail as Record<string, unknown>;
  if (item.action === 'case.status_changed' && typeof d.to === 'string')
    return `${label(t, 'statuses', String(d.from))} → ${label(t, 'statuses', d.to)}`;
  if (item.action === 'case.rerouted' && typeof d.to === 'string')
    return `${label(t, 'roles', String(d.from))} → ${label(t, 'roles', d.to)}`;
  if (item.action === 'outcome.recorded' && typeof d.finding === 'string')
    return label(t, 'findings', d.finding);
  return '';
}

/** The case's audit trail, oldest first, a page at a time (keyset on the entry number). */
export function AuditTrailPage(props: {
  ctx: PageContext;
  viewer: StaffPrincipal;
  reference: string;
  page: AuditEventsPage;
  names: Readonly<Record<string, string>>;
  first: boolean;
}) {
  const { t } = props.ctx;
  const title = t.t('staffCase.audit.title', { reference: props.reference });
  const who = (item: AuditEventsPage['items'][number]) =>
    item.actorType === 'staff'
      ? ((item.actorId && props.names[item.actorId]) ?? t.t('staffCase.audit.unknownStaff'))
      : item.actorType === 'reporter'
        ? t.t('staffCase.audit.reporter')
        : t.t('staffCase.audit.system');
  return (
    <StaffLayout
      t={t}
      path={props.ctx.path}
      csrf={props.ctx.csrf}
      current="queue"
      viewer={props.viewer}
      title={title}
    >
      <a href={casePath(props.reference)} class="back-link">
        {t.t('staffCase.audit.backToCase')}
      </a>
      <h1 class="heading-xl">
        <WithNoWrap text={title} value={props.reference} />
      </h1>
      <p class="lead">{t.t('staffCase.audit.lead')}</p>
      {props.page.items.length === 0 ? (
        <p>{t.t('staffCase.audit.none')}</p>
      ) : (
        <div class="table-wrap">
          <table class="table">
            <thead>
              <tr>
                <th scope="col">{t.t('staffCase.audit.seq')}</th>
                <th scope="col">{t.t('staffCase.audit.when')}</th>
                <th scope="col">{t.t('staffCase.audit.who')}</th>
                <th scope="col">{t.t('staffCase.audit.what')}</th>
              </tr>
            </thead>
            <tbody>
              {props.page.items.map((item) => {
                const extra = detailText(t, item);
                return (
                  <tr>
                    <td>{item.seq}</td>
                    <td>{t.dateTime(new Date(item.occurredAt))}</td>
                    <td>{who(item)}</td>
                    <td>
                      {actionText(t, item.action)}
                      {extra ? <span class="hint"> ({extra})</span> : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <nav class="pagination" aria-label={t.t('staffCase.audit.heading')}>
        <ul class="list list--inline">
          {props.first ? null : (
            <li>
              <a href={casePath(props.reference, '/audit')}>{t.t('staffCase.audit.first')}</a>
            </li>
          )}
          {props.page.nextCursor ? (
            <li>
              <a href={casePath(props.reference, `/audit?cursor=${props.page.nextCursor}`)}>
                {t.t('staffCase.audit.next')}
              </a>
            </li>
          ) : null}
        </ul>
      </nav>
    </StaffLayout>
  );
}
