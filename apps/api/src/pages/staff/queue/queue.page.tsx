import {
  CASE_STATUSES,
  type CaseQueue,
  CONCERN_TYPES,
  type QueueItem,
  ROUTES,
} from '@candor/domain';
import type { Translator } from '@candor/platform';
import { Button, errorFor, type FieldErrors, Select, TextInput } from '../../common/components.js';
import type { StaffPageContext } from '../common/staff-pages.service.js';
import { StaffLayout } from '../common/staff-layout.js';
import { ReroutedAwayNotice } from '../case/rerouted-away-notice.js';

/** The queue's GET parameters, as the JSON list names them. */
export const QUEUE_FILTERS = [
  'status',
  'concernType',
  'routedTo',
  'assignee',
  'overdue',
  'q',
] as const;
export type QueueQuery = Partial<Record<(typeof QUEUE_FILTERS)[number] | 'cursor', string>>;

const DAY_MS = 86_400_000;

function queueHref(query: QueueQuery): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) if (value) params.set(name, value);
  const search = params.toString();
  return search ? `/staff?${search}` : '/staff';
}

/** "3 days left", "Due today", "Overdue by 2 days", and which clock it is. */
function Deadline({ t, item, now }: { t: Translator; item: QueueItem; now: number }) {
  if (!item.nextDueAt) return <span class="muted">{t.t('staffConsole.queue.noDeadline')}</span>;
  const due = Date.parse(item.nextDueAt);
  const kind = item.nextDueAt === item.acknowledgeBy ? 'acknowledge' : 'feedback';
  const label = t.t(`staffConsole.queue.deadlineKinds.${kind}`);
  const left = due - now;
  const text = item.overdue
    ? t.t('staffConsole.queue.overdueBy', { count: Math.max(1, Math.floor(-left / DAY_MS)) })
    : left < DAY_MS
      ? t.t('staffConsole.queue.dueToday')
      : t.t('staffConsole.queue.daysLeft', { count: Math.floor(left / DAY_MS) });
  return (
    <>
      <span class={item.overdue ? 'overdue' : undefined}>{text}</span>
      <br />
      <span class="muted">
        {label}: <time dateTime={item.nextDueAt}>{t.date(new Date(due))}</time>
      </span>
    </>
  );
}

export function QueuePage(props: {
  ctx: StaffPageContext;
  queue: CaseQueue;
  query: QueueQuery;
  errors: FieldErrors;
  /** Back from a case page whose re-route took the case out of this viewer's hands. */
  rerouted?: boolean;
}) {
  const { t, viewer, csrf, path } = props.ctx;
  const { queue, query, errors } = props;
  const title = t.t('staffConsole.queue.title');
  const now = Date.now();
  const filtered = QUEUE_FILTERS.some((name) => query[name]);
  const total = Object.values(queue.statusCounts).reduce((sum, n) => sum + n, 0);
  const { cursor: _cursor, ...withoutCursor } = query;
  return (
    <StaffLayout
      t={t}
      path={path}
      title={title}
      viewer={viewer}
      csrf={csrf}
      current="queue"
      errors={errors}
    >
      <h1 class="heading-xl">{title}</h1>
      {props.rerouted ? <ReroutedAwayNotice t={t} /> : null}
      <p class="lead">{t.t('staffConsole.queue.lead')}</p>

      <nav aria-label={t.t('staffConsole.queue.countsLabel')}>
        <ul class="counts">
          <li class="counts__item">
            <a href="/staff" aria-current={!query.status ? 'true' : undefined}>
              <span class="counts__number">{total}</span>
              {t.t('staffConsole.queue.countsAll')}
            </a>
          </li>
          {CASE_STATUSES.map((status) => (
            <li class="counts__item">
              <a
                href={queueHref({ status })}
                aria-current={query.status === status ? 'true' : undefined}
              >
                <span class="counts__number">{queue.statusCounts[status] ?? 0}</span>
                {t.t(`staffConsole.statuses.${status}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>

      <form method="get" action="/staff" class="filters" role="search" novalidate>
        <h2 class="heading-m">{t.t('staffConsole.queue.filters')}</h2>
        <div class="filters__grid">
          <TextInput
            t={t}
            id="q"
            label={t.t('staffConsole.queue.search')}
            value={query.q}
            error={errorFor(errors, 'q')}
            spellcheck={false}
          />
          <Select
            t={t}
            id="status"
            label={t.t('staffConsole.queue.status')}
            value={query.status}
            error={errorFor(errors, 'status')}
            placeholder={t.t('staffConsole.queue.anyStatus')}
            options={CASE_STATUSES.map((status) => ({
              value: status,
              label: t.t(`staffConsole.statuses.${status}`),
            }))}
          />
          <Select
            t={t}
            id="concernType"
            label={t.t('staffConsole.queue.concernType')}
            value={query.concernType}
            error={errorFor(errors, 'concernType')}
            placeholder={t.t('staffConsole.queue.anyConcern')}
            options={CONCERN_TYPES.map((type) => ({
              value: type,
              label: t.t(`concerns.types.${type}.label`),
            }))}
          />
          <Select
            t={t}
            id="routedTo"
            label={t.t('staffConsole.queue.route')}
            value={query.routedTo}
            error={errorFor(errors, 'routedTo')}
            placeholder={t.t('staffConsole.queue.anyRoute')}
            options={ROUTES.map((route) => ({
              value: route,
              label: t.t(`staffConsole.routes.${route}`),
            }))}
          />
          <Select
            t={t}
            id="assignee"
            label={t.t('staffConsole.queue.assignee')}
            value={query.assignee}
            error={errorFor(errors, 'assignee')}
            placeholder={t.t('staffConsole.queue.anyAssignee')}
            options={queue.assigneeChoices.map((person) => ({
              value: person.id,
              label: person.name,
            }))}
          />
          <div class={errorFor(errors, 'overdue') ? 'form-group form-group--error' : 'form-group'}>
            <div class="checkboxes__item">
              <input
                class="checkboxes__input"
                id="overdue"
                name="overdue"
                type="checkbox"
                value="true"
                checked={query.overdue === 'true'}
              />
              <label class="label checkboxes__label" for="overdue">
                {t.t('staffConsole.queue.overdue')}
              </label>
            </div>
          </div>
        </div>
        <div class="actions">
          <Button>{t.t('staffConsole.queue.apply')}</Button>
          {filtered ? <a href="/staff">{t.t('staffConsole.queue.clear')}</a> : null}
        </div>
      </form>

      {queue.items.length === 0 ? (
        <p role="status">{t.t('staffConsole.queue.none')}</p>
      ) : (
        <div class="table-wrap">
          <table class="table">
            <caption>
              {filtered
                ? t.t('staffConsole.queue.captionFiltered', { count: queue.items.length })
                : t.t('staffConsole.queue.caption')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t.t('staffConsole.queue.columns.reference')}</th>
                <th scope="col">{t.t('staffConsole.queue.columns.received')}</th>
                <th scope="col">{t.t('staffConsole.queue.columns.concernType')}</th>
                <th scope="col">{t.t('staffConsole.queue.columns.route')}</th>
                <th scope="col">{t.t('staffConsole.queue.columns.status')}</th>
                <th scope="col">{t.t('staffConsole.queue.columns.deadline')}</th>
                <th scope="col">{t.t('staffConsole.queue.columns.assignees')}</th>
                <th scope="col" class="numeric">
                  {t.t('staffConsole.queue.columns.unread')}
                </th>
              </tr>
            </thead>
            <tbody>
              {queue.items.map((item) => (
                <tr>
                  <th scope="row">
                    <a href={`/staff/cases/${item.reference}`} class="nowrap">
                      {item.reference}
                    </a>
                  </th>
                  <td>
                    <time dateTime={item.receivedAt}>{t.date(new Date(item.receivedAt))}</time>
                  </td>
                  <td>
                    {t.t(
                      `concerns.types.${item.concernType as (typeof CONCERN_TYPES)[number]}.label`,
                    )}
                  </td>
                  <td>{t.t(`staffConsole.routes.${item.routedTo}`)}</td>
                  <td>
                    <span class={`tag tag--${item.status}`}>
                      {t.t(
                        `staffConsole.statuses.${item.status as (typeof CASE_STATUSES)[number]}`,
                      )}
                    </span>
                  </td>
                  <td>
                    <Deadline t={t} item={item} now={now} />
                  </td>
                  <td>
                    {item.assignees.length === 0 ? (
                      <span class="muted">{t.t('staffConsole.queue.noneAssigned')}</span>
                    ) : (
                      item.assignees.map((person) => person.name).join(', ')
                    )}
                  </td>
                  <td class="numeric">
                    {item.unreadReporterMessages > 0 ? (
                      <strong>
                        {t.t('staffConsole.queue.unread', { count: item.unreadReporterMessages })}
                      </strong>
                    ) : (
                      '0'
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {queue.nextCursor || query.cursor ? (
        <nav class="pagination" aria-label={t.t('staffConsole.queue.pagination')}>
          {query.cursor ? (
            <a href={queueHref(withoutCursor)}>{t.t('staffConsole.queue.first')}</a>
          ) : null}
          {queue.nextCursor ? (
            <a href={queueHref({ ...withoutCursor, cursor: queue.nextCursor })} rel="next">
              {t.t('staffConsole.queue.next')}
            </a>
          ) : null}
        </nav>
      ) : null}
    </StaffLayout>
  );
}
