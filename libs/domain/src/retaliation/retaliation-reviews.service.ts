import { Injectable } from '@nestjs/common';
import { CaseCipherService, Clock } from '@candor/platform';
import {
  type RetaliationReviewRow,
  RetaliationRepository,
  TransactionalConnection,
  type UnitOfWork,
} from '@candor/persistence';
import type { Route } from '../routing/routing.types.js';
import { canSee, isRecused, type Viewer } from '../access/access-policy.js';
import { CaseAccessService } from '../access/case-access.service.js';
import { AuditTrailService } from '../audit/audit-trail.service.js';
import { DomainError } from '../common/domain-error.js';
import type { PersonDescription } from './person-indexes.service.js';
import {
  type AdverseAction,
  type MatchStrength,
  RETALIATION_LIMITS,
  REVIEW_DECISIONS,
  type ReviewDecision,
  type ReviewStatus,
} from './retaliation-rules.js';
import { isUuid } from '../common/uuid.js';

export interface RetaliationReviewView {
  id: string;
  checkId: string;
  status: ReviewStatus;
  adverseAction: AdverseAction;
  effectiveDate: string;
  employee: PersonDescription;
  /** `none`: the check was sent to review at random; nothing matched. */
  match: MatchStrength;
  matchedCases: number;
  /** The matched case, when the reviewer may see it. */
  caseReference: string | null;
  createdAt: Date;
  decidedBy: string | null;
  decidedAt: Date | null;
  reason: string | null;
}

/** The repository's row, with the values the database's checks allow. */
type ReviewRow = RetaliationReviewRow & {
  status: ReviewStatus;
  adverse_action: AdverseAction;
  match_strength: MatchStrength;
  routed_to: Route | null;
  handled_by: Route | null;
};

const REVIEW_NOT_FOUND = 'retaliation review not found';

/**
 * The retaliation-review tasks of the Legal contacts named on them. A reviewer recused from the
 * matched case (implicated since the task was opened) no longer sees or decides the task. Reading
 * a task shows who HR means to act against, so every read and decision is audited.
 */
@Injectable()
export class RetaliationReviewsService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly retaliation: RetaliationRepository,
    private readonly access: CaseAccessService,
    private readonly audit: AuditTrailService,
    private readonly cipher: CaseCipherService,
    private readonly clock: Clock,
  ) {}

  async listFor(viewer: Viewer): Promise<RetaliationReviewView[]> {
    return this.connection.transaction(async (tx) => {
      const rows = (await this.retaliation.listReviewsFor(tx, viewer.id)) as ReviewRow[];
      const views: RetaliationReviewView[] = [];
      for (const row of rows) {
        const visibility = await this.visibility(tx, viewer, row);
        if (visibility === 'recused') continue;
        views.push(this.toView(row, visibility === 'sees_case'));
      }
      await this.audit.append(
        tx,
        { type: 'staff', id: viewer.id },
        { action: 'retaliation.reviews_viewed', detail: { count: views.length } },
      );
      return views;
    });
  }

  async decide(
    viewer: Viewer,
    reviewId: string,
    decision: string,
    reason: string,
  ): Promise<RetaliationReviewView> {
    if (!isUuid(reviewId)) throw new DomainError('not_found', REVIEW_NOT_FOUND);
    return this.connection.transaction(async (tx) => {
      const row = (await this.retaliation.lockReviewFor(tx, reviewId, viewer.id)) as
        ReviewRow | undefined;
      const visibility = row ? await this.visibility(tx, viewer, row) : 'recused';
      if (!row || visibility === 'recused') throw new DomainError('not_found', REVIEW_NOT_FOUND);
      if (!(REVIEW_DECISIONS as readonly string[]).includes(decision)) {
        throw new DomainError('invalid', `decision must be one of: ${REVIEW_DECISIONS.join(', ')}`);
      }
      const text = reason.trim();
      if (!text || text.length > RETALIATION_LIMITS.reasonMax) {
        throw new DomainError(
          'invalid',
          `reason is required, at most ${RETALIATION_LIMITS.reasonMax} characters`,
        );
      }
      if (row.status !== 'pending') {
        throw new DomainError('conflict', `this review was already decided: ${row.status}`);
      }
      const decided = await this.retaliation.decideReview(tx, {
        reviewId: row.id,
        status: decision,
        decidedBy: viewer.id,
        decidedAt: this.clock.now(),
        reasonEnc: this.cipher.sealSystemSecret('retaliation_reviews', 'reason', row.id, text),
      });
      await this.audit.append(
        tx,
        { type: 'staff', id: viewer.id },
        {
          action: 'retaliation.review_decided',
          detail: { reviewId: row.id, checkId: row.check_id, decision },
        },
      );
      return this.toView(
        {
          ...row,
          status: decision as ReviewDecision,
          decided_by: viewer.id,
          decided_at: decided.decided_at,
          reason_enc: null,
        },
        visibility === 'sees_case',
        text,
      );
    });
  }

  /** Whether the reviewer may see the matched case, is recused from it, or there is no case. */
  private async visibility(
    tx: UnitOfWork,
    viewer: Viewer,
    row: ReviewRow,
  ): Promise<'sees_case' | 'no_case' | 'recused'> {
    if (!row.case_id || !row.routed_to || !row.handled_by) return 'no_case';
    const facts = await this.access.factsOf(tx, {
      id: row.case_id,
      routed_to: row.routed_to,
      handled_by: row.handled_by,
    });
    if (isRecused(viewer, facts)) return 'recused';
    return canSee(viewer, facts) ? 'sees_case' : 'no_case';
  }

  private toView(row: ReviewRow, seesCase: boolean, reason?: string): RetaliationReviewView {
    const employee = JSON.parse(
      this.cipher.openSystemSecret(
        'retaliation_checks',
        'employee',
        row.check_id,
        row.employee_enc,
      ),
    ) as PersonDescription;
    return {
      id: row.id,
      checkId: row.check_id,
      status: row.status,
      adverseAction: row.adverse_action,
      effectiveDate: row.effective_date,
      employee,
      match: row.match_strength,
      matchedCases: row.matched_cases,
      caseReference: seesCase ? row.case_reference : null,
      createdAt: row.created_at,
      decidedBy: row.decided_by,
      decidedAt: row.decided_at,
      reason:
        reason ??
        (row.reason_enc
          ? this.cipher.openSystemSecret('retaliation_reviews', 'reason', row.id, row.reason_enc)
          : null),
    };
  }
}
