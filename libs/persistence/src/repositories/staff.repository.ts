import { Injectable } from '@nestjs/common';
import { modifyReturning, type SqlRunner } from '../database/returning.js';

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

/** A new `staff` row; secrets arrive hashed or sealed, the indexes computed. */
export interface NewStaffRow {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly role: string;
  /** Null until the holder chooses one through an enrolment link. */
  readonly passwordHash: string | null;
  readonly totpSecretEnc: Buffer | null;
  readonly nameIndex: Buffer | null;
  readonly emailIndex: Buffer | null;
  readonly isChair: boolean;
}

/**
 * An account as administration lists it: the `staff` row without secrets, whether it is enrolled,
 * and its live enrolment link, if any.
 */
export interface StaffAccountRow extends StaffRow {
  readonly created_at: Date;
  readonly enrolled: boolean;
  readonly enrolment_kind: string | null;
  readonly enrolment_expires_at: Date | null;
  readonly enrolment_expired: boolean | null;
}

/** Which credentials an account has, without them. */
export interface StaffCredentialsSet {
  readonly password_set: boolean;
  readonly totp_set: boolean;
}

/** What a second-factor reset needs to know of the account it locks. */
export interface StaffResetState {
  readonly password_set: boolean;
  readonly disabled: boolean;
}

/** What sign-in checks: the credentials (hashed and sealed) and whether the account is usable. */
export interface StaffLoginRow {
  readonly id: string;
  readonly role: string;
  /** Both null until the account is enrolled; the TOTP secret alone after a second-factor reset. */
  readonly password_hash: string | null;
  readonly totp_secret_enc: Buffer | null;
  /** A bigint, as text. */
  readonly totp_last_step: string;
  readonly disabled_at: Date | null;
}

/**
 * Every account, disabled or not, oldest first (then by id), as notification rules weigh them: one
 * JSON array (a subquery), read with the cases they are weighed for (NotificationFactsRepository).
 */
export const NOTIFICATION_CANDIDATES_JSON = `(SELECT coalesce(json_agg(json_build_object(
    'id', s.id, 'role', s.role, 'is_chair', s.is_chair, 'disabled', s.disabled_at IS NOT NULL)
    ORDER BY s.created_at, s.id), '[]'::json) FROM staff s)`;

/** Every account as notification rules weigh it. */
export interface StaffNotificationCandidateRow {
  readonly id: string;
  readonly role: string;
  readonly is_chair: boolean;
  readonly disabled: boolean;
}

// At most one live link per person (a unique partial index), so the join adds no rows.
const ACCOUNT_SELECT = `
  SELECT s.id, s.email, s.name, s.role, s.is_chair, s.notification_mode, s.disabled_at, s.created_at,
         s.password_hash IS NOT NULL AND s.totp_secret_enc IS NOT NULL AS enrolled,
         e.kind AS enrolment_kind, e.expires_at AS enrolment_expires_at,
         e.expires_at <= now() AS enrolment_expired
    FROM staff s
    LEFT JOIN staff_enrolments e
      ON e.staff_id = s.id AND e.completed_at IS NULL AND e.revoked_at IS NULL`;

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

  /** All accounts for administration, by role then email. */
  async listAccounts(tx: SqlRunner): Promise<StaffAccountRow[]> {
    return (await tx.query(`${ACCOUNT_SELECT} ORDER BY s.role, s.email`)) as StaffAccountRow[];
  }

  /** One account for administration; undefined when there is none. */
  async findAccount(tx: SqlRunner, id: string): Promise<StaffAccountRow | undefined> {
    const rows = (await tx.query(`${ACCOUNT_SELECT} WHERE s.id = $1`, [id])) as StaffAccountRow[];
    return rows[0];
  }

  /** The sign-in row behind an email address (as stored, lower-cased); undefined when none. */
  async findLoginByEmail(tx: SqlRunner, email: string): Promise<StaffLoginRow | undefined> {
    const rows = (await tx.query(
      `SELECT id, role, password_hash, totp_secret_enc, totp_last_step::text AS totp_last_step, disabled_at FROM staff WHERE email = $1`,
      [email],
    )) as StaffLoginRow[];
    return rows[0];
  }

  /** Whether the account may sign in: enabled, with a password and a second factor. */
  async canSignIn(tx: SqlRunner, id: string): Promise<boolean> {
    const rows = (await tx.query(
      `SELECT 1 FROM staff WHERE id = $1 AND disabled_at IS NULL
            AND password_hash IS NOT NULL AND totp_secret_enc IS NOT NULL`,
      [id],
    )) as unknown[];
    return rows.length > 0;
  }

  async insert(tx: SqlRunner, row: NewStaffRow): Promise<void> {
    await tx.query(
      `INSERT INTO staff (id, email, name, role, password_hash, totp_secret_enc, name_index, email_index, is_chair, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, now(), now())`,
      [
        row.id,
        row.email,
        row.name,
        row.role,
        row.passwordHash,
        row.totpSecretEnc,
        row.nameIndex,
        row.emailIndex,
        row.isChair,
      ],
    );
  }

  /** Disables the account (keeping the first time it was disabled); false when there is none. */
  async disable(tx: SqlRunner, id: string): Promise<boolean> {
    const [row] = await modifyReturning<{ id: string }>(
      tx,
      `UPDATE staff SET disabled_at = coalesce(disabled_at, now()), updated_at = now() WHERE id = $1 RETURNING id`,
      [id],
    );
    return row !== undefined;
  }

  /** Enables the account and says which credentials it has; undefined when there is none. */
  async enable(tx: SqlRunner, id: string): Promise<StaffCredentialsSet | undefined> {
    const [row] = await modifyReturning<StaffCredentialsSet>(
      tx,
      `UPDATE staff SET disabled_at = NULL, updated_at = now() WHERE id = $1
         RETURNING password_hash IS NOT NULL AS password_set, totp_secret_enc IS NOT NULL AS totp_set`,
      [id],
    );
    return row;
  }

  /**
   * Locks the account's row (as lockRow) and says whether it has a password and is disabled;
   * undefined when there is none.
   */
  async lockResetState(tx: SqlRunner, id: string): Promise<StaffResetState | undefined> {
    const rows = (await tx.query(
      `SELECT password_hash IS NOT NULL AS password_set, disabled_at IS NOT NULL AS disabled
           FROM staff WHERE id = $1 FOR UPDATE`,
      [id],
    )) as StaffResetState[];
    return rows[0];
  }

  /** Erases the TOTP secret: the old device stops working at once. */
  async eraseTotpSecret(tx: SqlRunner, id: string): Promise<void> {
    await tx.query(`UPDATE staff SET totp_secret_enc = NULL, updated_at = now() WHERE id = $1`, [
      id,
    ]);
  }

  /** A new TOTP secret (sealed), with no time step used yet. */
  async replaceTotpSecret(tx: SqlRunner, id: string, totpSecretEnc: Buffer): Promise<void> {
    await tx.query(
      `UPDATE staff SET totp_secret_enc = $2, totp_last_step = 0, updated_at = now() WHERE id = $1`,
      [id, totpSecretEnc],
    );
  }

  /**
   * The credentials an enrolment confirmed: the password hash (null keeps the current one), the
   * sealed TOTP secret, and the time step of the code that confirmed it.
   */
  async setEnrolledCredentials(
    tx: SqlRunner,
    id: string,
    passwordHash: string | null,
    totpSecretEnc: Buffer,
    totpStep: number,
  ): Promise<void> {
    await tx.query(
      `UPDATE staff SET password_hash = coalesce($2, password_hash), totp_secret_enc = $3, totp_last_step = $4, updated_at = now()
          WHERE id = $1`,
      [id, passwordHash, totpSecretEnc, totpStep],
    );
  }

  /**
   * Records a TOTP code's time step if it is later than the last one used (compare-and-set), so
   * that a code signs in once; false when it is not later.
   */
  async claimTotpStep(tx: SqlRunner, id: string, step: number): Promise<boolean> {
    const claimed = await modifyReturning<{ id: string }>(
      tx,
      `UPDATE staff SET totp_last_step = $2 WHERE id = $1 AND totp_last_step < $2 RETURNING id`,
      [id, step],
    );
    return claimed.length > 0;
  }

  /** False when there is no such account. */
  async setNotificationMode(tx: SqlRunner, id: string, mode: string): Promise<boolean> {
    const [row] = await modifyReturning<{ id: string }>(
      tx,
      `UPDATE staff SET notification_mode = $2, updated_at = now() WHERE id = $1 RETURNING id`,
      [id, mode],
    );
    return row !== undefined;
  }
}
