import { Injectable } from '@nestjs/common';
import type { SqlRunner } from '../database/returning.js';

/** A `case_messages` row as it is written; the body arrives sealed under the case key. */
export interface NewCaseMessage {
  readonly id: string;
  readonly caseId: string;
  readonly sender: 'reporter' | 'handler';
  /** `message`, or what a handler's message stands for (e.g. `acknowledgement`). */
  readonly kind: string;
  /** The handler who wrote it; null for the reporter. */
  readonly staffId: string | null;
  readonly bodyEnc: Buffer;
  readonly createdAt: Date;
}

/** A message between the reporter and the handlers, body still sealed. */
export interface CaseMessageRow {
  readonly id: string;
  readonly sender: string;
  readonly kind: string;
  readonly staff_id: string | null;
  readonly body_enc: Buffer;
  readonly created_at: Date;
}

/** The conversation between a reporter and the handlers of their case. */
@Injectable()
export class CaseMessagesRepository {
  async insert(tx: SqlRunner, message: NewCaseMessage): Promise<void> {
    await tx.query(
      `INSERT INTO case_messages (id, case_id, sender, kind, staff_id, body_enc, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        message.id,
        message.caseId,
        message.sender,
        message.kind,
        message.staffId,
        message.bodyEnc,
        message.createdAt,
      ],
    );
  }

  /** A case's messages, oldest first. */
  async listByCase(tx: SqlRunner, caseId: string): Promise<CaseMessageRow[]> {
    return (await tx.query(
      `SELECT id, sender, kind, staff_id, body_enc, created_at FROM case_messages WHERE case_id = $1 ORDER BY created_at, id`,
      [caseId],
    )) as CaseMessageRow[];
  }
}
