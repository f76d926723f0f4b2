import { Injectable } from '@nestjs/common';
import { CaseCipherService } from '@candor/platform';
import { DataSource } from 'typeorm';
import type { Viewer } from '../access/access-policy.js';
import { CaseAccess } from '../access/case-access.service.js';
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
    private readonly dataSource: DataSource,
    private readonly access: CaseAccess,
    private readonly cipher: CaseCipherService,
  ) {}

  async list(
    viewer: Viewer,
    filters: CaseListFilters,
  ): Promise<{ items: CaseListItem[]; nextCursor: string | null }> {
    const { where, params, limit } = this.listQuery(viewer, filters);
    params.push(limit + 1);
    const rows = await this.dataSource.query<ListRow[]>(
      `SELECT ${LIST_COLUMNS}
         FROM cases c
        WHERE ${where}
        ORDER BY ${LIST_ORDER}
        LIMIT $${params.length}`,
      params,
    );
    return pageOf(rows, limit);
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
    const { where, params, limit } = this.listQuery(viewer, filters);
    params.push(limit + 1);
    const rows = await this.dataSource.query<QueueRow[]>(
      `SELECT (SELECT seq::text FROM audit_head WHERE singleton) AS head, ${LIST_COLUMNS},
              coalesce((SELECT json_agg(json_build_object('id', s.id, 'name', s.name) ORDER BY s.name, s.id)
                          FROM case_assignments a JOIN staff s ON s.id = a.staff_id
                         WHERE a.case_id = c.id), '[]') AS assignees,
              (SELECT count(*)::int FROM case_messages m
                WHERE m.case_id = c.id AND m.sender = 'reporter'
                  AND m.created_at > coalesce((SELECT max(r.created_at) FROM case_messages r
                                                WHERE r.case_id = c.id AND r.sender = 'handler'),
                                              '-infinity')) AS unread
         FROM cases c
        WHERE ${where}
        ORDER BY ${LIST_ORDER}
        LIMIT $${params.length}`,
      params,
    );
    const head = rows.length > 0 ? rows[0].head : await this.auditHead();
    const page = pageOf(rows, limit);
    const [statusCounts, assigneeChoices] = await Promise.all([
      this.statusCounts(viewer, head),
      this.assigneeChoices(head),
    ]);
    return {
      items: page.items.map((item, index) => ({
        ...item,
        assignees: rows[index].assignees,
        unreadReporterMessages: rows[index].unread,
      })),
      nextCursor: page.nextCursor,
      statusCounts,
      assigneeChoices,
    };
  }

  /** The list's WHERE (access rule and filters), its parameters and the page size. */
  private listQuery(
    viewer: Viewer,
    filters: CaseListFilters,
  ): { where: string; params: unknown[]; limit: number } {
    const limit = Math.min(filters.limit ?? 25, MAX_PAGE_SIZE);
    const visibility = this.access.visibilityFilter(viewer, 1);
    const where = [visibility.sql];
    const params: unknown[] = [...visibility.params];
    const add = (clause: (p: string) => string, value: unknown) => {
      params.push(value);
      where.push(clause(`$${params.length}`));
    };
    if (filters.status) add((p) => `c.status = ${p}`, filters.status);
    if (filters.concernType) add((p) => `c.concern_type = ${p}`, filters.concernType);
    if (filters.routedTo) add((p) => `c.routed_to = ${p}`, filters.routedTo);
    if (filters.assignee) {
      add(
        (p) =>
          `EXISTS (SELECT 1 FROM case_assignments fa WHERE fa.case_id = c.id AND fa.staff_id = ${p}::uuid)`,
        filters.assignee,
      );
    }
    if (filters.overdue !== undefined) {
      where.push(
        filters.overdue
          ? `c.next_due_at < now()`
          : `(c.next_due_at IS NULL OR c.next_due_at >= now())`,
      );
    }
    if (filters.q) this.addSearch(filters.q, add);
    if (filters.cursor) {
      const cursor = decodeCursor(filters.cursor);
      if (cursor.d === null) {
        add((p) => `(c.next_due_at IS NULL AND c.reference > ${p})`, cursor.r);
      } else {
        params.push(cursor.d, cursor.r);
        const d = `$${params.length - 1}::timestamptz`;
        const r = `$${params.length}`;
        where.push(
          `(c.next_due_at > ${d} OR (c.next_due_at = ${d} AND c.reference > ${r}) OR c.next_due_at IS NULL)`,
        );
      }
    }
    return { where: where.join(' AND '), params, limit };
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
    const visibility = this.access.visibilityFilter(viewer, 1);
    const rows = await this.dataSource.query<Array<{ status: string; n: number }>>(
      `SELECT c.status, count(*)::int AS n FROM cases c WHERE ${visibility.sql} GROUP BY c.status`,
      visibility.params,
    );
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
    const people = Object.freeze(
      await this.dataSource.query<QueuePerson[]>(
        `SELECT id, name FROM staff WHERE role = 'investigator' AND disabled_at IS NULL ORDER BY name, id`,
      ),
    );
    this.choices = head === null ? undefined : { head, people };
    return people;
  }

  private async auditHead(): Promise<string | null> {
    const [head] = await this.dataSource.query<Array<{ seq: string }>>(
      `SELECT seq::text AS seq FROM audit_head WHERE singleton`,
    );
    return head ? head.seq : null;
  }

  /** A case reference matches exactly; otherwise every word must be in the title (blind index). */
  private addSearch(q: string, add: (clause: (p: string) => string, value: unknown) => void): void {
    const trimmed = q.trim().toUpperCase();
    if (CASE_REFERENCE_PATTERN.test(trimmed)) {
      add((p) => `c.reference = ${p}`, trimmed);
      return;
    }
    const terms = this.cipher.titleTerms(q);
    if (terms.length === 0)
      throw new DomainError(
        'invalid',
        'q must be a case reference or words of at least two characters',
      );
    add((p) => `c.title_terms @> ${p}::text[]`, terms);
  }
}

interface ListRow {
  reference: string;
  status: string;
  concern_type: string;
  routed_to: Route;
  handled_by: Route;
  channel: string;
  anonymous: boolean;
  received_at: string;
  acknowledge_by: string;
  feedback_due_at: string | null;
  next_due_at: string | null;
  overdue: boolean | null;
}

/** A queue row: the list's columns, then what the queue shows beside them. */
interface QueueRow extends ListRow {
  head: string | null;
  assignees: QueuePerson[];
  unread: number;
}

/** What the list selects of `cases c`, in ListRow's names. */
const LIST_COLUMNS = `c.reference, c.status, c.concern_type, c.routed_to, c.handled_by, c.channel, c.anonymous,
              ${utcText('c.received_at')} AS received_at, ${utcText('c.acknowledge_by')} AS acknowledge_by,
              ${utcText('c.feedback_due_at')} AS feedback_due_at, ${utcText('c.next_due_at')} AS next_due_at,
              c.next_due_at < now() AS overdue`;

const LIST_ORDER = 'c.next_due_at ASC NULLS LAST, c.reference ASC';

/** The page of `limit` rows out of the limit + 1 fetched, and the cursor of the next page. */
function pageOf<R extends ListRow>(
  rows: R[],
  limit: number,
): { items: CaseListItem[]; nextCursor: string | null } {
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    items: page.map((row) => ({
      reference: row.reference,
      status: row.status,
      concernType: row.concern_type,
      routedTo: row.routed_to,
      handledBy: row.handled_by,
      channel: row.channel,
      anonymous: row.anonymous,
      receivedAt: isoOf(row.received_at),
      acknowledgeBy: isoOf(row.acknowledge_by),
      feedbackDueAt: isoOf(row.feedback_due_at),
      nextDueAt: isoOf(row.next_due_at),
      overdue: row.overdue === true,
    })),
    nextCursor:
      rows.length > limit && last
        ? encodeCursor({ d: isoOf(last.next_due_at), r: last.reference })
        : null,
  };
}

/**
 * A millisecond timestamp column as UTC text (`2026-11-21 09:00:00.5`, ISO DateStyle, which
 * node-postgres already relies on); isoOf turns it into what toISOString() writes. The list's
 * times go straight into the JSON, and parsing each into a Date only to write it back out was a
 * measurable share of the list's CPU (four per row, 25 rows a page). to_char would do it in SQL,
 * at a quarter of PostgreSQL's throughput on this query.
 */
function utcText(column: string): string {
  return `(${column} AT TIME ZONE 'UTC')::text`;
}

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
