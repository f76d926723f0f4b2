import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Clock } from '@candor/platform';
import {
  type LegalHoldRow,
  LegalHoldsRepository,
  TransactionalConnection,
  type UnitOfWork,
} from '@candor/persistence';
import type { Viewer } from '../access/access-policy.js';
import { CaseAccessService } from '../access/case-access.service.js';
import { type AuditActor, AuditTrailService, SYSTEM } from '../audit/audit-trail.service.js';
import { DomainError } from '../common/domain-error.js';
import { OutboxEvent, OutboxService } from '../notifications/outbox.js';

export const LEGAL_HOLD_LIMITS = { matterMax: 200, releaseNoteMax: 5_000 } as const;

export interface LegalHoldView {
  id: string;
  matter: string;
  placedBy: string;
  placedAt: Date;
  releasedBy: string | null;
  releasedAt: Date | null;
}

/**
 * While it is held, a case must keep everything it has: no purge, no deletion, no edit
 * (product.md §8). The database refuses deletes and the purge of a held case on its own (migration
 * 1763712300000); this service places and releases holds and gives every other service the check
 * to call before it changes a case.
 */
@Injectable()
export class LegalHoldsService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly legalHolds: LegalHoldsRepository,
    private readonly access: CaseAccessService,
    private readonly audit: AuditTrailService,
    private readonly clock: Clock,
    private readonly outbox: OutboxService,
  ) {}

  async place(viewer: Viewer, reference: string, matter: string): Promise<LegalHoldView> {
    const trimmed = matter.trim();
    if (!trimmed) throw new DomainError('invalid', 'matter must name the legal matter');
    if (trimmed.length > LEGAL_HOLD_LIMITS.matterMax) {
      throw new DomainError(
        'invalid',
        `matter must be at most ${LEGAL_HOLD_LIMITS.matterMax} characters`,
      );
    }
    return this.connection.transaction(async (tx) => {
      const { record } = await this.access.require(tx, viewer, reference, 'place_hold', {
        lock: true,
      });
      if (await this.activeHold(tx, record.id)) {
        throw new DomainError('conflict', 'this case is already on legal hold');
      }
      const id = randomUUID();
      const hold = await this.legalHolds.insert(tx, {
        id,
        caseId: record.id,
        matter: trimmed,
        placedBy: viewer.id,
        placedAt: this.clock.now(),
      });
      await this.outbox.record(tx, OutboxEvent.LegalHoldPlaced, record.id, {
        holdId: id,
        placedBy: viewer.id,
      });
      // The matter is Legal's label (it may name a litigant): it stays in its table, not the log.
      await this.audit.append(
        tx,
        { type: 'staff', id: viewer.id },
        { action: 'legal_hold.placed', caseReference: record.reference, detail: { holdId: id } },
      );
      return toView(hold);
    });
  }

  async release(viewer: Viewer, reference: string, releaseNote: string): Promise<LegalHoldView> {
    const note = releaseNote.trim();
    if (!note)
      throw new DomainError('invalid', 'releaseNote is required: a hold is lifted only in writing');
    if (note.length > LEGAL_HOLD_LIMITS.releaseNoteMax) {
      throw new DomainError(
        'invalid',
        `releaseNote must be at most ${LEGAL_HOLD_LIMITS.releaseNoteMax} characters`,
      );
    }
    return this.connection.transaction(async (tx) => {
      const accessible = await this.access.require(tx, viewer, reference, 'release_hold', {
        lock: true,
      });
      const { record } = accessible;
      const active = await this.activeHold(tx, record.id);
      if (!active) throw new DomainError('conflict', 'this case is not on legal hold');
      const hold = await this.legalHolds.release(tx, {
        holdId: active.id,
        releasedBy: viewer.id,
        releasedAt: this.clock.now(),
        releaseNoteEnc: accessible.key().seal('legal_holds', 'release_note', active.id, note),
      });
      await this.outbox.record(tx, OutboxEvent.LegalHoldReleased, record.id, {
        holdId: active.id,
        releasedBy: viewer.id,
      });
      await this.audit.append(
        tx,
        { type: 'staff', id: viewer.id },
        {
          action: 'legal_hold.released',
          caseReference: record.reference,
          detail: { holdId: active.id },
        },
      );
      return toView(hold);
    });
  }

  /** The active hold of a case, if any. */
  async activeHold(tx: UnitOfWork, caseId: string): Promise<LegalHoldView | undefined> {
    const row = await this.legalHolds.findActive(tx, caseId);
    return row ? toView(row) : undefined;
  }

  /**
   * Refuses a change to a held case with a 409, and records the attempt. The refusal's audit entry
   * is written in a transaction of its own, so that it survives the caller's rollback; entries are
   * sealed onto the chain at COMMIT, so the caller's transaction holds no lock the refusal could
   * wait for, whenever it is called.
   *
   * The case row is locked FOR SHARE, so a hold placed concurrently (which locks it FOR UPDATE)
   * lands either before this check or after the caller's change commits.
   */
  async assertNotHeld(
    tx: UnitOfWork,
    caseId: string,
    attemptedAction: string,
    actor: AuditActor = SYSTEM,
  ): Promise<void> {
    const row = await this.legalHolds.findCaseHoldForShare(tx, caseId);
    if (!row?.hold_id) return;
    const holdId = row.hold_id;
    await this.connection.transaction(async (own) => {
      await this.audit.append(own, actor, {
        action: 'legal_hold.blocked',
        caseReference: row.reference,
        detail: { holdId, attemptedAction },
      });
    });
    throw new DomainError(
      'conflict',
      'this case is on legal hold: nothing of it can be deleted or changed',
    );
  }
}

function toView(row: LegalHoldRow): LegalHoldView {
  return {
    id: row.id,
    matter: row.matter,
    placedBy: row.placed_by,
    placedAt: row.placed_at,
    releasedBy: row.released_by,
    releasedAt: row.released_at,
  };
}
