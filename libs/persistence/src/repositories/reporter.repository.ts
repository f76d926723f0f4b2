import { Injectable } from '@nestjs/common';
import type { SqlRunner } from '../database/returning.js';

/** A case as its reporter's session reads it: its facts and its wrapped data key, no text. */
export interface ReporterCaseRow {
  id: string;
  reference: string;
  status: string;
  routed_to: string;
  handled_by: string;
  anonymous: boolean;
  received_at: Date;
  acknowledge_by: Date;
  acknowledged_at: Date | null;
  feedback_due_at: Date | null;
  closed_at: Date | null;
  purged_at: Date | null;
  master_key_id: string;
  data_key_id: string;
  data_key_wrapped: Buffer;
}

/** A message of the case, sealed under the case key. */
export interface ReporterMessageRow {
  id: string;
  sender: 'reporter' | 'handler';
  kind: string;
  body_enc: Buffer;
  created_at: Date;
}

/** A file the reporter added, its name sealed under the case key. */
export interface ReporterFileRow {
  id: string;
  name_enc: Buffer;
  size_bytes: number;
}

/** A person implicated in a case with a role, the name sealed under the case key. */
export interface ImplicatedPartyRow {
  id: string;
  role: string;
  name_enc: Buffer | null;
}

/** What a reporter's receipt session reads of their case. */
@Injectable()
export class ReporterRepository {
  /** The case a receipt's keyed hash opens; undefined when none does. */
  async findCaseByReceiptHash(
    tx: SqlRunner,
    receiptHash: Buffer,
  ): Promise<{ id: string; reference: string } | undefined> {
    const [row] = (await tx.query(`SELECT id, reference FROM cases WHERE receipt_hash = $1`, [
      receiptHash,
    ])) as Array<{ id: string; reference: string }>;
    return row;
  }

  /**
   * A case by id, its row locked FOR UPDATE until the transaction ends when `forUpdate`; undefined
   * when there is none.
   */
  async findCase(
    tx: SqlRunner,
    caseId: string,
    forUpdate = false,
  ): Promise<ReporterCaseRow | undefined> {
    const [row] = (await tx.query(
      `SELECT id, reference, status, routed_to, handled_by, anonymous, received_at, acknowledge_by, acknowledged_at, feedback_due_at, closed_at, purged_at,
              master_key_id, data_key_id, data_key_wrapped
         FROM cases WHERE id = $1 ${forUpdate ? 'FOR UPDATE' : ''}`,
      [caseId],
    )) as ReporterCaseRow[];
    return row;
  }

  /** Every message of the case, the oldest first. */
  async listMessages(tx: SqlRunner, caseId: string): Promise<ReporterMessageRow[]> {
    return (await tx.query(
      `SELECT id, sender, kind, body_enc, created_at FROM case_messages WHERE case_id = $1 ORDER BY created_at, id`,
      [caseId],
    )) as ReporterMessageRow[];
  }

  /** The files the reporter added to the case, the oldest first (not the handlers' evidence). */
  async listReporterFiles(tx: SqlRunner, caseId: string): Promise<ReporterFileRow[]> {
    return (await tx.query(
      `SELECT id, name_enc, size_bytes FROM case_files WHERE case_id = $1 AND source = 'reporter' ORDER BY created_at, id`,
      [caseId],
    )) as ReporterFileRow[];
  }

  /** The people implicated in the case with a role, in the order they were named. */
  async listImplicatedParties(tx: SqlRunner, caseId: string): Promise<ImplicatedPartyRow[]> {
    return (await tx.query(
      `SELECT id, role, name_enc FROM case_parties WHERE case_id = $1 AND kind = 'implicated' AND role IS NOT NULL ORDER BY created_at, id`,
      [caseId],
    )) as ImplicatedPartyRow[];
  }
}
