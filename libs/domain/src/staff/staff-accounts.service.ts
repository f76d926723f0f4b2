import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { CaseCipherService, generatePassword, hashPassword } from '@candor/platform';
import {
  type StaffAccountRow,
  StaffEnrolmentsRepository,
  StaffRepository,
  StaffSessionsRepository,
  TransactionalConnection,
  type UnitOfWork,
} from '@candor/persistence';
import { generateSecret } from 'otplib';
import { isStaffRole, STAFF_ROLES, type StaffRole } from '../access/access-policy.js';
import { AuditActor, AuditTrailService } from '../audit/audit-trail.service.js';
import { DomainError } from '../common/domain-error.js';
import { UnannouncedEventsService } from '../notifications/unannounced-events.service.js';
import {
  type EnrolmentDelivery,
  type EnrolmentKind,
  type IssuedEnrolment,
  StaffEnrolmentService,
} from './staff-enrolment.service.js';
import { isUuid } from '../common/uuid.js';
import { StaffSessionCache } from './staff-session-cache.js';

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
export class StaffAccountsService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly staff: StaffRepository,
    private readonly enrolmentRows: StaffEnrolmentsRepository,
    private readonly sessions: StaffSessionsRepository,
    private readonly cipher: CaseCipherService,
    private readonly audit: AuditTrailService,
    private readonly enrolments: StaffEnrolmentService,
    private readonly unannounced: UnannouncedEventsService,
    private readonly sessionCache: StaffSessionCache,
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
    return this.connection.transaction(async (tx) => {
      if ((await this.staff.findIdByEmail(tx, email)) !== undefined)
        throw new DomainError('conflict', `a staff member with email ${email} already exists`);
      await this.staff.insert(tx, {
        id,
        email,
        name,
        role,
        passwordHash,
        totpSecretEnc:
          totpSecret === undefined
            ? null
            : this.cipher.sealSystemSecret('staff', 'totp_secret', id, totpSecret),
        nameIndex: this.cipher.nameIndex(name),
        emailIndex: this.cipher.emailIndex(email),
        isChair: input.isChair ?? false,
      });
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
    return this.changingSignIn(async (tx) => {
      if (!(await this.staff.disable(tx, staffId)))
        throw new DomainError('not_found', STAFF_NOT_FOUND);
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
    return this.changingSignIn(async (tx) => {
      const row = await this.staff.enable(tx, staffId);
      if (!row) throw new DomainError('not_found', STAFF_NOT_FOUND);
      await this.audit.append(tx, actor, { action: 'staff.enabled', detail: { staffId } });
      await this.unannounced.announce(tx);
      if (!row.password_set || !row.totp_set) {
        if (!(await this.enrolmentRows.hasOpen(tx, staffId))) {
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
    return this.changingSignIn(async (tx) => {
      const row = await this.staff.lockResetState(tx, staffId);
      if (!row) throw new DomainError('not_found', STAFF_NOT_FOUND);
      if (row.disabled) {
        throw new DomainError('conflict', 'the account is disabled: enable it first');
      }
      await this.staff.eraseTotpSecret(tx, staffId);
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
    return this.changingSignIn(async (tx) => {
      if (!(await this.staff.lockRow(tx, staffId)))
        throw new DomainError('not_found', STAFF_NOT_FOUND);
      await this.staff.replaceTotpSecret(
        tx,
        staffId,
        this.cipher.sealSystemSecret('staff', 'totp_secret', staffId, totpSecret),
      );
      await this.enrolmentRows.revokeOpenSecondFactor(tx, staffId);
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
    return this.connection.transaction(async (tx) => {
      if (!(await this.staff.setNotificationMode(tx, staffId, mode)))
        throw new DomainError('not_found', STAFF_NOT_FOUND);
      await this.audit.append(tx, actor, {
        action: 'staff.notification_mode_changed',
        detail: { staffId, mode },
      });
      return this.viewIn(tx, staffId);
    });
  }

  async list(): Promise<StaffAccountView[]> {
    const rows = await this.staff.listAccounts(this.connection.autocommit);
    return rows.map(toView);
  }

  async get(staffId: string): Promise<StaffAccountView> {
    checkId(staffId);
    return this.viewIn(this.connection.autocommit, staffId);
  }

  /** The id behind an email address (the command line names people by address). */
  async idByEmail(email: string): Promise<string> {
    const id = await this.staff.findIdByEmail(
      this.connection.autocommit,
      email.trim().toLowerCase(),
    );
    if (id === undefined) throw new DomainError('not_found', `no staff member with email ${email}`);
    return id;
  }

  /**
   * A change to what the session check reads (whether the account is enabled, its credentials, its
   * sessions), in one transaction; once it has committed, every API process drops what it
   * remembers of sessions (StaffSessionCache), so the change holds for the very next request.
   * Notification mode and the like are not read by the check and need not go through here.
   */
  private async changingSignIn<T>(work: (tx: UnitOfWork) => Promise<T>): Promise<T> {
    const result = await this.connection.transaction(work);
    await this.sessionCache.changed();
    return result;
  }

  private async endSessionsIn(tx: UnitOfWork, staffId: string): Promise<void> {
    await this.sessions.revokeAllOf(tx, staffId);
  }

  private async viewIn(tx: UnitOfWork, staffId: string): Promise<StaffAccountView> {
    const row = await this.staff.findAccount(tx, staffId);
    if (!row) throw new DomainError('not_found', STAFF_NOT_FOUND);
    return toView(row);
  }
}

/** The row as stored: its role, mode and link kind are the domain's (the columns' checks say so). */
function toView(row: StaffAccountRow): StaffAccountView {
  const disabled = row.disabled_at !== null;
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role as StaffRole,
    isChair: row.is_chair,
    notificationMode: row.notification_mode as NotificationMode,
    status: disabled ? 'disabled' : row.enrolled ? 'active' : 'enrolment_pending',
    disabled,
    enrolled: row.enrolled,
    enrolment:
      row.enrolment_kind && row.enrolment_expires_at
        ? {
            kind: row.enrolment_kind as EnrolmentKind,
            expiresAt: row.enrolment_expires_at,
            expired: row.enrolment_expired === true,
          }
        : null,
    createdAt: row.created_at,
  };
}
