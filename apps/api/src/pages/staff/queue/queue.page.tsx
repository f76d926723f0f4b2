import {
  CASE_STATUSES,
  type CaseQueue,
  CONCERN_TYPES,
  type QueueItem,
  type QueuePerson,
  ROUTES,
} from '@candor/domain';
import type { MessageKey, Translator } from '@candor/platform';
import { Button, errorFor, type FieldErrors, Select, TextInput } from '../../common/components.js';
import type { PageNode } from '../../common/render.js';
import {
  joinMarkup,
  type Markup,
  markupNode,
  perLanguage,
  renderMarkup,
  template,
} from '../../common/template.js';
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

/** The counts per status, each a link to the queue in that status (the current one marked). */
const QUEUE_COUNTS = template<'counts'>((t, hole) => (
  <nav aria-label={t.t('staffConsole.queue.countsLabel')}>
    <ul class="counts">{hole('counts')}</ul>
  </nav>
));
const count = (current: boolean) =>
  template<'href' | 'count' | 'label'>((_t, hole) => (
    <li class="counts__item">
      <a href={hole('href')} aria-current={current ? 'true' : undefined}>
        <span class="counts__number">{hole('count')}</span>
        {hole('label')}
      </a>
    </li>
  ));
const COUNT = count(false);
const CURRENT_COUNT = count(true);
const STATUS_HREFS = Object.fromEntries(
  CASE_STATUSES.map((status) => [status, queueHref({ status })]),
) as Record<(typeof CASE_STATUSES)[number], string>;

/** A table cell's muted text that is the same in every row (no deadline, nobody assigned). */
const mutedText = (key: MessageKey) => template((t) => <span class="muted">{t.t(key)}</span>);
const NO_DEADLINE = mutedText('staffConsole.queue.noDeadline');
const NONE_ASSIGNED = mutedText('staffConsole.queue.noneAssigned');

/** A deadline: "3 days left" (or "Overdue by 2 days", marked), which clock, and the date. */
const deadline = (overdue: boolean) =>
  template<'text' | 'label' | 'dueAt' | 'date'>((_t, hole) => (
    <>
      <span class={overdue ? 'overdue' : undefined}>{hole('text')}</span>
      <br />
      <span class="muted">
        {hole('label')}: <time dateTime={hole('dueAt')}>{hole('date')}</time>
      </span>
    </>
  ));
const DUE = deadline(false);
const OVERDUE = deadline(true);

const UNREAD = template<'text'>((_t, hole) => <strong>{hole('text')}</strong>);

/**
 * One row of the queue. The table repeats it 25 times a page: as a template, its markup is
 * rendered once per language and each row only escapes its values into it.
 */
const QUEUE_ROW = template<
  | 'reference'
  | 'receivedAt'
  | 'received'
  | 'concernType'
  | 'route'
  | 'status'
  | 'statusLabel'
  | 'deadline'
  | 'assignees'
  | 'unread'
>((_t, hole) => (
  <tr>
    <th scope="row">
      <a href={`/staff/cases/${hole('reference')}`} class="nowrap">
        {hole('reference')}
      </a>
    </th>
    <td>
      <time dateTime={hole('receivedAt')}>{hole('received')}</time>
    </td>
    <td>{hole('concernType')}</td>
    <td>{hole('route')}</td>
    <td>
      <span class={`tag tag--${hole('status')}`}>{hole('statusLabel')}</span>
    </td>
    <td>{hole('deadline')}</td>
    <td>{hole('assignees')}</td>
    <td class="numeric">{hole('unread')}</td>
  </tr>
));

/** The table around the rows: its caption and the column headings, the same in every page. */
const QUEUE_TABLE = template<'caption' | 'rows'>((t, hole) => (
  <div class="table-wrap">
    <table class="table">
      <caption>{hole('caption')}</caption>
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
      <tbody>{hole('rows')}</tbody>
    </table>
  </div>
));

/** What a row says for each concern type, route, status and deadline kind: looked up once per language. */
const rowLabels = perLanguage((t) => ({
  concernTypes: new Map<string, string>(
    CONCERN_TYPES.map((type) => [type, t.t(`concerns.types.${type}.label`)]),
  ),
  routes: new Map<string, string>(
    ROUTES.map((route) => [route, t.t(`staffConsole.routes.${route}`)]),
  ),
  statuses: new Map<string, string>(
    CASE_STATUSES.map((status) => [status, t.t(`staffConsole.statuses.${status}`)]),
  ),
  acknowledge: t.t('staffConsole.queue.deadlineKinds.acknowledge'),
  feedback: t.t('staffConsole.queue.deadlineKinds.feedback'),
}));

/**
 * "Overdue by 2 days" and "3 days left" for each number of days, kept per language: every row has
 * one, and a message with a count costs the translator a key built anew each time.
 */
const dayTexts = perLanguage(() => ({
  overdueBy: new Map<number, string>(),
  daysLeft: new Map<number, string>(),
}));
const MAX_KEPT_DAY_TEXTS = 2000;

function daysText(t: Translator, kind: 'overdueBy' | 'daysLeft', count: number): string {
  const kept = dayTexts(t)[kind];
  let text = kept.get(count);
  if (text === undefined) {
    text = t.t(`staffConsole.queue.${kind}`, { count });
    if (kept.size >= MAX_KEPT_DAY_TEXTS) kept.clear();
    kept.set(count, text);
  }
  return text;
}

/** "3 days left", "Due today", "Overdue by 2 days", and which clock it is. */
function deadlineOf(t: Translator, item: QueueItem, now: number): Markup {
  if (!item.nextDueAt) return NO_DEADLINE.fill(t, {});
  const due = Date.parse(item.nextDueAt);
  const left = due - now;
  const text = item.overdue
    ? daysText(t, 'overdueBy', Math.max(1, Math.floor(-left / DAY_MS)))
    : left < DAY_MS
      ? t.t('staffConsole.queue.dueToday')
      : daysText(t, 'daysLeft', Math.floor(left / DAY_MS));
  return (item.overdue ? OVERDUE : DUE).fill(t, {
    text,
    label: rowLabels(t)[item.nextDueAt === item.acknowledgeBy ? 'acknowledge' : 'feedback'],
    dueAt: item.nextDueAt,
    date: t.date(new Date(due)),
  });
}

function queueRow(t: Translator, item: QueueItem, now: number): Markup {
  const labels = rowLabels(t);
  return QUEUE_ROW.fill(t, {
    reference: item.reference,
    receivedAt: item.receivedAt,
    received: t.date(new Date(item.receivedAt)),
    concernType:
      labels.concernTypes.get(item.concernType) ??
      t.t(`concerns.types.${item.concernType as (typeof CONCERN_TYPES)[number]}.label`),
    route: labels.routes.get(item.routedTo) ?? t.t(`staffConsole.routes.${item.routedTo}`),
    status: item.status,
    statusLabel:
      labels.statuses.get(item.status) ??
      t.t(`staffConsole.statuses.${item.status as (typeof CASE_STATUSES)[number]}`),
    deadline: deadlineOf(t, item, now),
    assignees:
      item.assignees.length === 0
        ? NONE_ASSIGNED.fill(t, {})
        : item.assignees.map((person) => person.name).join(', '),
    unread:
      item.unreadReporterMessages > 0
        ? UNREAD.fill(t, {
            text: t.t('staffConsole.queue.unread', { count: item.unreadReporterMessages }),
          })
        : '0',
  });
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

      {QUEUE_COUNTS.node(t, {
        counts: joinMarkup([
          (query.status ? COUNT : CURRENT_COUNT).fill(t, {
            href: '/staff',
            count: total,
            label: t.t('staffConsole.queue.countsAll'),
          }),
          ...CASE_STATUSES.map((status) =>
            (query.status === status ? CURRENT_COUNT : COUNT).fill(t, {
              href: STATUS_HREFS[status],
              count: queue.statusCounts[status] ?? 0,
              label: t.t(`staffConsole.statuses.${status}`),
            }),
          ),
        ]),
      })}

      {filterForm(t, query, errors, queue.assigneeChoices)}

      {queue.items.length === 0 ? (
        <p role="status">{t.t('staffConsole.queue.none')}</p>
      ) : (
        QUEUE_TABLE.node(t, {
          caption: filtered
            ? t.t('staffConsole.queue.captionFiltered', { count: queue.items.length })
            : t.t('staffConsole.queue.caption'),
          rows: joinMarkup(queue.items.map((item) => queueRow(t, item, now))),
        })
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

/**
 * The filter form. Without a search or an error it depends only on the language, the filters
 * (each one of a few known values) and the investigators to choose from, so it is rendered once
 * for each of those and kept while the investigators stay the same (it was a third of what the
 * page cost to render). A search is never kept: nothing anyone typed stays in memory here.
 */
function filterForm(
  t: Translator,
  query: QueueQuery,
  errors: FieldErrors,
  choices: readonly QueuePerson[],
): PageNode {
  if (query.q || errors.length > 0)
    return <FilterForm t={t} query={query} errors={errors} choices={choices} />;
  let forms = filterForms.get(choices);
  if (forms === undefined) {
    forms = new Map();
    filterForms.set(choices, forms);
  }
  const key = [t.language, ...QUEUE_FILTERS.map((name) => query[name] ?? '')].join(' ');
  let form = forms.get(key);
  if (form === undefined) {
    form = renderMarkup(<FilterForm t={t} query={query} errors={errors} choices={choices} />);
    if (forms.size >= MAX_KEPT_FORMS) forms.clear();
    forms.set(key, form);
  }
  return markupNode(form);
}

/** The kept filter forms, for each list of investigators (CaseListService keeps one at a time). */
const filterForms = new WeakMap<readonly QueuePerson[], Map<string, Markup>>();
const MAX_KEPT_FORMS = 500;

function FilterForm(props: {
  t: Translator;
  query: QueueQuery;
  errors: FieldErrors;
  choices: readonly QueuePerson[];
}) {
  const { t, query, errors } = props;
  const filtered = QUEUE_FILTERS.some((name) => query[name]);
  return (
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
          options={props.choices.map((person) => ({
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
  );
}
