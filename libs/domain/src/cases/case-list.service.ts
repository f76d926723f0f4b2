import { Injectable } from '@nestjs/common';
import {
  type CaseListCriteria,
  CaseListRepository,
  type CaseListRow,
  StaffRepository,
  TransactionalConnection,
} from '@candor/persistence';
import { CaseCipherService } from '@candor/platform';
import type { Viewer } from '../access/access-policy.js';
import { visibilityScopeOf } from '../access/case-access.service.js';
import { isWithinDateRange } from '../common/calendar-date.js';
import { DomainError } from '../common/domain-error.js';
import { CASE_REFERENCE_PATTERN } from '../intake/case-reference.js';
import type { Route } from '../routing/routing.types.js';

export interface CaseListFilters {
  status?: string;
  concernType?: string;
  routedTo?: Route;
  assignee?: string;
  overdue?: boolean;
  q?: string;
  cursor?: string;
  limit?: number;
}

/**
 * One row of the triage list: metadata only. Content (title, description, parties) is shown by
 * the case detail, whose every read is audited; the list reveals nothing a handler must account for.
 */
export interface CaseListItem {
  reference: string;
  status: string;
  concernType: string;
  routedTo: Route;
  handledBy: Route;
  channel: string;
  anonymous: boolean;
  /** Times as ISO 8601 texts in UTC, as JSON carries them. */
  receivedAt: string;
  acknowledgeBy: string;
  feedbackDueAt: string | null;
  nextDueAt: string | null;
  overdue: boolean;
}

interface Cursor {
  d: string | null;
  r: string;
}

export const MAX_PAGE_SIZE = 100;
const MAX_COUNTED_VIEWERS = 1000;

/** A staff member as the queue names them (assignees, the assignee filter). */
export interface QueuePerson {
  readonly id: string;
  readonly name: string;
}

/** A list row with what the console's queue shows beside it. */
export interface QueueItem extends CaseListItem {
  /** The current assignments (investigators), by name. */
  readonly assignees: readonly QueuePerson[];
  /**
   * Messages from the reporter since the handling side last wrote to them: what is waiting to be
   * read and answered. (No per-person read receipts exist; a reply clears it for everyone.)
   */
  readonly unreadReporterMessages: number;
}

export interface CaseQueue {
  readonly items: QueueItem[];
  readonly nextCursor: string | null;
  /**
   * How many cases the viewer may see in each status, whatever the other filters: counted under
   * the very visibility filter of the list, so a case one is recused from is never counted.
   */
  readonly statusCounts: Readonly<Record<string, number>>;
  /** The investigators one may filter by. */
  readonly assigneeChoices: readonly QueuePerson[];
}

/**
 * The triage list: only cases the caller may see (the access rule in SQL, recusal included, so
 * pagination never leaks), sorted by next due date then reference, with keyset pagination.
 */
@Injectable()
export class CaseListService {
  /** Status counts per viewer, with the audit head they were counted at (statusCounts). */
  private readonly counted = new Map<
    string,
    { head: string; counts: Readonly<Record<string, number>> }
  >();
  /** The investigators, with the audit head they were read at (assigneeChoices). */
  private choices?: { head: string; people: readonly QueuePerson[] };

  constructor(
    private readonly db: TransactionalConnection,
    private readonly cases: CaseListRepository,
    private readonly staff: StaffRepository,
    private readonly cipher: CaseCipherService,
  ) {}

  async list(
    viewer: Viewer,
    filters: CaseListFilters,
  ): Promise<{ items: CaseListItem[]; nextCursor: string | null }> {
    const { criteria, limit } = this.criteria(viewer, filters);
    return pageOf(await this.cases.list(this.db.autocommit, criteria), limit, listItemOf);
  }

  /**
   * The console's triage queue: the same list (same filters, order, paging and access rule) with
   * each row's assignees and unread reporter messages, the counts per status, and the
   * investigators to filter by. Metadata only, like the list.
   *
   * One statement: the list's own, with each row's assignees and unread messages beside its
   * columns and the audit log's head, under which the counts and the investigators are kept
   * (statusCounts, assigneeChoices). An empty page reads the head on its own.
   */
  async queue(viewer: Viewer, filters: CaseListFilters): Promise<CaseQueue> {
    const { criteria, limit } = this.criteria(viewer, filters);
    const rows = await this.cases.queue(this.db.autocommit, criteria);
    const head = rows[0] ? rows[0].head : await this.cases.auditHead(this.db.autocommit);
    // Object.assign rather than a spread: spreading each row's item into a new object cost more
    // than the rest of the page of items.
    const page = pageOf(rows, limit, (row) =>
      Object.assign(listItemOf(row), {
        assignees: row.assignees,
        unreadReporterMessages: row.unread,
      }),
    );
    const [statusCounts, assigneeChoices] = await Promise.all([
      this.statusCounts(viewer, head),
      this.assigneeChoices(head),
    ]);
    return { items: page.items, nextCursor: page.nextCursor, statusCounts, assigneeChoices };
  }

  /**
   * The list's criteria for the repository: the viewer's visibility, the filters (a search by
   * reference or by title words, the cursor decoded and checked), and the rows to fetch (a page
   * and one more). Public for the benchmark, which runs the very statement they make.
   */
  criteria(
    viewer: Viewer,
    filters: CaseListFilters,
  ): { criteria: CaseListCriteria; limit: number } {
    const limit = Math.min(filters.limit ?? 25, MAX_PAGE_SIZE);
    const cursor = filters.cursor ? decodeCursor(filters.cursor) : undefined;
    const criteria: CaseListCriteria = {
      scope: visibilityScopeOf(viewer),
      status: filters.status,
      concernType: filters.concernType,
      routedTo: filters.routedTo,
      assignee: filters.assignee,
      overdue: filters.overdue,
      ...(filters.q ? this.search(filters.q) : {}),
      after: cursor && { dueAt: cursor.d, reference: cursor.r },
      rows: limit + 1,
    };
    return { criteria, limit };
  }

  /**
   * How many cases the viewer may see in each status: the list's own visibility filter (recusal
   * included), grouped. Counting walks every visible case, tens of milliseconds at 100k cases, so
   * the counts are kept per viewer under the audit log's head: every change to a case or its
   * parties (hence to recusal) appends to the log in its own transaction, so a new head means
   * they are counted again. `head` was read (with the queue's page) before counting, so what is
   * kept under a head is never older than that head.
   */
  private async statusCounts(
    viewer: Viewer,
    head: string | null,
  ): Promise<Readonly<Record<string, number>>> {
    const key = `${viewer.id} ${viewer.role}`;
    const kept = this.counted.get(key);
    if (kept && head !== null && kept.head === head) return kept.counts;
    const rows = await this.cases.statusCounts(this.db.autocommit, visibilityScopeOf(viewer));
    const counts = Object.freeze(Object.fromEntries(rows.map((row) => [row.status, row.n])));
    if (head !== null) {
      if (this.counted.size >= MAX_COUNTED_VIEWERS) this.counted.clear();
      this.counted.set(key, { head, counts });
    }
    return counts;
  }

  /**
   * The investigators one may filter by, kept under the audit log's head like the counts: every
   * account created, disabled or enabled appends to the log in the same transaction (and no
   * account changes its role or name), so a new head means they are read again. `head` was read
   * before they are, so what is kept under a head is never older than that head.
   */
  private async assigneeChoices(head: string | null): Promise<readonly QueuePerson[]> {
    if (this.choices && head !== null && this.choices.head === head) return this.choices.people;
    const people = Object.freeze(await this.staff.activeInvestigators(this.db.autocommit));
    this.choices = head === null ? undefined : { head, people };
    return people;
  }

  /** A case reference matches exactly; otherwise every word must be in the title (blind index). */
  private search(q: string): Pick<CaseListCriteria, 'reference' | 'titleTerms'> {
    const trimmed = q.trim().toUpperCase();
    if (CASE_REFERENCE_PATTERN.test(trimmed)) return { reference: trimmed };
    const terms = this.cipher.titleTerms(q);
    if (terms.length === 0)
      throw new DomainError(
        'invalid',
        'q must be a case reference or words of at least two characters',
      );
    return { titleTerms: terms };
  }
}

/** The page of `limit` rows out of the limit + 1 fetched, and the cursor of the next page. */
function pageOf<Row extends CaseListRow, Item>(
  rows: readonly Row[],
  limit: number,
  itemOf: (row: Row) => Item,
): { items: Item[]; nextCursor: string | null } {
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    items: page.map(itemOf),
    nextCursor:
      rows.length > limit && last
        ? encodeCursor({ d: isoOf(last.next_due_at), r: last.reference })
        : null,
  };
}

function listItemOf(row: CaseListRow): CaseListItem {
  return {
    reference: row.reference,
    status: row.status,
    concernType: row.concern_type,
    routedTo: row.routed_to as Route,
    handledBy: row.handled_by as Route,
    channel: row.channel,
    anonymous: row.anonymous,
    receivedAt: isoOf(row.received_at),
    acknowledgeBy: isoOf(row.acknowledge_by),
    feedbackDueAt: isoOf(row.feedback_due_at),
    nextDueAt: isoOf(row.next_due_at),
    overdue: row.overdue === true,
  };
}

/** A time as the repository reads it, UTC text (`2026-11-21 09:00:00.5`); see isoOf. */
const UTC_TEXT = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d{1,3})?$/;

function isoOf(text: string): string;
function isoOf(text: string | null): string | null;
function isoOf(text: string | null): string | null {
  if (text === null) return null;
  if (!UTC_TEXT.test(text)) {
    // A year past 9999 still has an ISO form; 'infinity' or a BC date has none and is shown as is.
    const date = new Date(`${text.replace(' ', 'T')}Z`);
    return Number.isNaN(date.getTime()) ? text : date.toISOString();
  }
  const fraction = text.length > 20 ? text.slice(20).padEnd(3, '0') : '000';
  return `${text.slice(0, 10)}T${text.slice(11, 19)}.${fraction}Z`;
}

function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

function decodeCursor(raw: string): Cursor {
  try {
    const parsed = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as Partial<Cursor>;
    if (
      typeof parsed.r === 'string' &&
      CASE_REFERENCE_PATTERN.test(parsed.r) &&
      (parsed.d === null ||
        (typeof parsed.d === 'string' && isWithinDateRange(Date.parse(parsed.d))))
    ) {
      // Normalized and bounded, so that whatever Date.parse accepted is a timestamp PostgreSQL
      // accepts too.
      return { d: parsed.d === null ? null : new Date(parsed.d).toISOString(), r: parsed.r };
    }
  } catch {
    // fall through: a malformed cursor is a client error
  }
  throw new DomainError(
    'invalid',
    'cursor is malformed: pass back the nextCursor of a previous page',
  );
}
