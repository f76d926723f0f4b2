import { randomInt, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { appConfigOf, CaseCipherService } from '@candor/platform';
import { DataSource, EntityManager } from 'typeorm';
import type { Route } from '../routing/routing.types.js';
import type { Viewer } from '../access/access-policy.js';
import { canDo } from '../access/action-policy.js';
import { CaseAccess } from '../access/case-access.service.js';
import { AuditTrail } from '../audit/audit-trail.service.js';
import { calendarDateMessage, parseCalendarDate } from '../common/calendar-date.js';
import { DomainError } from '../common/domain-error.js';
import { OutboxEvent, recordOutboxEvent } from '../notifications/outbox.js';
import { PersonDescription, PersonIndexes, PersonIndexValues } from './person-indexes.service.js';
import {
  ADVERSE_ACTIONS,
  type AdverseAction,
  checkResult,
  CheckResult,
  MatchStrength,
  NO_CASE_FACTS,
  personProblems,
  protectionCutoff,
  ReviewerCandidate,
  reviewersFor,
  ReviewStatus,
} from './retaliation-rules.js';
import { isUuid } from '../common/uuid.js';

export interface AdverseActionCheck {
  readonly employee: PersonDescription;
  readonly action: string;
  /** YYYY-MM-DD. */
  readonly effectiveDate: string;
}

/** All HR ever learns about a check: its id, the answer, and later how the review went. */
export interface CheckStatus {
  id: string;
  result: CheckResult;
  /** `not_required` for a clear check; otherwise the review's state. */
  reviewStatus: 'not_required' | ReviewStatus;
}

/** One of HR's own checks as the console lists it: what HR typed, and the answer. */
export interface OwnCheck extends CheckStatus {
  employeeName: string;
  action: AdverseAction;
  /** YYYY-MM-DD. */
  effectiveDate: string;
  createdAt: Date;
}

/** How many of their own checks HR sees at once, newest first. */
export const OWN_CHECKS_SHOWN = 50;

/** Stands in for "no case" in the facts query, so a random review runs it like a matched one. */
const NO_CASE_ID = '00000000-0000-0000-0000-000000000000';
const CHECK_NOT_FOUND = 'not found';

interface MatchRow {
  case_id: string;
  routed_to: Route;
  handled_by: Route;
  strong: boolean;
}

/**
 * HR's adverse-action checks (product.md §6). HR must learn nothing about cases: not which one,
 * not whether there is one. So a check on a protected person and a check sent to review at random
 * take the same path — the same match query, the same facts and staff queries, the same rows
 * written (check, review task, outbox event, audit entry) — and answer with the same body. Only
 * the review task, which HR cannot read, says why it exists.
 */
@Injectable()
export class RetaliationChecks {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CaseAccess,
    private readonly audit: AuditTrail,
    private readonly indexes: PersonIndexes,
    private readonly cipher: CaseCipherService,
    private readonly configService: ConfigService,
  ) {}

  async submit(
    viewer: Viewer,
    check: AdverseActionCheck,
  ): Promise<{ id: string; result: CheckResult }> {
    assertHr(viewer);
    const problems = checkProblems(check);
    if (problems.length > 0) throw new DomainError('invalid', problems.join('; '));
    const config = appConfigOf(this.configService);
    const employee = {
      name: check.employee.name.trim(),
      email: check.employee.email?.trim(),
      employeeId: check.employee.employeeId?.trim(),
    };
    const index = this.indexes.of(employee);
    // Drawn for every check, from the CSPRNG, whether or not it will be used.
    const draw = randomInt(0, 2 ** 48 - 1) / 2 ** 48;
    const now = new Date();
    return this.dataSource.transaction(async (tx) => {
      const matches = await findProtectedMatches(
        tx,
        index,
        protectionCutoff(now, config.protectionMonths),
      );
      const primary = matches[0];
      const strength: MatchStrength = !primary ? 'none' : primary.strong ? 'strong' : 'weak';
      const { result } = checkResult(strength, draw, config.retaliationRandomReviewRate);
      const facts = await this.access.factsOf(tx, {
        id: primary?.case_id ?? NO_CASE_ID,
        routed_to: primary?.routed_to ?? NO_CASE_FACTS.routedTo,
        handled_by: primary?.handled_by ?? NO_CASE_FACTS.handledBy,
      });
      const staff = await tx.query<
        Array<{ id: string; role: ReviewerCandidate['role']; is_chair: boolean }>
      >(`SELECT id, role, is_chair FROM staff WHERE disabled_at IS NULL ORDER BY created_at, id`);
      const reviewerIds = reviewersFor(
        staff.map((s) => ({ id: s.id, role: s.role, isChair: s.is_chair })),
        facts,
      );

      const id = randomUUID();
      await tx.query(
        `INSERT INTO retaliation_checks (id, submitted_by, adverse_action, effective_date, employee_enc, result, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [
          id,
          viewer.id,
          check.action,
          check.effectiveDate,
          this.cipher.sealSystemSecret(
            'retaliation_checks',
            'employee',
            id,
            JSON.stringify(employee),
          ),
          result,
          now,
        ],
      );
      if (result === 'review_required') {
        const reviewId = randomUUID();
        await tx.query(
          `INSERT INTO retaliation_reviews (id, check_id, case_id, match_strength, matched_cases, reviewer_ids, created_at)
           VALUES ($1, $2, $3, $4, $5, $6::uuid[], $7)`,
          [reviewId, id, primary?.case_id ?? null, strength, matches.length, reviewerIds, now],
        );
        // No case id on the event either way: the reviewers are named, and the event row looks
        // the same whether or not a case is behind it.
        await recordOutboxEvent(tx, OutboxEvent.RetaliationReviewRequired, null, {
          reviewId,
          reviewerIds,
        });
      }
      await this.audit.append(
        tx,
        { type: 'staff', id: viewer.id },
        {
          action: 'retaliation.check_submitted',
          detail: { checkId: id, adverseAction: check.action, result },
        },
      );
      return { id, result };
    });
  }

  /** The status of one of the caller's own checks; any other check does not exist for them. */
  async status(viewer: Viewer, checkId: string): Promise<CheckStatus> {
    assertHr(viewer);
    if (!isUuid(checkId)) throw new DomainError('not_found', CHECK_NOT_FOUND);
    const [row] = await this.dataSource.query<
      Array<{ id: string; result: CheckResult; status: ReviewStatus | null }>
    >(
      `SELECT c.id, c.result, r.status
         FROM retaliation_checks c LEFT JOIN retaliation_reviews r ON r.check_id = c.id
        WHERE c.id = $1 AND c.submitted_by = $2`,
      [checkId, viewer.id],
    );
    if (!row) throw new DomainError('not_found', CHECK_NOT_FOUND);
    return toStatus(row);
  }

  /**
   * The caller's own latest checks, newest first: the name HR typed (read back to the person who
   * typed it), the action, the answer and how the review went. Never anything about a case.
   */
  async listOwn(viewer: Viewer): Promise<OwnCheck[]> {
    assertHr(viewer);
    const rows = await this.dataSource.query<
      Array<{
        id: string;
        result: CheckResult;
        status: ReviewStatus | null;
        adverse_action: AdverseAction;
        effective_date: string;
        employee_enc: Buffer;
        created_at: Date;
      }>
    >(
      `SELECT c.id, c.result, r.status, c.adverse_action, to_char(c.effective_date, 'YYYY-MM-DD') AS effective_date,
              c.employee_enc, c.created_at
         FROM retaliation_checks c LEFT JOIN retaliation_reviews r ON r.check_id = c.id
        WHERE c.submitted_by = $1
        ORDER BY c.created_at DESC, c.id
        LIMIT $2`,
      [viewer.id, OWN_CHECKS_SHOWN],
    );
    return rows.map((row) => {
      const employee = JSON.parse(
        this.cipher.openSystemSecret('retaliation_checks', 'employee', row.id, row.employee_enc),
      ) as PersonDescription;
      return {
        ...toStatus(row),
        employeeName: employee.name,
        action: row.adverse_action,
        effectiveDate: row.effective_date,
        createdAt: row.created_at,
      };
    });
  }
}

function toStatus(row: {
  id: string;
  result: CheckResult;
  status: ReviewStatus | null;
}): CheckStatus {
  return {
    id: row.id,
    result: row.result,
    reviewStatus: row.result === 'clear' ? 'not_required' : (row.status ?? 'pending'),
  };
}

/** Only HR submits checks (canDo); to anyone else the route does not exist, like a hidden case. */
function assertHr(viewer: Viewer): void {
  if (!canDo(viewer, 'retaliation.check')) throw new DomainError('not_found', CHECK_NOT_FOUND);
}

function checkProblems(check: AdverseActionCheck): string[] {
  const problems = personProblems(check.employee ?? {});
  if (!(ADVERSE_ACTIONS as readonly string[]).includes(check.action)) {
    problems.push(`action must be one of: ${ADVERSE_ACTIONS.join(', ')}`);
  }
  if (!parseCalendarDate(check.effectiveDate)) problems.push(calendarDateMessage('effectiveDate'));
  return problems;
}

/**
 * Protected people matching the employee, strongest match first, then the most recent case:
 * named reporters (by email, or by name alone) and witnesses or helpers (by email or employee id,
 * or by name alone), on cases open or closed after the cutoff, and not purged.
 */
async function findProtectedMatches(
  tx: EntityManager,
  index: PersonIndexValues,
  cutoff: Date,
): Promise<MatchRow[]> {
  return tx.query<MatchRow[]>(
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
  );
}
