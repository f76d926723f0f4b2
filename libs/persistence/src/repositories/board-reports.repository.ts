import { Injectable } from '@nestjs/common';
import type { SqlRunner } from '../database/returning.js';

/** A case as the Board report counts it: no text, no identity, the measures taken. */
export interface BoardReportCaseRow {
  concern_type: string;
  routed_to: string;
  status: string;
  finding: string | null;
  received_at: Date;
  acknowledged_at: Date | null;
  feedback_given_at: Date | null;
  closed_at: Date | null;
  /** The case's actions in effect, by kind then measure. */
  actions: Array<{ kind: string; measure: string }>;
}

/** An SQL condition on the case `c` and its parameters, numbered from $3. */
export interface CaseCondition {
  readonly sql: string;
  readonly params: readonly unknown[];
}

/** What the periodic report to the Board is computed from. */
@Injectable()
export class BoardReportsRepository {
  /**
   * The cases received from `from` (inclusive) to `to` (exclusive) that meet `where` (its
   * parameters numbered from $3), in order of receipt.
   */
  async findCasesReceived(
    tx: SqlRunner,
    from: Date,
    to: Date,
    where: CaseCondition,
  ): Promise<BoardReportCaseRow[]> {
    return (await tx.query(
      `SELECT c.concern_type, c.routed_to, c.status, c.finding, c.received_at, c.acknowledged_at, c.feedback_given_at, c.closed_at,
                coalesce((SELECT json_agg(json_build_object('kind', a.kind, 'measure', a.measure) ORDER BY a.kind, a.measure)
                            FROM case_actions a WHERE a.case_id = c.id AND a.effective_at IS NOT NULL), '[]') AS actions
           FROM cases c
          WHERE c.received_at >= $1 AND c.received_at < $2 AND ${where.sql}
          ORDER BY c.received_at, c.id`,
      [from, to, ...where.params],
    )) as BoardReportCaseRow[];
  }
}
