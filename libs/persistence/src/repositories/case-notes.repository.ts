import { Injectable } from '@nestjs/common';
import type { SqlRunner } from '../database/returning.js';

/** A handler's note as it is written, timed by the database; the body arrives sealed. */
export interface NewCaseNote {
  readonly id: string;
  readonly caseId: string;
  readonly authorId: string;
  readonly kind: 'note' | 'interview';
  /** The note this one corrects (notes are never changed, only corrected by a new one). */
  readonly correctsNoteId: string | null;
  readonly bodyEnc: Buffer;
  readonly createdAt: Date;
}

/** A note the system writes for a handler's action (e.g. why a case was reopened). */
export interface NewSystemNote {
  readonly id: string;
  readonly caseId: string;
  readonly authorId: string;
  readonly bodyEnc: Buffer;
  readonly createdAt: Date;
}

/** A note with its author's name, body still sealed. */
export interface CaseNoteRow {
  readonly id: string;
  readonly author_id: string;
  readonly author: string;
  readonly kind: string;
  readonly corrects_note_id: string | null;
  readonly body_enc: Buffer;
  readonly created_at: Date;
}

/** The handlers' append-only notes on a case. */
@Injectable()
export class CaseNotesRepository {
  /** Whether `noteId` is a note of the case. */
  async existsInCase(tx: SqlRunner, noteId: string, caseId: string): Promise<boolean> {
    const found = (await tx.query(`SELECT 1 FROM case_notes WHERE id = $1 AND case_id = $2`, [
      noteId,
      caseId,
    ])) as unknown[];
    return found.length > 0;
  }

  async insert(tx: SqlRunner, note: NewCaseNote): Promise<void> {
    await tx.query(
      `INSERT INTO case_notes (id, case_id, author_id, kind, corrects_note_id, body_enc, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        note.id,
        note.caseId,
        note.authorId,
        note.kind,
        note.correctsNoteId,
        note.bodyEnc,
        note.createdAt,
      ],
    );
  }

  /** A plain note (kind `note`, correcting nothing) at the given time. */
  async insertSystemNote(tx: SqlRunner, note: NewSystemNote): Promise<void> {
    await tx.query(
      `INSERT INTO case_notes (id, case_id, author_id, kind, body_enc, created_at) VALUES ($1, $2, $3, 'note', $4, $5)`,
      [note.id, note.caseId, note.authorId, note.bodyEnc, note.createdAt],
    );
  }

  /** A case's notes with their authors' names, oldest first. */
  async listByCase(tx: SqlRunner, caseId: string): Promise<CaseNoteRow[]> {
    return (await tx.query(
      `SELECT n.id, n.author_id, s.name AS author, n.kind, n.corrects_note_id, n.body_enc, n.created_at
         FROM case_notes n JOIN staff s ON s.id = n.author_id WHERE n.case_id = $1 ORDER BY n.created_at, n.id`,
      [caseId],
    )) as CaseNoteRow[];
  }
}
