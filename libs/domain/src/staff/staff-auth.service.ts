import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import {
  AccessTokenService,
  appConfigOf,
  CaseCipherService,
  FailureThrottle,
  hashPassword,
  randomToken,
  REDIS_CLIENT,
  verifyPassword,
} from '@candor/platform';
import type { Redis } from 'ioredis';
import { verify as verifyTotp } from 'otplib';
import { modifyReturning } from '@candor/persistence';
import { DataSource, EntityManager } from 'typeorm';
import type { StaffRole } from '../access/access-policy.js';
import { AuditTrail } from '../audit/audit-trail.service.js';
import { DomainError } from '../common/domain-error.js';

/** Staff access tokens last 15 minutes; signing in again starts a new session. */
export const STAFF_SESSION_SECONDS = 15 * 60;
const WRONG_CREDENTIALS = 'email, password or one-time code not accepted';

export interface StaffPrincipal {
  readonly id: string;
  readonly role: StaffRole;
  readonly name: string;
  readonly email: string;
  readonly sessionId: string;
}

interface StaffLoginRow {
  id: string;
  role: StaffRole;
  /** Both null until the account is enrolled; the TOTP secret alone after a second-factor reset. */
  password_hash: string | null;
  totp_secret_enc: Buffer | null;
  totp_last_step: string;
  disabled_at: Date | null;
}

type EnrolledLoginRow = StaffLoginRow & { password_hash: string; totp_secret_enc: Buffer };

function isEnrolled(row: StaffLoginRow): row is EnrolledLoginRow {
  return row.password_hash !== null && row.totp_secret_enc !== null;
}

/**
 * Sign-in with password (argon2id) and TOTP for every role, never saying which factor failed;
 * a code already used is refused. Failures are throttled per account and globally, and audited.
 * A session row backs every token, so sign-out and disabling an account end it at once.
 */
@Injectable()
export class StaffAuthService {
  private readonly throttle: FailureThrottle;

  constructor(
    private readonly dataSource: DataSource,
    private readonly cipher: CaseCipherService,
    private readonly tokens: AccessTokenService,
    private readonly audit: AuditTrail,
    @Inject(REDIS_CLIENT) redis: Redis,
    configService: ConfigService,
  ) {
    this.throttle = new FailureThrottle(
      redis,
      `${appConfigOf(configService).redisPrefix}:rl:login`,
      [
        { name: 'account', failures: 5, windowSeconds: 15 * 60 },
        { name: 'all', failures: 100, windowSeconds: 60 },
      ],
    );
  }

  /**
   * Checks the three factors (throttled, audited) and, in the transaction that claims the code and
   * records the sign-in, runs `openSession` for the account: an API token (login) or a browser
   * session (StaffSessionService). Every kind of session starts behind the same checks.
   */
  async signIn<T>(
    email: string,
    password: string,
    otp: string,
    openSession: (tx: EntityManager, staffId: string) => Promise<T>,
  ): Promise<T> {
    const normalized = email.trim().toLowerCase();
    const keys = [
      createHash('sha256').update(`login:${normalized}`).digest('base64url').slice(0, 22),
      'all',
    ];
    const state = await this.throttle.state(keys);
    if (state.blocked) {
      throw new DomainError('rate_limited', 'too many failed sign-ins, try again later', {
        retryAfterSeconds: state.retryAfterSeconds,
      });
    }
    const [row] = await this.dataSource.query<StaffLoginRow[]>(
      `SELECT id, role, password_hash, totp_secret_enc, totp_last_step::text AS totp_last_step, disabled_at FROM staff WHERE email = $1`,
      [normalized],
    );
    // Unknown and disabled accounts cost the same argon2 work, so timing says nothing about
    // which addresses have accounts. An account waiting for enrolment (no password or no second
    // factor yet) is refused like a disabled one.
    const step =
      row && !row.disabled_at && isEnrolled(row)
        ? await this.checkFactors(row, password, otp)
        : await this.burnPasswordCheck(password);
    if (!row || step === undefined) {
      await this.throttle.recordFailure(keys);
      await this.dataSource.transaction((tx) =>
        this.audit.append(tx, row ? { type: 'staff', id: row.id } : { type: 'system' }, {
          action: 'auth.sign_in_failed',
          detail: row ? {} : { unknownAccount: true },
        }),
      );
      throw new DomainError('unauthenticated', WRONG_CREDENTIALS);
    }
    return this.dataSource.transaction(async (tx) => {
      // Record the code's time step so the same code cannot be used again (compare-and-set).
      const claimed = await modifyReturning<{ id: string }>(
        tx,
        `UPDATE staff SET totp_last_step = $2 WHERE id = $1 AND totp_last_step < $2 RETURNING id`,
        [row.id, step],
      );
      if (claimed.length === 0) throw new DomainError('unauthenticated', WRONG_CREDENTIALS);
      const session = await openSession(tx, row.id);
      await this.audit.append(tx, { type: 'staff', id: row.id }, { action: 'auth.signed_in' });
      return session;
    });
  }

  /** The JSON API's sign-in: a 15-minute bearer token backed by a session row. */
  async login(
    email: string,
    password: string,
    otp: string,
  ): Promise<{ accessToken: string; expiresAt: Date }> {
    return this.signIn(email, password, otp, async (tx, staffId) => {
      const issued = await this.tokens.issue('staff', staffId, STAFF_SESSION_SECONDS);
      await tx.query(
        `INSERT INTO staff_sessions (id, staff_id, created_at, expires_at) VALUES ($1, $2, now(), $3)`,
        [issued.tokenId, staffId, issued.expiresAt],
      );
      return { accessToken: issued.token, expiresAt: issued.expiresAt };
    });
  }

  /** The signed-in staff member behind a token, or undefined (expired, revoked, disabled, forged). */
  async authenticate(token: string): Promise<StaffPrincipal | undefined> {
    const verified = await this.tokens.verify('staff', token);
    if (!verified) return undefined;
    const [row] = await this.dataSource.query<
      Array<{ id: string; role: StaffRole; name: string; email: string }>
    >(
      `SELECT s.id, s.role, s.name, s.email
         FROM staff_sessions ss JOIN staff s ON s.id = ss.staff_id
        WHERE ss.id = $1 AND ss.staff_id = $2 AND ss.kind = 'api' AND ss.revoked_at IS NULL AND ss.expires_at > now() AND s.disabled_at IS NULL`,
      [verified.tokenId, verified.subject],
    );
    return row ? { ...row, sessionId: verified.tokenId } : undefined;
  }

  async logout(principal: StaffPrincipal): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      await tx.query(
        `UPDATE staff_sessions SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL`,
        [principal.sessionId],
      );
      await this.audit.append(
        tx,
        { type: 'staff', id: principal.id },
        { action: 'auth.signed_out' },
      );
    });
  }

  private dummyHash?: Promise<string>;

  private async burnPasswordCheck(password: string): Promise<undefined> {
    this.dummyHash ??= hashPassword(randomToken(16));
    await verifyPassword(await this.dummyHash, password);
    return undefined;
  }

  /** The TOTP time step of a valid code, or undefined. Both factors are always checked. */
  private async checkFactors(
    row: EnrolledLoginRow,
    password: string,
    otp: string,
  ): Promise<number | undefined> {
    const passwordOk = await verifyPassword(row.password_hash, password);
    const secret = this.cipher.openSystemSecret(
      'staff',
      'totp_secret',
      row.id,
      row.totp_secret_enc,
    );
    const result = /^\d{6}$/.test(otp)
      ? await verifyTotp({
          secret,
          token: otp,
          epochTolerance: 30,
          afterTimeStep: Number(row.totp_last_step),
        })
      : { valid: false as const };
    return passwordOk && result.valid && 'timeStep' in result ? result.timeStep : undefined;
  }
}
