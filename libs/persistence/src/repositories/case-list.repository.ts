import { Injectable } from '@nestjs/common';
import { prepared, queryPrepared } from '../database/prepared.js';
import type { SqlRunner } from '../database/returning.js';
import { type AuditHeadRow, SELECT_AUDIT_HEAD } from './audit-log-snapshot.js';
import { caseVisibilitySql, type CaseVisibilityScope } from './case-visibility.sql.js';
import type { StaffNameRow } from './staff.repository.js';

/**
 * What the triage list asks for, already checked by the domain: who is looking (the cases they
 * may see), the filters, and where the page starts. Every value is a parameter of the statement.
 */
export interface CaseListCriteria {
  readonly scope: CaseVisibilityScope;
  readonly status?: string;
  readonly concernType?: string;
  readonly routedTo?: string;
  /** A staff id: only cases assigned to them. */
  readonly assignee?: string;
  readonly overdue?: boolean;
  /** An exact case reference (a search by reference). */
  readonly reference?: string;
  /** Blind-index terms every one of which the title must hold (a search by words). */
  readonly titleTerms?: readonly string[];
  /** The keyset cursor: the page starts after this case in the list's order. */
  readonly after?: { readonly dueAt: string | null; readonly reference: string };
  /** How many rows to fetch (a page and one more, to know whether another page follows). */
  readonly rows: number;
}

/**
 * One row of the list: metadata only (no ciphertext). Times are UTC texts
 * (`2026-11-21 09:00:00.5`), which the domain turns into ISO 8601 without parsing dates.
 */
export interface CaseListRow {
  readonly reference: string;
  readonly status: string;
  readonly concern_type: string;
  readonly routed_to: string;
  readonly handled_by: string;
  readonly channel: string;
  readonly anonymous: boolean;
  readonly received_at: string;
  readonly acknowledge_by: string;
  readonly feedback_due_at: string | null;
  readonly next_due_at: string | null;
  readonly overdue: boolean | null;
}

/** A queue row: the list's columns, then what the console's queue shows beside them. */
export interface CaseQueueRow extends CaseListRow {
  /** The audit log's head (seq) when the page was read; null for an empty log. */
  readonly head: string | null;
  readonly assignees: StaffNameRow[];
  /** Reporter messages since the handling side last wrote. */
  readonly unread: number;
}

export interface CaseStatusCountRow {
  readonly status: string;
  readonly n: number;
}

/** A statement and its parameters, as node-postgres takes them. */
export interface Statement {
  readonly text: string;
  readonly values: unknown[];
}

/**
 * A millisecond timestamp column as UTC text, in ISO DateStyle (which node-postgres already
 * relies on). The list's times go straight into the JSON, and parsing each into a Date only to
 * write it back out was a measurable share of the list's CPU (four per row, 25 rows a page).
 * to_char would do it in SQL, at a quarter of PostgreSQL's throughput on this query.
 */
function utcText(column: string): string {
  return `(${column} AT TIME ZONE 'UTC')::text`;
}

/** What the list selects of `cases c`, in CaseListRow's names. */
const LIST_COLUMNS = `c.reference, c.status, c.concern_type, c.routed_to, c.handled_by, c.channel, c.anonymous,
              ${utcText('c.received_at')} AS received_at, ${utcText('c.acknowledge_by')} AS acknowledge_by,
              ${utcText('c.feedback_due_at')} AS feedback_due_at, ${utcText('c.next_due_at')} AS next_due_at,
              c.next_due_at < now() AS overdue`;

const LIST_ORDER = 'c.next_due_at ASC NULLS LAST, c.reference ASC';

/**
 * The page's size, written into the statement rather than passed as a parameter: the statements
 * run with one generic plan per connection (data-source-options.ts), and a generic plan does not
 * know a parameter's LIMIT. Planned for a tenth of the matching rows, the list at 1M cases started
 * two parallel workers on every call to read 26 rows (p95 404 ms, against 13 ms with the page size
 * in the text). A statement per page size: the API allows a hundred at most.
 */
function rowsLimit(rows: number): number {
  if (!Number.isSafeInteger(rows) || rows < 1) throw new RangeError(`a page of ${rows} rows`);
  return rows;
}

/** The list's WHERE over `cases c` (visibility, filters, cursor) and its parameters from $1. */
function listWhere(criteria: CaseListCriteria): { where: string; values: unknown[] } {
  const visibility = caseVisibilitySql(criteria.scope, 1);
  const where = [visibility.sql];
  const values: unknown[] = [...visibility.params];
  const add = (clause: (p: string) => string, value: unknown) => {
    values.push(value);
    where.push(clause(`$${values.length}`));
  };
  if (criteria.status) add((p) => `c.status = ${p}`, criteria.status);
  if (criteria.concernType) add((p) => `c.concern_type = ${p}`, criteria.concernType);
  if (criteria.routedTo) add((p) => `c.routed_to = ${p}`, criteria.routedTo);
  if (criteria.assignee) {
    add(
      (p) =>
        `EXISTS (SELECT 1 FROM case_assignments fa WHERE fa.case_id = c.id AND fa.staff_id = ${p}::uuid)`,
      criteria.assignee,
    );
  }
  if (criteria.overdue !== undefined) {
    where.push(
      criteria.overdue
        ? `c.next_due_at < now()`
        : `(c.next_due_at IS NULL OR c.next_due_at >= now())`,
    );
  }
  if (criteria.reference !== undefined) add((p) => `c.reference = ${p}`, criteria.reference);
  if (criteria.titleTerms !== undefined)
    add((p) => `c.title_terms @> ${p}::text[]`, criteria.titleTerms);
  const after = criteria.after;
  if (after) {
    if (after.dueAt === null) {
      add((p) => `(c.next_due_at IS NULL AND c.reference > ${p})`, after.reference);
    } else {
      values.push(after.dueAt, after.reference);
      const d = `$${values.length - 1}::timestamptz`;
      const r = `$${values.length}`;
      where.push(
        `(c.next_due_at > ${d} OR (c.next_due_at = ${d} AND c.reference > ${r}) OR c.next_due_at IS NULL)`,
      );
    }
  }
  return { where: where.join(' AND '), values };
}

/**
 * A page of the list with `columns` selected from `cases c`: only cases the viewer may see (the
 * access rule in SQL, recusal included, so paging never leaks), by next due date then reference,
 * keyset-paged. The list and the queue are this one statement, with their own columns.
 */
function listPageStatement(criteria: CaseListCriteria, columns: string): Statement {
  const { where, values } = listWhere(criteria);
  return {
    text: `SELECT ${columns}
         FROM cases c
        WHERE ${where}
        ORDER BY ${LIST_ORDER}
        LIMIT ${rowsLimit(criteria.rows)}`,
    values,
  };
}

/** The triage list's statement. Exported for the benchmark's SQL baseline, which runs exactly this. */
export function caseListStatement(criteria: CaseListCriteria): Statement {
  return listPageStatement(criteria, LIST_COLUMNS);
}

/**
 * The console's queue: the list's own page, with each case's assignees and unread reporter
 * messages beside its columns (kept on the case row by triggers on case_assignments and
 * case_messages: migration QueueColumns) and the audit log's head, under which the domain keeps the
 * counts per status and the investigators. Read from other tables for every page, they made the
 * statement cost PostgreSQL twice the list.
 */
export function caseQueueStatement(criteria: CaseListCriteria): Statement {
  return listPageStatement(
    criteria,
    `(SELECT seq::text FROM audit_head WHERE singleton) AS head, ${LIST_COLUMNS},
              c.assignees, c.unread_reporter_messages AS unread`,
  );
}

/** The triage list and the console's queue over `cases`: metadata only, never case content. */
@Injectable()
export class CaseListRepository {
  async list(tx: SqlRunner, criteria: CaseListCriteria): Promise<CaseListRow[]> {
    const { text, values } = caseListStatement(criteria);
    return (await queryPrepared(tx, prepared(text), values)) as CaseListRow[];
  }

  async queue(tx: SqlRunner, criteria: CaseListCriteria): Promise<CaseQueueRow[]> {
    const { text, values } = caseQueueStatement(criteria);
    return (await queryPrepared(tx, prepared(text), values)) as CaseQueueRow[];
  }

  /** How many cases the scope holds in each status: the list's visibility filter, grouped. */
  async statusCounts(tx: SqlRunner, scope: CaseVisibilityScope): Promise<CaseStatusCountRow[]> {
    const visibility = caseVisibilitySql(scope, 1);
    const statement = prepared(
      `SELECT c.status, count(*)::int AS n FROM cases c WHERE ${visibility.sql} GROUP BY c.status`,
    );
    return (await queryPrepared(tx, statement, visibility.params)) as CaseStatusCountRow[];
  }

  /** The audit log's head (seq) on its own, for an empty queue page; null for an empty log. */
  async auditHead(tx: SqlRunner): Promise<string | null> {
    const rows = (await tx.query(SELECT_AUDIT_HEAD)) as AuditHeadRow[];
    return rows[0]?.seq ?? null;
  }
}
