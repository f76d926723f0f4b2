import { Injectable } from '@nestjs/common';
import { must } from '@candor/platform/checks/must.js';
import { modifyReturning, type SqlRunner } from '../database/returning.js';

/** A `legal_holds` row as the legal-hold service reads it (the release note stays sealed). */
export interface LegalHoldRow {
  id: string;
  matter: string;
  placed_by: string;
  placed_at: Date;
  released_by: string | null;
  released_at: Date | null;
}

export interface NewLegalHold {
  readonly id: string;
  readonly caseId: string;
  readonly matter: string;
  readonly placedBy: string;
  readonly placedAt: Date;
}

export interface LegalHoldRelease {
  readonly holdId: string;
  readonly releasedBy: string;
  readonly releasedAt: Date;
  /** Sealed under the case key. */
  readonly releaseNoteEnc: Buffer;
}

/** A case's reference and its active hold, if any, read with the case row locked FOR SHARE. */
export interface CaseHoldRow {
  reference: string;
  hold_id: string | null;
}

/** Legal holds on cases: placed, released, and the active one of a case. */
@Injectable()
export class LegalHoldsRepository {
  /** Writes a new hold and answers it as stored. */
  async insert(tx: SqlRunner, hold: NewLegalHold): Promise<LegalHoldRow> {
    const [row] = (await tx.query(
      `INSERT INTO legal_holds (id, case_id, matter, placed_by, placed_at) VALUES ($1, $2, $3, $4, $5)
         RETURNING id, matter, placed_by, placed_at, released_by, released_at`,
      [hold.id, hold.caseId, hold.matter, hold.placedBy, hold.placedAt],
    )) as LegalHoldRow[];
    return must(row, 'the row INSERT INTO legal_holds … RETURNING answers');
  }

  /**
   * Releases a hold still active and answers it as released. Call it with the case locked and the
   * hold read as active in the same transaction: a hold released already is not updated again.
   */
  async release(tx: SqlRunner, release: LegalHoldRelease): Promise<LegalHoldRow> {
    const [row] = await modifyReturning<LegalHoldRow>(
      tx,
      `UPDATE legal_holds SET released_by = $2, released_at = $3, release_note_enc = $4
          WHERE id = $1 AND released_at IS NULL
          RETURNING id, matter, placed_by, placed_at, released_by, released_at`,
      [release.holdId, release.releasedBy, release.releasedAt, release.releaseNoteEnc],
    );
    return must(row, 'the released hold (read as active, with its case locked)');
  }

  /** The active hold of a case, if any. */
  async findActive(tx: SqlRunner, caseId: string): Promise<LegalHoldRow | undefined> {
    const [row] = (await tx.query(
      `SELECT id, matter, placed_by, placed_at, released_by, released_at
         FROM legal_holds WHERE case_id = $1 AND released_at IS NULL`,
      [caseId],
    )) as LegalHoldRow[];
    return row;
  }

  /**
   * The case's reference and active hold, the case row locked FOR SHARE until the transaction ends
   * (a hold being placed locks it FOR UPDATE); undefined when there is no such case.
   */
  async findCaseHoldForShare(tx: SqlRunner, caseId: string): Promise<CaseHoldRow | undefined> {
    const [row] = (await tx.query(
      `SELECT c.reference,
              (SELECT h.id FROM legal_holds h WHERE h.case_id = c.id AND h.released_at IS NULL) AS hold_id
         FROM cases c WHERE c.id = $1 FOR SHARE OF c`,
      [caseId],
    )) as CaseHoldRow[];
    return row;
  }
}
