import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import {
  type StaffEnrolmentRow,
  StaffEnrolmentsRepository,
  StaffRepository,
  TransactionalConnection,
  type UnitOfWork,
} from '@candor/persistence';
import { appConfigOf, CaseCipherService, hashPassword, randomToken } from '@candor/platform';
import { generateSecret, generateURI, verify as verifyTotp } from 'otplib';
import QRCode from 'qrcode';
import type { StaffRole } from '../access/access-policy.js';
import { AuditActor, AuditTrailService } from '../audit/audit-trail.service.js';
import { DomainError } from '../common/domain-error.js';
import { enrolmentUrl } from '../notifications/notification-templates.js';
import { OutboxEvent, OutboxService } from '../notifications/outbox.js';
import { assertAcceptablePassword } from './password-policy.js';
import { strengthEstimator } from './password-strength.js';
import { StaffSessionCache } from './staff-session-cache.js';

export const ENROLMENT_LINK_HOURS = 24;
/** The issuer shown in authenticator apps beside the account's email address. */
export const TOTP_ISSUER = 'Candor';

/** A new account (password and second factor), or a second factor set up again after a reset. */
export type EnrolmentKind = 'account' | 'second_factor';
/** Emailed through the outbox, or handed back once to the operator who asked to print it. */
export type EnrolmentDelivery = 'email' | 'printed';
export type EnrolmentStep = 'password' | 'second_factor';

export interface IssuedEnrolment {
  readonly enrolmentId: string;
  readonly staffId: string;
  readonly kind: EnrolmentKind;
  readonly expiresAt: Date;
  /** Only for `printed`: an emailed link is never handed to the person who created the account. */
  readonly url?: string;
}

/** What the enrolment pages show about a valid link. */
export interface EnrolmentView {
  readonly staffId: string;
  readonly name: string;
  readonly email: string;
  readonly role: StaffRole;
  readonly kind: EnrolmentKind;
  readonly expiresAt: Date;
  /** `password` until one is chosen (new accounts), then `second_factor`. */
  readonly nextStep: EnrolmentStep;
}

export interface SecondFactorSetup {
  /** Base32, to type into an authenticator app that cannot scan. */
  readonly secret: string;
  readonly otpauthUri: string;
  /** The otpauth URI as a QR code: an SVG document rendered on the server, no script, no request. */
  readonly qrSvg: string;
}

export type EnrolmentLinkProblem = 'unknown' | 'expired' | 'used' | 'revoked';

const LINK_MESSAGES: Record<EnrolmentLinkProblem, string> = {
  unknown: 'this enrolment link is not valid: check that it was copied whole, or ask for a new one',
  expired: 'this enrolment link has expired: ask your administrator for a new one',
  used: 'this enrolment link has already been used: sign in instead',
  revoked: 'this enrolment link is no longer valid: ask your administrator for a new one',
};

/** A link that cannot be used, with why (for the page to say so in the reader's language). */
export class EnrolmentLinkError extends DomainError {
  constructor(readonly problem: EnrolmentLinkProblem) {
    super('not_found', LINK_MESSAGES[problem]);
    this.name = 'EnrolmentLinkError';
  }
}

/** randomToken(32): 43 base64url characters. Anything else is not a link of ours. */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** The stored row, its kind and role the domain's (the columns' checks say so). */
type EnrolmentRow = StaffEnrolmentRow & { readonly kind: EnrolmentKind; readonly role: StaffRole };

/**
 * Enrolment by a single-use link, valid 24 hours: a new staff member chooses a password (checked
 * for strength), scans a TOTP QR code and confirms it with a code; only then does the account
 * become usable, and the link is spent. After a second-factor reset the same link sets up the
 * second factor alone. The link's token is stored as a keyed hash, and sealed under the system key
 * only while the worker may still have to email it. Every step is audited.
 */
@Injectable()
export class StaffEnrolmentService {
  private readonly publicBaseUrl: string;

  constructor(
    private readonly connection: TransactionalConnection,
    private readonly staff: StaffRepository,
    private readonly enrolments: StaffEnrolmentsRepository,
    private readonly cipher: CaseCipherService,
    private readonly audit: AuditTrailService,
    configService: ConfigService,
    private readonly outbox: OutboxService,
    private readonly sessionCache: StaffSessionCache,
  ) {
    this.publicBaseUrl = appConfigOf(configService).publicBaseUrl;
  }

  /**
   * A new link for the staff member, in the caller's transaction; any earlier live link stops
   * working. Emailed links are sent by the worker after the transaction commits.
   */
  async issueIn(
    tx: UnitOfWork,
    staffId: string,
    kind: EnrolmentKind,
    actor: AuditActor,
    delivery: EnrolmentDelivery,
  ): Promise<IssuedEnrolment> {
    // Two links issued at once for one person (a double click) queue here instead of colliding on
    // the one-live-link index, whether or not the caller already holds the row.
    await this.staff.lockRow(tx, staffId);
    await this.revokeOpenIn(tx, staffId);
    const id = randomUUID();
    const token = randomToken(32);
    const expiresAt = await this.enrolments.insert(tx, {
      id,
      staffId,
      kind,
      tokenHash: this.cipher.tokenHash('staff_enrolment', token),
      tokenEnc:
        delivery === 'email'
          ? this.cipher.sealSystemSecret('staff_enrolments', 'token', id, token)
          : null,
      createdBy: actor.type === 'staff' ? actor.id : null,
      validHours: ENROLMENT_LINK_HOURS,
    });
    if (delivery === 'email') {
      await this.outbox.record(tx, OutboxEvent.StaffEnrolment, null, { staffId, enrolmentId: id });
    }
    await this.audit.append(tx, actor, {
      action: 'staff.enrolment_issued',
      detail: { staffId, enrolmentId: id, kind, delivery },
    });
    const issued = { enrolmentId: id, staffId, kind, expiresAt };
    return delivery === 'printed'
      ? { ...issued, url: enrolmentUrl(this.publicBaseUrl, token) }
      : issued;
  }

  /** Ends the staff member's live link, if any (a new link, a disabled account). */
  async revokeOpenIn(tx: UnitOfWork, staffId: string): Promise<void> {
    await this.enrolments.revokeOpen(tx, staffId);
  }

  /** The link's enrolment, or EnrolmentLinkError saying why it cannot be used. */
  async open(token: string): Promise<EnrolmentView> {
    return toView(await this.valid(this.connection.autocommit, token));
  }

  /** Step 1 of a new account: the password, checked, kept on the enrolment until it is confirmed. */
  async setPassword(token: string, password: string): Promise<EnrolmentView> {
    const before = await this.valid(this.connection.autocommit, token);
    if (before.kind !== 'account') {
      throw new DomainError(
        'conflict',
        'this link sets up a second factor only: your password stays as it is',
      );
    }
    assertAcceptablePassword(password, before, await strengthEstimator());
    const passwordHash = await hashPassword(password);
    return this.connection.transaction(async (tx) => {
      const row = await this.valid(tx, token, { lock: true });
      await this.enrolments.setPassword(tx, row.id, passwordHash);
      await this.auditStarted(tx, row);
      await this.audit.append(
        tx,
        { type: 'staff', id: row.staff_id },
        { action: 'staff.enrolment_password_chosen', detail: { enrolmentId: row.id } },
      );
      return toView({ ...row, password_hash: passwordHash });
    });
  }

  /**
   * Step 2: the TOTP secret to scan. Generated on the first call and the same on every later one,
   * so that reloading the page after scanning does not invalidate what was scanned.
   */
  async secondFactor(token: string): Promise<SecondFactorSetup> {
    const setup = await this.connection.transaction(async (tx) => {
      const row = await this.valid(tx, token, { lock: true });
      if (toView(row).nextStep !== 'second_factor') {
        throw new DomainError('conflict', 'choose a password first');
      }
      if (row.totp_secret_enc) {
        return { row, secret: this.openPendingSecret(row.id, row.totp_secret_enc) };
      }
      const secret = generateSecret();
      await this.enrolments.setTotpSecret(
        tx,
        row.id,
        this.cipher.sealSystemSecret('staff_enrolments', 'totp_secret', row.id, secret),
      );
      await this.auditStarted(tx, row);
      return { row, secret };
    });
    const otpauthUri = generateURI({
      issuer: TOTP_ISSUER,
      label: setup.row.email,
      secret: setup.secret,
    });
    const qrSvg = await QRCode.toString(otpauthUri, {
      type: 'svg',
      errorCorrectionLevel: 'M',
      margin: 4,
    });
    return { secret: setup.secret, otpauthUri, qrSvg };
  }

  /**
   * Step 3: a code from the authenticator proves the secret was stored. The account then takes the
   * chosen password and the secret, and the link is spent, in one transaction. The code's time
   * step is recorded, so the same code cannot also sign in.
   */
  async confirm(token: string, code: string): Promise<{ staffId: string }> {
    const before = await this.valid(this.connection.autocommit, token);
    if (!before.totp_secret_enc) {
      throw new DomainError('conflict', 'set up the second factor first');
    }
    const secret = this.openPendingSecret(before.id, before.totp_secret_enc);
    const result = /^\d{6}$/.test(code)
      ? await verifyTotp({ secret, token: code, epochTolerance: 30 })
      : { valid: false as const };
    if (!result.valid || !('timeStep' in result)) {
      await this.connection.transaction((tx) =>
        this.audit.append(
          tx,
          { type: 'staff', id: before.staff_id },
          { action: 'staff.enrolment_code_refused', detail: { enrolmentId: before.id } },
        ),
      );
      throw new DomainError(
        'invalid',
        'the code was not accepted: enter the current 6-digit code from your authenticator app, and check that the time on your device is right',
      );
    }
    const enrolled = await this.connection.transaction(async (tx) => {
      const row = await this.valid(tx, token, { lock: true });
      if (!row.totp_secret_enc || row.id !== before.id) {
        throw new DomainError('conflict', 'set up the second factor first');
      }
      if (row.kind === 'account' && !row.password_hash) {
        throw new DomainError('conflict', 'choose a password first');
      }
      await this.staff.setEnrolledCredentials(
        tx,
        row.staff_id,
        row.kind === 'account' ? row.password_hash : null,
        this.cipher.sealSystemSecret('staff', 'totp_secret', row.staff_id, secret),
        result.timeStep,
      );
      await this.enrolments.complete(tx, row.id);
      await this.audit.append(
        tx,
        { type: 'staff', id: row.staff_id },
        { action: 'staff.enrolled', detail: { enrolmentId: row.id, kind: row.kind } },
      );
      return { staffId: row.staff_id };
    });
    // New credentials: whatever any process remembers of the account's sessions goes.
    await this.sessionCache.changed();
    return enrolled;
  }

  private openPendingSecret(enrolmentId: string, sealed: Buffer): string {
    return this.cipher.openSystemSecret('staff_enrolments', 'totp_secret', enrolmentId, sealed);
  }

  /** Audits the first step taken with a link, once. */
  private async auditStarted(tx: UnitOfWork, row: EnrolmentRow): Promise<void> {
    if (row.started_at) return;
    await this.audit.append(
      tx,
      { type: 'staff', id: row.staff_id },
      { action: 'staff.enrolment_started', detail: { enrolmentId: row.id, kind: row.kind } },
    );
  }

  private async valid(
    tx: UnitOfWork,
    token: string,
    { lock = false }: { lock?: boolean } = {},
  ): Promise<EnrolmentRow> {
    if (!TOKEN.test(token)) throw new EnrolmentLinkError('unknown');
    const row = (await this.enrolments.findByTokenHash(
      tx,
      this.cipher.tokenHash('staff_enrolment', token),
      { lock },
    )) as EnrolmentRow | undefined;
    if (!row) throw new EnrolmentLinkError('unknown');
    if (row.completed_at) throw new EnrolmentLinkError('used');
    if (row.revoked_at || row.disabled_at) throw new EnrolmentLinkError('revoked');
    if (row.expired) throw new EnrolmentLinkError('expired');
    return row;
  }
}

function toView(row: EnrolmentRow): EnrolmentView {
  return {
    staffId: row.staff_id,
    name: row.name,
    email: row.email,
    role: row.role,
    kind: row.kind,
    expiresAt: row.expires_at,
    nextStep: row.kind === 'account' && !row.password_hash ? 'password' : 'second_factor',
  };
}
