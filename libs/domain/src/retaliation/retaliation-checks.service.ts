import { randomInt, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { appConfigOf, CaseCipherService, Clock } from '@candor/platform';
import {
  type OwnRetaliationCheckRow,
  type RetaliationCheckStatusRow,
  RetaliationRepository,
  TransactionalConnection,
} from '@candor/persistence';
import type { Route } from '../routing/routing.types.js';
import type { Viewer } from '../access/access-policy.js';
import { canDo } from '../access/action-policy.js';
import { CaseAccessService } from '../access/case-access.service.js';
import { AuditTrailService } from '../audit/audit-trail.service.js';
import { calendarDateMessage, parseCalendarDate } from '../common/calendar-date.js';
import { DomainError } from '../common/domain-error.js';
import { OutboxEvent, OutboxService } from '../notifications/outbox.js';
import { PersonDescription, PersonIndexesService } from './person-indexes.service.js';
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

/**
 * HR's adverse-action checks (product.md §6). HR must learn nothing about cases: not which one,
 * not whether there is one. So a check on a protected person and a check sent to review at random
 * take the same path — the same match query, the same facts and staff queries, the same rows
 * written (check, review task, outbox event, audit entry) — and answer with the same body. Only
 * the review task, which HR cannot read, says why it exists.
 */
@Injectable()
export class RetaliationChecksService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly retaliation: RetaliationRepository,
    private readonly access: CaseAccessService,
    private readonly audit: AuditTrailService,
    private readonly indexes: PersonIndexesService,
    private readonly cipher: CaseCipherService,
    private readonly configService: ConfigService,
    private readonly clock: Clock,
    private readonly outbox: OutboxService,
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
    const now = this.clock.now();
    return this.connection.transaction(async (tx) => {
      const matches = await this.retaliation.findProtectedMatches(
        tx,
        index,
        protectionCutoff(now, config.protectionMonths),
      );
      const primary = matches[0];
      const strength: MatchStrength = !primary ? 'none' : primary.strong ? 'strong' : 'weak';
      const { result } = checkResult(strength, draw, config.retaliationRandomReviewRate);
      const facts = await this.access.factsOf(tx, {
        id: primary?.case_id ?? NO_CASE_ID,
        routed_to: (primary?.routed_to as Route | undefined) ?? NO_CASE_FACTS.routedTo,
        handled_by: (primary?.handled_by as Route | undefined) ?? NO_CASE_FACTS.handledBy,
      });
      const staff = await this.retaliation.listReviewerCandidates(tx);
      const reviewerIds = reviewersFor(
        staff.map((s) => ({
          id: s.id,
          role: s.role as ReviewerCandidate['role'],
          isChair: s.is_chair,
        })),
        facts,
      );

      const id = randomUUID();
      await this.retaliation.insertCheck(tx, {
        id,
        submittedBy: viewer.id,
        adverseAction: check.action,
        effectiveDate: check.effectiveDate,
        employeeEnc: this.cipher.sealSystemSecret(
          'retaliation_checks',
          'employee',
          id,
          JSON.stringify(employee),
        ),
        result,
        createdAt: now,
      });
      if (result === 'review_required') {
        const reviewId = randomUUID();
        await this.retaliation.insertReview(tx, {
          id: reviewId,
          checkId: id,
          caseId: primary?.case_id ?? null,
          matchStrength: strength,
          matchedCases: matches.length,
          reviewerIds,
          createdAt: now,
        });
        // No case id on the event either way: the reviewers are named, and the event row looks
        // the same whether or not a case is behind it.
        await this.outbox.record(tx, OutboxEvent.RetaliationReviewRequired, null, {
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
    const row = await this.retaliation.findCheckStatus(
      this.connection.autocommit,
      checkId,
      viewer.id,
    );
    if (!row) throw new DomainError('not_found', CHECK_NOT_FOUND);
    return toStatus(row as StatusRow);
  }

  /**
   * The caller's own latest checks, newest first: the name HR typed (read back to the person who
   * typed it), the action, the answer and how the review went. Never anything about a case.
   */
  async listOwn(viewer: Viewer): Promise<OwnCheck[]> {
    assertHr(viewer);
    const rows = (await this.retaliation.listOwnChecks(
      this.connection.autocommit,
      viewer.id,
      OWN_CHECKS_SHOWN,
    )) as Array<OwnRetaliationCheckRow & StatusRow & { adverse_action: AdverseAction }>;
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

/** The repository's row, with the values the database's checks allow. */
type StatusRow = RetaliationCheckStatusRow & { result: CheckResult; status: ReviewStatus | null };

function toStatus(row: StatusRow): CheckStatus {
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
