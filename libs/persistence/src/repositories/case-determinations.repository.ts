import { Injectable } from '@nestjs/common';
import type { SqlRunner } from '../database/returning.js';

/** What is approved and takes effect: an outcome (finding) or an action taken. */
export type DeterminationSubject = 'outcome' | 'action';

const TABLES: Readonly<Record<DeterminationSubject, string>> = {
  outcome: 'case_outcomes',
  action: 'case_actions',
};

/** A `case_outcomes` row as it is written, recorded now; the summary arrives sealed. */
export interface NewCaseOutcome {
  readonly id: string;
  readonly caseId: string;
  readonly finding: string;
  readonly summaryEnc: Buffer;
  readonly recordedBy: string;
  readonly recordedAt: Date;
}

/** A `case_actions` row as it is written, recorded now; the details arrive sealed. */
export interface NewCaseAction {
  readonly id: string;
  readonly caseId: string;
  readonly kind: string;
  readonly measure: string;
  readonly detailsEnc: Buffer;
  /** A calendar date, YYYY-MM-DD. */
  readonly dueDate: string | null;
  readonly recordedBy: string;
  readonly recordedAt: Date;
}

/** An approval given, by whom and in which role. */
export interface ApprovalRow {
  readonly staff_id: string;
  readonly role: string;
}

/** Approvals as the case shows them, in the order they were given. */
export interface ApprovalSummary {
  readonly staffId: string;
  readonly role: string;
}

export interface CaseOutcomeRow {
  readonly id: string;
  readonly finding: string;
  readonly summary_enc: Buffer;
  readonly recorded_by: string;
  readonly recorded_at: Date;
  readonly effective_at: Date | null;
  readonly approvals: ApprovalSummary[];
}

export interface CaseActionRow {
  readonly id: string;
  readonly kind: string;
  readonly measure: string;
  readonly details_enc: Buffer;
  /** A calendar date, YYYY-MM-DD. */
  readonly due_date: string | null;
  readonly recorded_at: Date;
  readonly effective_at: Date | null;
  readonly approvals: ApprovalSummary[];
}

/**
 * What a case decides: its outcomes (findings), the actions taken, and the approvals that make
 * them take effect.
 */
@Injectable()
export class CaseDeterminationsRepository {
  async insertOutcome(tx: SqlRunner, outcome: NewCaseOutcome): Promise<void> {
    await tx.query(
      `INSERT INTO case_outcomes (id, case_id, finding, summary_enc, recorded_by, recorded_at) VALUES ($1, $2, $3, $4, $5, $6)`,
      [
        outcome.id,
        outcome.caseId,
        outcome.finding,
        outcome.summaryEnc,
        outcome.recordedBy,
        outcome.recordedAt,
      ],
    );
  }

  async insertAction(tx: SqlRunner, action: NewCaseAction): Promise<void> {
    await tx.query(
      `INSERT INTO case_actions (id, case_id, kind, measure, details_enc, due_date, recorded_by, recorded_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        action.id,
        action.caseId,
        action.kind,
        action.measure,
        action.detailsEnc,
        action.dueDate,
        action.recordedBy,
        action.recordedAt,
      ],
    );
  }

  /**
   * When an outcome or action of the case took effect (null: not yet); undefined when the case has
   * no such outcome or action.
   */
  async findEffectiveAt(
    tx: SqlRunner,
    subject: DeterminationSubject,
    subjectId: string,
    caseId: string,
  ): Promise<{ effective_at: Date | null } | undefined> {
    const rows = (await tx.query(
      `SELECT effective_at FROM ${TABLES[subject]} WHERE id = $1 AND case_id = $2`,
      [subjectId, caseId],
    )) as Array<{ effective_at: Date | null }>;
    return rows[0];
  }

  /** The approvals an outcome or action has received. */
  async listApprovals(
    tx: SqlRunner,
    subject: DeterminationSubject,
    subjectId: string,
  ): Promise<ApprovalRow[]> {
    return (await tx.query(
      `SELECT staff_id, role FROM approvals WHERE subject_type = $1 AND subject_id = $2`,
      [subject, subjectId],
    )) as ApprovalRow[];
  }

  /** Records a staff member's approval, given at `approvedAt` in their current role. */
  async insertApproval(
    tx: SqlRunner,
    subject: DeterminationSubject,
    subjectId: string,
    staffId: string,
    role: string,
    approvedAt: Date,
  ): Promise<void> {
    await tx.query(
      `INSERT INTO approvals (subject_type, subject_id, staff_id, role, approved_at) VALUES ($1, $2, $3, $4, $5)`,
      [subject, subjectId, staffId, role, approvedAt],
    );
  }

  /** The outcome or action takes effect at `at`. */
  async markEffective(
    tx: SqlRunner,
    subject: DeterminationSubject,
    subjectId: string,
    at: Date,
  ): Promise<void> {
    await tx.query(`UPDATE ${TABLES[subject]} SET effective_at = $2 WHERE id = $1`, [
      subjectId,
      at,
    ]);
  }

  /** A case's outcomes with their approvals, oldest first. */
  async listOutcomes(tx: SqlRunner, caseId: string): Promise<CaseOutcomeRow[]> {
    return (await tx.query(
      `SELECT o.id, o.finding, o.summary_enc, o.recorded_by, o.recorded_at, o.effective_at,
              coalesce((SELECT json_agg(json_build_object('staffId', a.staff_id, 'role', a.role) ORDER BY a.approved_at)
                          FROM approvals a WHERE a.subject_type = 'outcome' AND a.subject_id = o.id), '[]') AS approvals
         FROM case_outcomes o WHERE o.case_id = $1 ORDER BY o.recorded_at, o.id`,
      [caseId],
    )) as CaseOutcomeRow[];
  }

  /** A case's actions with their approvals, oldest first. */
  async listActions(tx: SqlRunner, caseId: string): Promise<CaseActionRow[]> {
    return (await tx.query(
      `SELECT x.id, x.kind, x.measure, x.details_enc, x.due_date::text AS due_date, x.recorded_at, x.effective_at,
              coalesce((SELECT json_agg(json_build_object('staffId', a.staff_id, 'role', a.role) ORDER BY a.approved_at)
                          FROM approvals a WHERE a.subject_type = 'action' AND a.subject_id = x.id), '[]') AS approvals
         FROM case_actions x WHERE x.case_id = $1 ORDER BY x.recorded_at, x.id`,
      [caseId],
    )) as CaseActionRow[];
  }
}
