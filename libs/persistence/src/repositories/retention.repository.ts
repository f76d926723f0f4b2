import { Injectable } from '@nestjs/common';
import { modifyReturning, type SqlRunner } from '../database/returning.js';

/** A closed or dismissed case, not purged, closed before the cutoff, and whether it is on hold. */
export interface RetentionCandidateRow {
  id: string;
  reference: string;
  closed_at: Date;
  held: boolean;
}

/** The facts of a case that decide whether a purge may go ahead. */
export interface RetentionCaseRow {
  reference: string;
  status: string;
  closed_at: Date | null;
  purged_at: Date | null;
}

/** What a purge removed, in counts: the only thing about the content the audit log may hold. */
export interface PurgeCounts {
  messages: number;
  files: number;
  notes: number;
  parties: number;
  reporter: number;
}

/** The end of a case's retention period: the cases due, and the purge that leaves the tombstone. */
@Injectable()
export class RetentionRepository {
  /** Cases closed before `cutoff` and not purged, the oldest closed first. */
  async findCandidates(tx: SqlRunner, cutoff: Date): Promise<RetentionCandidateRow[]> {
    return (await tx.query(
      `SELECT c.id, c.reference, c.closed_at,
              EXISTS (SELECT 1 FROM legal_holds h WHERE h.case_id = c.id AND h.released_at IS NULL) AS held
         FROM cases c
        WHERE c.purged_at IS NULL AND c.closed_at IS NOT NULL AND c.closed_at < $1
          AND c.status IN ('closed', 'dismissed')
        ORDER BY c.closed_at, c.reference`,
      [cutoff],
    )) as RetentionCandidateRow[];
  }

  /** The case row locked FOR UPDATE until the transaction ends; undefined when there is none. */
  async lockCase(tx: SqlRunner, caseId: string): Promise<RetentionCaseRow | undefined> {
    const [row] = (await tx.query(
      `SELECT reference, status, closed_at, purged_at FROM cases WHERE id = $1 FOR UPDATE`,
      [caseId],
    )) as RetentionCaseRow[];
    return row;
  }

  /**
   * Purges a case: messages, files, notes and reporter identity are deleted; helpers and witnesses
   * are deleted; implicated people keep only their staff id; outcome summaries, action details and
   * release notes are nulled; the case loses its text, its receipt hash and its wrapped data key.
   */
  async purge(tx: SqlRunner, caseId: string, at: Date): Promise<PurgeCounts> {
    const deleted = async (table: string, extra = '') =>
      (
        await modifyReturning(tx, `DELETE FROM ${table} WHERE case_id = $1 ${extra} RETURNING 1`, [
          caseId,
        ])
      ).length;
    const counts: PurgeCounts = {
      messages: await deleted('case_messages'),
      files: await deleted('case_files'),
      notes: await deleted('case_notes'),
      reporter: await deleted('case_reporters'),
      parties: await deleted(
        'case_parties',
        `AND NOT (kind = 'implicated' AND staff_id IS NOT NULL)`,
      ),
    };
    await tx.query(
      `UPDATE case_parties
        SET name_enc = NULL, contact_enc = NULL, name_index = NULL, email_index = NULL,
            employee_id_enc = NULL, employee_id_index = NULL
      WHERE case_id = $1`,
      [caseId],
    );
    await tx.query(`UPDATE case_outcomes SET summary_enc = NULL WHERE case_id = $1`, [caseId]);
    await tx.query(`UPDATE case_actions SET details_enc = NULL WHERE case_id = $1`, [caseId]);
    await tx.query(`UPDATE legal_holds SET release_note_enc = NULL WHERE case_id = $1`, [caseId]);
    await tx.query(
      `UPDATE cases
        SET title_enc = NULL, description_enc = NULL, occurred_at_enc = NULL, location_enc = NULL,
            title_terms = '{}', receipt_hash = NULL, data_key_wrapped = NULL,
            purged_at = $2, updated_at = now()
      WHERE id = $1`,
      [caseId, at],
    );
    return counts;
  }
}
