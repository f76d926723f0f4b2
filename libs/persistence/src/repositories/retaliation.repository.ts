import { Injectable } from '@nestjs/common';
import { must } from '@candor/platform/checks/must.js';
import { modifyReturning, type SqlRunner } from '../database/returning.js';

/** A retaliation review with its check and the matched case's route, as reviewers read it. */
export interface RetaliationReviewRow {
  id: string;
  check_id: string;
  status: string;
  adverse_action: string;
  /** YYYY-MM-DD. */
  effective_date: string;
  /** The employee HR named, sealed under the system key. */
  employee_enc: Buffer;
  match_strength: string;
  matched_cases: number;
  case_id: string | null;
  case_reference: string | null;
  routed_to: string | null;
  handled_by: string | null;
  created_at: Date;
  decided_by: string | null;
  decided_at: Date | null;
  reason_enc: Buffer | null;
}

export interface RetaliationReviewDecision {
  readonly reviewId: string;
  readonly status: string;
  readonly decidedBy: string;
  readonly decidedAt: Date;
  /** Sealed under the system key. */
  readonly reasonEnc: Buffer;
}

/** The keyed indexes of the employee a check names (null where HR gave nothing). */
export interface PersonIndexRow {
  readonly name: Buffer | null;
  readonly email: Buffer | null;
  readonly employeeId: Buffer | null;
}

/** A case on which a protected person matches, and whether any match on it is strong. */
export interface ProtectedMatchRow {
  case_id: string;
  routed_to: string;
  handled_by: string;
  strong: boolean;
}

/** An active staff member, as the choice of reviewers needs them. */
export interface ReviewerCandidateRow {
  id: string;
  role: string;
  is_chair: boolean;
}

export interface NewRetaliationCheck {
  readonly id: string;
  readonly submittedBy: string;
  readonly adverseAction: string;
  /** YYYY-MM-DD. */
  readonly effectiveDate: string;
  /** Sealed under the system key. */
  readonly employeeEnc: Buffer;
  readonly result: string;
  readonly createdAt: Date;
}

export interface NewRetaliationReview {
  readonly id: string;
  readonly checkId: string;
  readonly caseId: string | null;
  readonly matchStrength: string;
  readonly matchedCases: number;
  readonly reviewerIds: readonly string[];
  readonly createdAt: Date;
}

/** A check and how its review went (null status: no review). */
export interface RetaliationCheckStatusRow {
  id: string;
  result: string;
  status: string | null;
}

/** One of HR's own checks as the console lists it. */
export interface OwnRetaliationCheckRow extends RetaliationCheckStatusRow {
  adverse_action: string;
  /** YYYY-MM-DD. */
  effective_date: string;
  employee_enc: Buffer;
  created_at: Date;
}

/** A witness or helper on a case: the people it protects besides its named reporter. */
export interface ProtectedPartyRow {
  id: string;
  kind: 'witness' | 'assisting';
  name_enc: Buffer | null;
  contact_enc: Buffer | null;
  employee_id_enc: Buffer | null;
  created_at: Date;
}

const SELECT_REVIEWS = `
  SELECT r.id, r.check_id, r.status, k.adverse_action, to_char(k.effective_date, 'YYYY-MM-DD') AS effective_date,
         k.employee_enc, r.match_strength, r.matched_cases, r.case_id, c.reference AS case_reference,
         c.routed_to, c.handled_by, r.created_at, r.decided_by, r.decided_at, r.reason_enc
    FROM retaliation_reviews r
    JOIN retaliation_checks k ON k.id = r.check_id
    LEFT JOIN cases c ON c.id = r.case_id`;

/**
 * HR's adverse-action checks, the review tasks they open, and what a check is matched against:
 * the people cases protect.
 */
@Injectable()
export class RetaliationRepository {
  /** The reviews naming `reviewerId`, pending first, then the newest: at most 200. */
  async listReviewsFor(tx: SqlRunner, reviewerId: string): Promise<RetaliationReviewRow[]> {
    return (await tx.query(
      `${SELECT_REVIEWS}
          WHERE $1::uuid = ANY(r.reviewer_ids)
          ORDER BY (r.status = 'pending') DESC, r.created_at DESC, r.id
          LIMIT 200`,
      [reviewerId],
    )) as RetaliationReviewRow[];
  }

  /**
   * A review naming `reviewerId`, its row locked FOR UPDATE until the transaction ends; undefined
   * when there is none.
   */
  async lockReviewFor(
    tx: SqlRunner,
    reviewId: string,
    reviewerId: string,
  ): Promise<RetaliationReviewRow | undefined> {
    const [row] = (await tx.query(
      `${SELECT_REVIEWS} WHERE r.id = $1 AND $2::uuid = ANY(r.reviewer_ids) FOR UPDATE OF r`,
      [reviewId, reviewerId],
    )) as RetaliationReviewRow[];
    return row;
  }

  /**
   * Decides a pending review and answers when it was decided. Call it with the review locked and
   * read as pending in the same transaction: a review decided already is not updated again.
   */
  async decideReview(
    tx: SqlRunner,
    decision: RetaliationReviewDecision,
  ): Promise<{ decided_at: Date }> {
    const [decided] = await modifyReturning<{ decided_at: Date }>(
      tx,
      `UPDATE retaliation_reviews SET status = $2, decided_by = $3, decided_at = $4, reason_enc = $5
          WHERE id = $1 AND status = 'pending' RETURNING decided_at`,
      [
        decision.reviewId,
        decision.status,
        decision.decidedBy,
        decision.decidedAt,
        decision.reasonEnc,
      ],
    );
    return must(decided, 'the decided review (read as pending, and locked)');
  }

  /**
   * Protected people matching the employee, strongest match first, then the most recent case:
   * named reporters (by email, or by name alone) and witnesses or helpers (by email or employee
   * id, or by name alone), on cases open or closed at or after `cutoff`, and not purged.
   */
  async findProtectedMatches(
    tx: SqlRunner,
    index: PersonIndexRow,
    cutoff: Date,
  ): Promise<ProtectedMatchRow[]> {
    return (await tx.query(
      `SELECT m.case_id, c.routed_to, c.handled_by, bool_or(m.strong) AS strong
       FROM (
         SELECT r.case_id, (r.email_index = $1) IS TRUE AS strong
           FROM case_reporters r
          WHERE r.email_index = $1 OR r.name_index = $3
         UNION ALL
         SELECT p.case_id, (p.email_index = $1 OR p.employee_id_index = $2) IS TRUE AS strong
           FROM case_parties p
          WHERE p.kind IN ('witness', 'assisting')
            AND (p.email_index = $1 OR p.employee_id_index = $2 OR p.name_index = $3)
       ) m
       JOIN cases c ON c.id = m.case_id
      WHERE c.purged_at IS NULL
        AND (c.status NOT IN ('closed', 'dismissed') OR c.closed_at IS NULL OR c.closed_at >= $4)
      GROUP BY m.case_id, c.routed_to, c.handled_by, c.received_at
      ORDER BY bool_or(m.strong) DESC, c.received_at DESC, m.case_id`,
      [index.email, index.employeeId, index.name, cutoff],
    )) as ProtectedMatchRow[];
  }

  /** Every active staff member, the oldest account first: whom a review may be given to. */
  async listReviewerCandidates(tx: SqlRunner): Promise<ReviewerCandidateRow[]> {
    return (await tx.query(
      `SELECT id, role, is_chair FROM staff WHERE disabled_at IS NULL ORDER BY created_at, id`,
    )) as ReviewerCandidateRow[];
  }

  async insertCheck(tx: SqlRunner, check: NewRetaliationCheck): Promise<void> {
    await tx.query(
      `INSERT INTO retaliation_checks (id, submitted_by, adverse_action, effective_date, employee_enc, result, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        check.id,
        check.submittedBy,
        check.adverseAction,
        check.effectiveDate,
        check.employeeEnc,
        check.result,
        check.createdAt,
      ],
    );
  }

  async insertReview(tx: SqlRunner, review: NewRetaliationReview): Promise<void> {
    await tx.query(
      `INSERT INTO retaliation_reviews (id, check_id, case_id, match_strength, matched_cases, reviewer_ids, created_at)
           VALUES ($1, $2, $3, $4, $5, $6::uuid[], $7)`,
      [
        review.id,
        review.checkId,
        review.caseId,
        review.matchStrength,
        review.matchedCases,
        review.reviewerIds,
        review.createdAt,
      ],
    );
  }

  /** A check submitted by `submittedBy`, with its review's status; undefined for anyone else's. */
  async findCheckStatus(
    tx: SqlRunner,
    checkId: string,
    submittedBy: string,
  ): Promise<RetaliationCheckStatusRow | undefined> {
    const [row] = (await tx.query(
      `SELECT c.id, c.result, r.status
         FROM retaliation_checks c LEFT JOIN retaliation_reviews r ON r.check_id = c.id
        WHERE c.id = $1 AND c.submitted_by = $2`,
      [checkId, submittedBy],
    )) as RetaliationCheckStatusRow[];
    return row;
  }

  /** The latest `limit` checks submitted by `submittedBy`, newest first. */
  async listOwnChecks(
    tx: SqlRunner,
    submittedBy: string,
    limit: number,
  ): Promise<OwnRetaliationCheckRow[]> {
    return (await tx.query(
      `SELECT c.id, c.result, r.status, c.adverse_action, to_char(c.effective_date, 'YYYY-MM-DD') AS effective_date,
              c.employee_enc, c.created_at
         FROM retaliation_checks c LEFT JOIN retaliation_reviews r ON r.check_id = c.id
        WHERE c.submitted_by = $1
        ORDER BY c.created_at DESC, c.id
        LIMIT $2`,
      [submittedBy, limit],
    )) as OwnRetaliationCheckRow[];
  }

  /** The witnesses and helpers of a case, in the order they were added. */
  async listProtectedParties(tx: SqlRunner, caseId: string): Promise<ProtectedPartyRow[]> {
    return (await tx.query(
      `SELECT id, kind, name_enc, contact_enc, employee_id_enc, created_at
           FROM case_parties WHERE case_id = $1 AND kind IN ('witness', 'assisting')
          ORDER BY created_at, id`,
      [caseId],
    )) as ProtectedPartyRow[];
  }

  /** Whether the case has a named reporter (a `case_reporters` row). */
  async hasNamedReporter(tx: SqlRunner, caseId: string): Promise<boolean> {
    const [reporter] = (await tx.query(`SELECT 1 FROM case_reporters WHERE case_id = $1`, [
      caseId,
    ])) as unknown[];
    return reporter !== undefined;
  }
}
