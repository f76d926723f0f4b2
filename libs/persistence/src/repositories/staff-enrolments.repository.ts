import { Injectable } from '@nestjs/common';
import { must } from '@candor/platform/checks/must.js';
import type { SqlRunner } from '../database/returning.js';

/** A new enrolment link: its token stored as a keyed hash, and sealed only while it must be emailed. */
export interface NewStaffEnrolment {
  readonly id: string;
  readonly staffId: string;
  readonly kind: string;
  readonly tokenHash: Buffer;
  readonly tokenEnc: Buffer | null;
  /** The staff member who issued the link; null for the system. */
  readonly createdBy: string | null;
  readonly validHours: number;
}

/** An enrolment found by its link's token, with the account it enrols. */
export interface StaffEnrolmentRow {
  readonly id: string;
  readonly staff_id: string;
  readonly kind: string;
  readonly password_hash: string | null;
  readonly totp_secret_enc: Buffer | null;
  readonly expires_at: Date;
  readonly started_at: Date | null;
  readonly completed_at: Date | null;
  readonly revoked_at: Date | null;
  readonly expired: boolean;
  readonly name: string;
  readonly email: string;
  readonly role: string;
  readonly disabled_at: Date | null;
}

/** A live link the worker may still email: its sealed token. */
export interface SendableEnrolmentRow {
  readonly id: string;
  readonly kind: string;
  readonly token_enc: Buffer;
  readonly expires_at: Date;
}

/**
 * The `staff_enrolments` table: single-use links by which a staff member chooses a password and
 * sets up a second factor. At most one link per person is live (neither completed nor revoked).
 */
@Injectable()
export class StaffEnrolmentsRepository {
  /** Writes the link, valid `validHours` from now, and answers when it expires. */
  async insert(tx: SqlRunner, enrolment: NewStaffEnrolment): Promise<Date> {
    const rows = (await tx.query(
      `INSERT INTO staff_enrolments (id, staff_id, kind, token_hash, token_enc, created_by, created_at, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, now(), now() + make_interval(hours => $7))
       RETURNING expires_at`,
      [
        enrolment.id,
        enrolment.staffId,
        enrolment.kind,
        enrolment.tokenHash,
        enrolment.tokenEnc,
        enrolment.createdBy,
        enrolment.validHours,
      ],
    )) as Array<{ expires_at: Date }>;
    return must(rows[0], 'the row INSERT INTO staff_enrolments … RETURNING answers').expires_at;
  }

  /** Whether the staff member has a live link (it may have expired). */
  async hasOpen(tx: SqlRunner, staffId: string): Promise<boolean> {
    const rows = (await tx.query(
      `SELECT 1 FROM staff_enrolments WHERE staff_id = $1 AND completed_at IS NULL AND revoked_at IS NULL`,
      [staffId],
    )) as unknown[];
    return rows.length > 0;
  }

  /**
   * The enrolment whose token has this hash, whatever its state; with `lock`, its row stays locked
   * (not the account's) until the transaction ends.
   */
  async findByTokenHash(
    tx: SqlRunner,
    tokenHash: Buffer,
    { lock = false }: { lock?: boolean } = {},
  ): Promise<StaffEnrolmentRow | undefined> {
    const rows = (await tx.query(
      `SELECT e.id, e.staff_id, e.kind, e.password_hash, e.totp_secret_enc, e.expires_at, e.started_at,
              e.completed_at, e.revoked_at, e.expires_at <= now() AS expired,
              s.name, s.email, s.role, s.disabled_at
         FROM staff_enrolments e JOIN staff s ON s.id = e.staff_id
        WHERE e.token_hash = $1${lock ? ' FOR UPDATE OF e' : ''}`,
      [tokenHash],
    )) as StaffEnrolmentRow[];
    return rows[0];
  }

  /**
   * The link to email: live, unexpired, for this staff member and still holding its sealed token;
   * undefined once it was used, revoked, replaced or has expired.
   */
  async findSendable(
    tx: SqlRunner,
    id: string,
    staffId: string,
  ): Promise<SendableEnrolmentRow | undefined> {
    const rows = (await tx.query(
      `SELECT id, kind, token_enc, expires_at FROM staff_enrolments
        WHERE id = $1 AND staff_id = $2 AND token_enc IS NOT NULL
          AND completed_at IS NULL AND revoked_at IS NULL AND expires_at > now()`,
      [id, staffId],
    )) as SendableEnrolmentRow[];
    return rows[0];
  }

  /** Ends the staff member's live link, if any, and erases what it held. */
  async revokeOpen(tx: SqlRunner, staffId: string): Promise<void> {
    await tx.query(
      `UPDATE staff_enrolments SET revoked_at = now(), token_enc = NULL, password_hash = NULL, totp_secret_enc = NULL
        WHERE staff_id = $1 AND completed_at IS NULL AND revoked_at IS NULL`,
      [staffId],
    );
  }

  /** Ends the staff member's live second-factor link, if any (not an account link). */
  async revokeOpenSecondFactor(tx: SqlRunner, staffId: string): Promise<void> {
    await tx.query(
      `UPDATE staff_enrolments SET revoked_at = now(), token_enc = NULL, totp_secret_enc = NULL
          WHERE staff_id = $1 AND kind = 'second_factor' AND completed_at IS NULL AND revoked_at IS NULL`,
      [staffId],
    );
  }

  /** The chosen password's hash, kept until the enrolment is confirmed; marks the link started. */
  async setPassword(tx: SqlRunner, id: string, passwordHash: string): Promise<void> {
    await tx.query(
      `UPDATE staff_enrolments SET password_hash = $2, started_at = coalesce(started_at, now()) WHERE id = $1`,
      [id, passwordHash],
    );
  }

  /** The TOTP secret to scan (sealed), kept until confirmed; marks the link started. */
  async setTotpSecret(tx: SqlRunner, id: string, totpSecretEnc: Buffer): Promise<void> {
    await tx.query(
      `UPDATE staff_enrolments SET totp_secret_enc = $2, started_at = coalesce(started_at, now()) WHERE id = $1`,
      [id, totpSecretEnc],
    );
  }

  /** Spends the link and erases what it held. */
  async complete(tx: SqlRunner, id: string): Promise<void> {
    await tx.query(
      `UPDATE staff_enrolments SET completed_at = now(), token_enc = NULL, password_hash = NULL, totp_secret_enc = NULL
          WHERE id = $1`,
      [id],
    );
  }
}
