import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { CaseCipherService, generatePassword, hashPassword } from '@candor/platform';
import { modifyReturning, StaffRepository } from '@candor/persistence';
import { generateSecret } from 'otplib';
import { DataSource, EntityManager } from 'typeorm';
import { isStaffRole, STAFF_ROLES, type StaffRole } from '../access/access-policy.js';
import { AuditActor, AuditTrail } from '../audit/audit-trail.service.js';
import { DomainError } from '../common/domain-error.js';
import { UnannouncedEvents } from '../notifications/unannounced-events.service.js';
import {
  type EnrolmentDelivery,
  type EnrolmentKind,
  type IssuedEnrolment,
  StaffEnrolmentService,
} from './staff-enrolment.service.js';
import { isUuid } from '../common/uuid.js';

export const NOTIFICATION_MODES = ['immediate', 'daily_digest'] as const;
export type NotificationMode = (typeof NOTIFICATION_MODES)[number];

/** `enrolment_pending`: created (or reset) and not yet enrolled, so it cannot sign in. */
export type StaffStatus = 'active' | 'enrolment_pending' | 'disabled';

/** A staff account as administration shows it: never anything about cases. */
export interface StaffAccountView {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly role: StaffRole;
  readonly isChair: boolean;
  readonly notificationMode: NotificationMode;
  readonly status: StaffStatus;
  readonly disabled: boolean;
  /** Has a password and a second factor. */
  readonly enrolled: boolean;
  /** The link not yet used or replaced, if any; it may have expired. */
  readonly enrolment: {
    readonly kind: EnrolmentKind;
    readonly expiresAt: Date;
    readonly expired: boolean;
  } | null;
  readonly createdAt: Date;
}

export interface NewStaff {
  readonly email: string;
  readonly name: string;
  readonly role: string;
  readonly isChair?: boolean;
}

/**
 * How a new account gets its credentials: an enrolment link (the holder chooses them), or, for the
 * operator's command line only, a password given or generated and a TOTP secret shown at once.
 */
export type InitialCredentials =
  | { readonly kind: 'enrolment'; readonly delivery: EnrolmentDelivery }
  | { readonly kind: 'password'; readonly password?: string };

export interface CreatedAccount {
  readonly id: string;
  readonly email: string;
  readonly role: StaffRole;
  /** With a password only: shown this once. */
  readonly totpSecret?: string;
  /** A generated password only: shown this once. */
  readonly password?: string;
  readonly enrolment?: IssuedEnrolment;
}

/** How a field is named in messages: `email` in the console, `--email` on the command line. */
export type FieldLabel = (field: 'email' | 'name' | 'role' | 'password' | 'mode') => string;
const PLAIN: FieldLabel = (field) => field;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const MAX_EMAIL = 254;
const MAX_NAME = 200;
/** The operator's own `--password` (the enrolment pages check strength with zxcvbn instead). */
const MIN_OPERATOR_PASSWORD = 12;
const STAFF_NOT_FOUND = 'staff member not found';

/** An id that cannot name an account is answered like one that names none (not a SQL error). */
function checkId(staffId: string): string {
  if (!isUuid(staffId)) throw new DomainError('not_found', STAFF_NOT_FOUND);
  return staffId;
}

/**
 * Staff accounts: creation, disabling and enabling, second-factor resets and notification mode,
 * each in one transaction with its audit entry. Who may call is not decided here: the operator's
 * command line (StaffService) calls as the system, the console's administration
 * (StaffAdministrationService) after `canDo`.
 */
@Injectable()
export class StaffAccounts {
  constructor(
    private readonly dataSource: DataSource,
    private readonly staff: StaffRepository,
    private readonly cipher: CaseCipherService,
    private readonly audit: AuditTrail,
    private readonly enrolments: StaffEnrolmentService,
    private readonly unannounced: UnannouncedEvents,
  ) {}

  async create(
    actor: AuditActor,
    input: NewStaff,
    credentials: InitialCredentials,
    label: FieldLabel = PLAIN,
  ): Promise<CreatedAccount> {
    const email = input.email.trim().toLowerCase();
    const name = input.name.trim();
    if (!EMAIL.test(email) || email.length > MAX_EMAIL) {
      throw new DomainError('invalid', `${label('email')} must be an email address`);
    }
    if (!name) throw new DomainError('invalid', `${label('name')} must not be empty`);
    if (name.length > MAX_NAME) {
      throw new DomainError('invalid', `${label('name')} must be at most ${MAX_NAME} characters`);
    }
    if (!isStaffRole(input.role)) {
      throw new DomainError(
        'invalid',
        `${label('role')} must be one of: ${STAFF_ROLES.join(', ')}`,
      );
    }
    const role = input.role;
    const given = credentials.kind === 'password' ? credentials.password : undefined;
    if (given !== undefined && given.length < MIN_OPERATOR_PASSWORD) {
      throw new DomainError(
        'invalid',
        `${label('password')} must be at least ${MIN_OPERATOR_PASSWORD} characters`,
      );
    }
    const password = credentials.kind === 'password' ? (given ?? generatePassword()) : undefined;
    const passwordHash = password === undefined ? null : await hashPassword(password);
    const totpSecret = credentials.kind === 'password' ? generateSecret() : undefined;
    const id = randomUUID();
    return this.dataSource.transaction(async (tx) => {
      if ((await this.staff.findIdByEmail(tx, email)) !== undefined)
        throw new DomainError('conflict', `a staff member with email ${email} already exists`);
      await tx.query(
        `INSERT INTO staff (id, email, name, role, password_hash, totp_secret_enc, name_index, email_index, is_chair, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, now(), now())`,
        [
          id,
          email,
          name,
          role,
          passwordHash,
          totpSecret === undefined
            ? null
            : this.cipher.sealSystemSecret('staff', 'totp_secret', id, totpSecret),
          this.cipher.nameIndex(name),
          this.cipher.emailIndex(email),
          input.isChair ?? false,
        ],
      );
      await this.audit.append(tx, actor, {
        action: 'staff.created',
        detail: { staffId: id, role },
      });
      // Events kept because nobody could receive them go to whoever this account made eligible.
      await this.unannounced.announce(tx);
      const created = { id, email, role };
      if (credentials.kind === 'enrolment') {
        const enrolment = await this.enrolments.issueIn(
          tx,
          id,
          'account',
          actor,
          credentials.delivery,
        );
        return { ...created, enrolment };
      }
      return { ...created, totpSecret, ...(given === undefined ? { password } : {}) };
    });
  }

  /** Disables the account: its sessions and any enrolment link end in the same transaction. */
  async disable(actor: AuditActor, staffId: string): Promise<StaffAccountView> {
    checkId(staffId);
    return this.dataSource.transaction(async (tx) => {
      const [row] = await modifyReturning<{ id: string }>(
        tx,
        `UPDATE staff SET disabled_at = coalesce(disabled_at, now()), updated_at = now() WHERE id = $1 RETURNING id`,
        [staffId],
      );
      if (!row) throw new DomainError('not_found', STAFF_NOT_FOUND);
      await this.endSessionsIn(tx, staffId);
      await this.enrolments.revokeOpenIn(tx, staffId);
      await this.audit.append(tx, actor, { action: 'staff.disabled', detail: { staffId } });
      return this.viewIn(tx, staffId);
    });
  }

  /**
   * Enables a disabled account. One that never finished enrolling (its link ended when it was
   * disabled) gets a new link by email.
   */
  async enable(actor: AuditActor, staffId: string): Promise<StaffAccountView> {
    checkId(staffId);
    return this.dataSource.transaction(async (tx) => {
      const [row] = await modifyReturning<{ password_set: boolean; totp_set: boolean }>(
        tx,
        `UPDATE staff SET disabled_at = NULL, updated_at = now() WHERE id = $1
         RETURNING password_hash IS NOT NULL AS password_set, totp_secret_enc IS NOT NULL AS totp_set`,
        [staffId],
      );
      if (!row) throw new DomainError('not_found', STAFF_NOT_FOUND);
      await this.audit.append(tx, actor, { action: 'staff.enabled', detail: { staffId } });
      await this.unannounced.announce(tx);
      if (!row.password_set || !row.totp_set) {
        const [open] = await tx.query<unknown[]>(
          `SELECT 1 FROM staff_enrolments WHERE staff_id = $1 AND completed_at IS NULL AND revoked_at IS NULL`,
          [staffId],
        );
        if (!open) {
          const kind = row.password_set ? 'second_factor' : 'account';
          await this.enrolments.issueIn(tx, staffId, kind, actor, 'email');
        }
      }
      return this.viewIn(tx, staffId);
    });
  }

  /**
   * A lost or compromised second factor: the TOTP secret is erased at once (so the old device
   * stops working), sessions end, and an enrolment link sets up a new one. An account that never
   * chose a password gets a whole new enrolment link instead.
   */
  async resetSecondFactor(
    actor: AuditActor,
    staffId: string,
    delivery: EnrolmentDelivery,
  ): Promise<IssuedEnrolment> {
    checkId(staffId);
    return this.dataSource.transaction(async (tx) => {
      const [row] = await tx.query<Array<{ password_set: boolean; disabled: boolean }>>(
        `SELECT password_hash IS NOT NULL AS password_set, disabled_at IS NOT NULL AS disabled
           FROM staff WHERE id = $1 FOR UPDATE`,
        [staffId],
      );
      if (!row) throw new DomainError('not_found', STAFF_NOT_FOUND);
      if (row.disabled) {
        throw new DomainError('conflict', 'the account is disabled: enable it first');
      }
      await tx.query(`UPDATE staff SET totp_secret_enc = NULL, updated_at = now() WHERE id = $1`, [
        staffId,
      ]);
      await this.endSessionsIn(tx, staffId);
      await this.audit.append(tx, actor, {
        action: 'staff.second_factor_reset',
        detail: { staffId },
      });
      const kind = row.password_set ? 'second_factor' : 'account';
      return this.enrolments.issueIn(tx, staffId, kind, actor, delivery);
    });
  }

  /**
   * The operator's reset: a new TOTP secret, returned to be handed over in person, and sessions
   * ended. A pending second-factor link would overwrite it, so it ends too.
   */
  async replaceTotpSecret(actor: AuditActor, staffId: string): Promise<string> {
    checkId(staffId);
    const totpSecret = generateSecret();
    return this.dataSource.transaction(async (tx) => {
      if (!(await this.staff.lockRow(tx, staffId)))
        throw new DomainError('not_found', STAFF_NOT_FOUND);
      await tx.query(
        `UPDATE staff SET totp_secret_enc = $2, totp_last_step = 0, updated_at = now() WHERE id = $1`,
        [staffId, this.cipher.sealSystemSecret('staff', 'totp_secret', staffId, totpSecret)],
      );
      await tx.query(
        `UPDATE staff_enrolments SET revoked_at = now(), token_enc = NULL, totp_secret_enc = NULL
          WHERE staff_id = $1 AND kind = 'second_factor' AND completed_at IS NULL AND revoked_at IS NULL`,
        [staffId],
      );
      await this.endSessionsIn(tx, staffId);
      await this.audit.append(tx, actor, { action: 'staff.totp_reset', detail: { staffId } });
      return totpSecret;
    });
  }

  /** Immediate emails, or one daily digest listing references only. */
  async setNotificationMode(
    actor: AuditActor,
    staffId: string,
    mode: string,
    label: FieldLabel = PLAIN,
  ): Promise<StaffAccountView> {
    checkId(staffId);
    if (!(NOTIFICATION_MODES as readonly string[]).includes(mode)) {
      throw new DomainError('invalid', `${label('mode')} must be immediate or daily_digest`);
    }
    return this.dataSource.transaction(async (tx) => {
      const [row] = await modifyReturning<{ id: string }>(
        tx,
        `UPDATE staff SET notification_mode = $2, updated_at = now() WHERE id = $1 RETURNING id`,
        [staffId, mode],
      );
      if (!row) throw new DomainError('not_found', STAFF_NOT_FOUND);
      await this.audit.append(tx, actor, {
        action: 'staff.notification_mode_changed',
        detail: { staffId, mode },
      });
      return this.viewIn(tx, staffId);
    });
  }

  async list(): Promise<StaffAccountView[]> {
    const rows = await this.dataSource.query<AccountRow[]>(
      `${ACCOUNT_SELECT} ORDER BY s.role, s.email`,
    );
    return rows.map(toView);
  }

  async get(staffId: string): Promise<StaffAccountView> {
    checkId(staffId);
    return this.viewIn(this.dataSource.manager, staffId);
  }

  /** The id behind an email address (the command line names people by address). */
  async idByEmail(email: string): Promise<string> {
    const id = await this.staff.findIdByEmail(this.dataSource, email.trim().toLowerCase());
    if (id === undefined) throw new DomainError('not_found', `no staff member with email ${email}`);
    return id;
  }

  private async endSessionsIn(tx: EntityManager, staffId: string): Promise<void> {
    await tx.query(
      `UPDATE staff_sessions SET revoked_at = now() WHERE staff_id = $1 AND revoked_at IS NULL`,
      [staffId],
    );
  }

  private async viewIn(tx: EntityManager, staffId: string): Promise<StaffAccountView> {
    const [row] = await tx.query<AccountRow[]>(`${ACCOUNT_SELECT} WHERE s.id = $1`, [staffId]);
    if (!row) throw new DomainError('not_found', STAFF_NOT_FOUND);
    return toView(row);
  }
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

interface AccountRow {
  id: string;
  email: string;
  name: string;
  role: StaffRole;
  is_chair: boolean;
  notification_mode: NotificationMode;
  disabled_at: Date | null;
  created_at: Date;
  enrolled: boolean;
  enrolment_kind: EnrolmentKind | null;
  enrolment_expires_at: Date | null;
  enrolment_expired: boolean | null;
}

function toView(row: AccountRow): StaffAccountView {
  const disabled = row.disabled_at !== null;
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    isChair: row.is_chair,
    notificationMode: row.notification_mode,
    status: disabled ? 'disabled' : row.enrolled ? 'active' : 'enrolment_pending',
    disabled,
    enrolled: row.enrolled,
    enrolment:
      row.enrolment_kind && row.enrolment_expires_at
        ? {
            kind: row.enrolment_kind,
            expiresAt: row.enrolment_expires_at,
            expired: row.enrolment_expired === true,
          }
        : null,
    createdAt: row.created_at,
  };
}
