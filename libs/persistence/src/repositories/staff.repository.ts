import { Injectable } from '@nestjs/common';
import type { SqlRunner } from '../database/returning.js';

/** The `staff` columns other services read by id: no secrets (password hash, TOTP secret). */
export interface StaffRow {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly role: string;
  readonly is_chair: boolean;
  readonly notification_mode: string;
  readonly disabled_at: Date | null;
}

/** A staff member by id and name, as lists and pages show them. */
export interface StaffNameRow {
  readonly id: string;
  readonly name: string;
}

/** The `staff` table: accounts, read and locked by the services that change them. */
@Injectable()
export class StaffRepository {
  /** A staff member by id, disabled or not; undefined when there is none. */
  async findById(tx: SqlRunner, id: string): Promise<StaffRow | undefined> {
    const rows = (await tx.query(
      `SELECT id, email, name, role, is_chair, notification_mode, disabled_at FROM staff WHERE id = $1`,
      [id],
    )) as StaffRow[];
    return rows[0];
  }

  /**
   * Locks a staff member's row until the transaction ends, so that two changes to one account (two
   * links issued by a double click, a reset racing an enrolment) queue instead of colliding. False
   * when there is no such staff member.
   */
  async lockRow(tx: SqlRunner, id: string): Promise<boolean> {
    const rows = (await tx.query(`SELECT id FROM staff WHERE id = $1 FOR UPDATE`, [
      id,
    ])) as unknown[];
    return rows.length > 0;
  }

  /** The id behind an email address, as stored (lower-cased); undefined when nobody has it. */
  async findIdByEmail(tx: SqlRunner, email: string): Promise<string | undefined> {
    const rows = (await tx.query(`SELECT id FROM staff WHERE email = $1`, [email])) as Array<{
      id: string;
    }>;
    return rows[0]?.id;
  }

  /** The active investigators, by name: whom the queue can be filtered by. */
  async activeInvestigators(tx: SqlRunner): Promise<StaffNameRow[]> {
    return (await tx.query(
      `SELECT id, name FROM staff WHERE role = 'investigator' AND disabled_at IS NULL ORDER BY name, id`,
    )) as StaffNameRow[];
  }

  /**
   * The investigators who may be assigned to a case: active, not among `recusedIds`, not
   * assigned to it already; by name.
   */
  async assignableInvestigators(
    tx: SqlRunner,
    caseId: string,
    recusedIds: readonly string[],
  ): Promise<StaffNameRow[]> {
    return (await tx.query(
      `SELECT s.id, s.name FROM staff s
        WHERE s.role = 'investigator' AND s.disabled_at IS NULL
          AND NOT (s.id::text = ANY($2::text[]))
          AND NOT EXISTS (SELECT 1 FROM case_assignments a WHERE a.case_id = $1 AND a.staff_id = s.id)
        ORDER BY s.name, s.id`,
      [caseId, recusedIds],
    )) as StaffNameRow[];
  }

  /** Names by id, for those of `ids` that are staff. */
  async namesByIds(tx: SqlRunner, ids: readonly string[]): Promise<StaffNameRow[]> {
    return (await tx.query(`SELECT id::text, name FROM staff WHERE id = ANY($1::uuid[])`, [
      ids,
    ])) as StaffNameRow[];
  }

  /**
   * The staff a case's record names: who recorded its findings and actions, who approved them,
   * who wrote to the reporter, and `alsoId` (who placed its hold, say).
   */
  async namesMentionedByCase(
    tx: SqlRunner,
    caseId: string,
    alsoId: string | null,
  ): Promise<StaffNameRow[]> {
    return (await tx.query(
      `SELECT s.id::text, s.name FROM staff s
        WHERE s.id IN (SELECT recorded_by FROM case_outcomes WHERE case_id = $1)
           OR s.id IN (SELECT recorded_by FROM case_actions WHERE case_id = $1)
           OR s.id IN (SELECT a.staff_id FROM approvals a
                        WHERE (a.subject_type = 'outcome' AND a.subject_id IN (SELECT id FROM case_outcomes WHERE case_id = $1))
                           OR (a.subject_type = 'action' AND a.subject_id IN (SELECT id FROM case_actions WHERE case_id = $1)))
           OR s.id IN (SELECT staff_id FROM case_messages WHERE case_id = $1 AND staff_id IS NOT NULL)
           OR s.id = $2::uuid`,
      [caseId, alsoId],
    )) as StaffNameRow[];
  }
}
