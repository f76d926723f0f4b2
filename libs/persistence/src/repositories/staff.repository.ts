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
}
