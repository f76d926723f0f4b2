import { type AuditDetail, GENESIS_HASH, sealEntry } from '@candor/domain';
import type {
  AuditHeadEntryRow,
  AuditLogActorType,
  AuditLogRepository,
  AuditLogRow,
  CaseHoldRow,
  LegalHoldEntity,
  LegalHoldRelease,
  LegalHoldRow,
  LegalHoldsRepository,
  NewLegalHold,
  NewRetaliationCheck,
  NewRetaliationReview,
  OwnRetaliationCheckRow,
  PersonIndexRow,
  ProtectedMatchRow,
  ProtectedPartyRow,
  PurgeCounts,
  RetaliationCheckStatusRow,
  RetaliationRepository,
  RetaliationReviewDecision,
  RetaliationReviewEntity,
  RetaliationReviewRow,
  RetentionCandidateRow,
  RetentionCaseRow,
  RetentionRepository,
  ReviewerCandidateRow,
  SqlRunner,
  StagedAuditEntry,
} from '@candor/persistence';
import type { RepositoryContract } from './fake-case-repositories.js';
import type { InMemoryDatabase } from './in-memory-database.js';

const sameBytes = (a: Buffer | null, b: Buffer | null): boolean =>
  a !== null && b !== null && a.equals(b);

/**
 * The audit log: AuditTrailService (the real one) stages each entry here in the caller's unit of work;
 * read back, the entries are sealed onto a real hash chain in the order they were staged.
 */
export class FakeAuditLogRepository implements RepositoryContract<AuditLogRepository> {
  constructor(private readonly db: InMemoryDatabase) {}

  stage(tx: SqlRunner, entry: StagedAuditEntry): Promise<void> {
    this.db.audit.insert(tx, {
      occurredAt: this.db.now(),
      actorType: entry.actorType,
      actorId: entry.actorId,
      action: entry.action,
      caseReference: entry.caseReference,
      detail: JSON.parse(entry.detail) as Record<string, unknown>,
    });
    return Promise.resolve();
  }

  /** Every committed entry as audit_log holds it. */
  private chain(): AuditLogRow[] {
    let prevHash = GENESIS_HASH;
    return this.db.audit.all().map((e, index) => {
      const sealed = sealEntry(prevHash, {
        seq: index + 1,
        occurredAt: e.occurredAt,
        actorType: e.actorType as AuditLogActorType,
        actorId: e.actorId,
        action: e.action,
        caseReference: e.caseReference,
        detail: e.detail as AuditDetail,
      });
      prevHash = sealed.hash;
      return {
        seq: String(index + 1),
        occurred_at: e.occurredAt,
        actor_type: e.actorType as AuditLogActorType,
        actor_id: e.actorId,
        action: e.action,
        case_reference: e.caseReference,
        detail: e.detail as AuditLogRow['detail'],
        prev_hash: sealed.prevHash,
        hash: sealed.hash,
      };
    });
  }

  listForCase(
    _tx: SqlRunner,
    caseReference: string,
    afterSeq: string,
    limit: number,
  ): Promise<AuditLogRow[]> {
    return Promise.resolve(
      this.chain()
        .filter((row) => row.case_reference === caseReference && BigInt(row.seq) > BigInt(afterSeq))
        .slice(0, limit),
    );
  }

  findHead(_tx: SqlRunner): Promise<AuditHeadEntryRow | undefined> {
    const head = this.chain().at(-1);
    return Promise.resolve(
      head && { seq: head.seq, hash: head.hash, occurred_at: head.occurred_at },
    );
  }
}

function holdRow(h: LegalHoldEntity): LegalHoldRow {
  return {
    id: h.id,
    matter: h.matter,
    placed_by: h.placedBy,
    placed_at: h.placedAt,
    released_by: h.releasedBy,
    released_at: h.releasedAt,
  };
}

export class FakeLegalHoldsRepository implements RepositoryContract<LegalHoldsRepository> {
  constructor(private readonly db: InMemoryDatabase) {}

  insert(tx: SqlRunner, hold: NewLegalHold): Promise<LegalHoldRow> {
    return Promise.resolve(
      holdRow(
        this.db.legalHolds.insert(tx, {
          ...hold,
          releasedBy: null,
          releasedAt: null,
          releaseNoteEnc: null,
        }),
      ),
    );
  }

  release(tx: SqlRunner, release: LegalHoldRelease): Promise<LegalHoldRow> {
    const row = this.db.legalHolds
      .update(
        tx,
        (h) => h.id === release.holdId && h.releasedAt === null,
        () => ({
          releasedBy: release.releasedBy,
          releasedAt: release.releasedAt,
          releaseNoteEnc: release.releaseNoteEnc,
        }),
      )
      .at(0);
    // As the real one: no row when the hold was released already.
    return Promise.resolve(row && holdRow(row)) as Promise<LegalHoldRow>;
  }

  findActive(_tx: SqlRunner, caseId: string): Promise<LegalHoldRow | undefined> {
    const h = this.db.legalHolds.find((row) => row.caseId === caseId && row.releasedAt === null);
    return Promise.resolve(h && holdRow(h));
  }

  findCaseHoldForShare(_tx: SqlRunner, caseId: string): Promise<CaseHoldRow | undefined> {
    const c = this.db.cases.find((row) => row.id === caseId);
    const hold = this.db.legalHolds.find((h) => h.caseId === caseId && h.releasedAt === null);
    return Promise.resolve(c && { reference: c.reference, hold_id: hold?.id ?? null });
  }
}

export class FakeRetentionRepository implements RepositoryContract<RetentionRepository> {
  constructor(private readonly db: InMemoryDatabase) {}

  private held(caseId: string): boolean {
    return (
      this.db.legalHolds.find((h) => h.caseId === caseId && h.releasedAt === null) !== undefined
    );
  }

  findCandidates(_tx: SqlRunner, cutoff: Date): Promise<RetentionCandidateRow[]> {
    return Promise.resolve(
      this.db.cases
        .where(
          (c) =>
            c.purgedAt === null &&
            c.closedAt !== null &&
            c.closedAt < cutoff &&
            ['closed', 'dismissed'].includes(c.status),
        )
        .map((c) => ({
          id: c.id,
          reference: c.reference,
          closed_at: c.closedAt as Date,
          held: this.held(c.id),
        }))
        .sort(
          (a, b) =>
            a.closed_at.getTime() - b.closed_at.getTime() || a.reference.localeCompare(b.reference),
        ),
    );
  }

  lockCase(_tx: SqlRunner, caseId: string): Promise<RetentionCaseRow | undefined> {
    const c = this.db.cases.find((row) => row.id === caseId);
    return Promise.resolve(
      c && {
        reference: c.reference,
        status: c.status,
        closed_at: c.closedAt,
        purged_at: c.purgedAt,
      },
    );
  }

  /** The purge as RetentionRepository writes it, statement for statement. */
  purge(tx: SqlRunner, caseId: string, at: Date): Promise<PurgeCounts> {
    const { db } = this;
    const ofCase = (row: { caseId: string }) => row.caseId === caseId;
    const counts: PurgeCounts = {
      messages: db.caseMessages.delete(tx, ofCase).length,
      files: db.caseFiles.delete(tx, ofCase).length,
      notes: db.caseNotes.delete(tx, ofCase).length,
      reporter: db.caseReporters.delete(tx, ofCase).length,
      parties: db.caseParties.delete(
        tx,
        (p) => ofCase(p) && !(p.kind === 'implicated' && p.staffId !== null),
      ).length,
    };
    db.caseParties.update(tx, ofCase, () => ({
      nameEnc: null,
      contactEnc: null,
      nameIndex: null,
      emailIndex: null,
      employeeIdEnc: null,
      employeeIdIndex: null,
    }));
    db.caseOutcomes.update(tx, ofCase, () => ({ summaryEnc: null }));
    db.caseActions.update(tx, ofCase, () => ({ detailsEnc: null }));
    db.legalHolds.update(tx, ofCase, () => ({ releaseNoteEnc: null }));
    const now = db.now();
    db.cases.update(
      tx,
      (c) => c.id === caseId,
      () => ({
        titleEnc: null,
        descriptionEnc: null,
        occurredAtEnc: null,
        locationEnc: null,
        titleTerms: [],
        receiptHash: null,
        dataKeyWrapped: null,
        purgedAt: at,
        updatedAt: now,
      }),
    );
    return Promise.resolve(counts);
  }
}

export class FakeRetaliationRepository implements RepositoryContract<RetaliationRepository> {
  constructor(private readonly db: InMemoryDatabase) {}

  /** SELECT_REVIEWS: a review with its check and the matched case's route. */
  private reviewRow(r: RetaliationReviewEntity): RetaliationReviewRow {
    const check = this.db.retaliationChecks.find((k) => k.id === r.checkId);
    if (!check) throw new Error(`unit harness: review ${r.id} has no check`);
    const c = r.caseId === null ? undefined : this.db.cases.find((row) => row.id === r.caseId);
    return {
      id: r.id,
      check_id: r.checkId,
      status: r.status,
      adverse_action: check.adverseAction,
      effective_date: check.effectiveDate,
      employee_enc: check.employeeEnc,
      match_strength: r.matchStrength,
      matched_cases: r.matchedCases,
      case_id: r.caseId,
      case_reference: c?.reference ?? null,
      routed_to: c?.routedTo ?? null,
      handled_by: c?.handledBy ?? null,
      created_at: r.createdAt,
      decided_by: r.decidedBy,
      decided_at: r.decidedAt,
      reason_enc: r.reasonEnc,
    };
  }

  listReviewsFor(_tx: SqlRunner, reviewerId: string): Promise<RetaliationReviewRow[]> {
    return Promise.resolve(
      this.db.retaliationReviews
        .where((r) => r.reviewerIds.includes(reviewerId))
        .sort(
          (a, b) =>
            Number(b.status === 'pending') - Number(a.status === 'pending') ||
            b.createdAt.getTime() - a.createdAt.getTime() ||
            a.id.localeCompare(b.id),
        )
        .slice(0, 200)
        .map((r) => this.reviewRow(r)),
    );
  }

  lockReviewFor(
    _tx: SqlRunner,
    reviewId: string,
    reviewerId: string,
  ): Promise<RetaliationReviewRow | undefined> {
    const r = this.db.retaliationReviews.find(
      (row) => row.id === reviewId && row.reviewerIds.includes(reviewerId),
    );
    return Promise.resolve(r && this.reviewRow(r));
  }

  decideReview(tx: SqlRunner, decision: RetaliationReviewDecision): Promise<{ decided_at: Date }> {
    const row = this.db.retaliationReviews
      .update(
        tx,
        (r) => r.id === decision.reviewId && r.status === 'pending',
        () => ({
          status: decision.status,
          decidedBy: decision.decidedBy,
          decidedAt: decision.decidedAt,
          reasonEnc: decision.reasonEnc,
        }),
      )
      .at(0);
    // As the real one: no row when the review was decided already.
    return Promise.resolve(row && { decided_at: decision.decidedAt }) as Promise<{
      decided_at: Date;
    }>;
  }

  /** The protected-people match: named reporters and witnesses or helpers, by case. */
  findProtectedMatches(
    _tx: SqlRunner,
    index: PersonIndexRow,
    cutoff: Date,
  ): Promise<ProtectedMatchRow[]> {
    const matches = [
      ...this.db.caseReporters
        .where((r) => sameBytes(r.emailIndex, index.email) || sameBytes(r.nameIndex, index.name))
        .map((r) => ({ caseId: r.caseId, strong: sameBytes(r.emailIndex, index.email) })),
      ...this.db.caseParties
        .where(
          (p) =>
            (p.kind === 'witness' || p.kind === 'assisting') &&
            (sameBytes(p.emailIndex, index.email) ||
              sameBytes(p.employeeIdIndex, index.employeeId) ||
              sameBytes(p.nameIndex, index.name)),
        )
        .map((p) => ({
          caseId: p.caseId,
          strong:
            sameBytes(p.emailIndex, index.email) || sameBytes(p.employeeIdIndex, index.employeeId),
        })),
    ];
    const rows: Array<ProtectedMatchRow & { received_at: Date }> = [];
    for (const c of this.db.cases.all()) {
      const ofCase = matches.filter((m) => m.caseId === c.id);
      if (ofCase.length === 0 || c.purgedAt !== null) continue;
      const protectedNow =
        !['closed', 'dismissed'].includes(c.status) || c.closedAt === null || c.closedAt >= cutoff;
      if (!protectedNow) continue;
      rows.push({
        case_id: c.id,
        routed_to: c.routedTo,
        handled_by: c.handledBy,
        strong: ofCase.some((m) => m.strong),
        received_at: c.receivedAt,
      });
    }
    rows.sort(
      (a, b) =>
        Number(b.strong) - Number(a.strong) ||
        b.received_at.getTime() - a.received_at.getTime() ||
        a.case_id.localeCompare(b.case_id),
    );
    return Promise.resolve(
      rows.map(({ case_id, routed_to, handled_by, strong }) => ({
        case_id,
        routed_to,
        handled_by,
        strong,
      })),
    );
  }

  listReviewerCandidates(_tx: SqlRunner): Promise<ReviewerCandidateRow[]> {
    return Promise.resolve(
      this.db.staff
        .where((s) => s.disabledAt === null)
        .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id))
        .map((s) => ({ id: s.id, role: s.role, is_chair: s.isChair })),
    );
  }

  insertCheck(tx: SqlRunner, check: NewRetaliationCheck): Promise<void> {
    this.db.retaliationChecks.insert(tx, { ...check });
    return Promise.resolve();
  }

  insertReview(tx: SqlRunner, review: NewRetaliationReview): Promise<void> {
    this.db.retaliationReviews.insert(tx, {
      ...review,
      reviewerIds: [...review.reviewerIds],
      status: 'pending',
      decidedBy: null,
      decidedAt: null,
      reasonEnc: null,
    });
    return Promise.resolve();
  }

  private statusOf(checkId: string): string | null {
    return this.db.retaliationReviews.find((r) => r.checkId === checkId)?.status ?? null;
  }

  findCheckStatus(
    _tx: SqlRunner,
    checkId: string,
    submittedBy: string,
  ): Promise<RetaliationCheckStatusRow | undefined> {
    const k = this.db.retaliationChecks.find(
      (row) => row.id === checkId && row.submittedBy === submittedBy,
    );
    return Promise.resolve(k && { id: k.id, result: k.result, status: this.statusOf(k.id) });
  }

  listOwnChecks(
    _tx: SqlRunner,
    submittedBy: string,
    limit: number,
  ): Promise<OwnRetaliationCheckRow[]> {
    return Promise.resolve(
      this.db.retaliationChecks
        .where((k) => k.submittedBy === submittedBy)
        .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || a.id.localeCompare(b.id))
        .slice(0, limit)
        .map((k) => ({
          id: k.id,
          result: k.result,
          status: this.statusOf(k.id),
          adverse_action: k.adverseAction,
          effective_date: k.effectiveDate,
          employee_enc: k.employeeEnc,
          created_at: k.createdAt,
        })),
    );
  }

  listProtectedParties(_tx: SqlRunner, caseId: string): Promise<ProtectedPartyRow[]> {
    return Promise.resolve(
      this.db.caseParties
        .where((p) => p.caseId === caseId && (p.kind === 'witness' || p.kind === 'assisting'))
        .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id))
        .map((p) => ({
          id: p.id,
          kind: p.kind as ProtectedPartyRow['kind'],
          name_enc: p.nameEnc,
          contact_enc: p.contactEnc,
          employee_id_enc: p.employeeIdEnc,
          created_at: p.createdAt,
        })),
    );
  }

  hasNamedReporter(_tx: SqlRunner, caseId: string): Promise<boolean> {
    return Promise.resolve(this.db.caseReporters.find((r) => r.caseId === caseId) !== undefined);
  }
}
