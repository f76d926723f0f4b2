import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import {
  AccessTokenService,
  appConfigOf,
  CaseCipherService,
  hashPassword,
  randomToken,
  REDIS_CLIENT,
  Throttle,
  ThrottleState,
  verifyPassword,
} from '@candor/platform';
import type { Redis } from 'ioredis';
import { verify as verifyTotp } from 'otplib';
import pLimit from 'p-limit';
import { modifyReturning } from '@candor/persistence';
import { DataSource } from 'typeorm';
import type { StaffRole } from '../access/access-policy.js';
import { AuditActor, AuditTrail, SYSTEM } from '../audit/audit-trail.service.js';
import { DomainError } from '../common/domain-error.js';
import { OutboxEvent, recordOutboxEvent } from '../notifications/outbox.js';

/** Staff access tokens last 15 minutes; signing in again starts a new session. */
export const STAFF_SESSION_SECONDS = 15 * 60;
const WRONG_CREDENTIALS = 'email, password or one-time code not accepted';

/**
 * The sign-in limits. None of them is one bucket for everybody, so no flood can keep out a staff
 * member who is not under attack (README, "Staff").
 */
export const SIGN_IN_LIMITS = {
  windowSeconds: 15 * 60,
  /** Failed sign-ins for one account from one client, then 429 for that pair. */
  perClientAndAccount: 5,
  /** Failed sign-ins from one client whatever the accounts, then 429 for that client. */
  perClient: 30,
  /**
   * Right password, wrong code, from anywhere: then the account is paused for the rest of the
   * window and its owner is emailed.
   */
  wrongCodesPerAccount: 5,
  /** Password checks (argon2id: tens of milliseconds of one core each) at once in this process. */
  concurrentPasswordChecks: 1,
  /** Sign-ins waiting for a password check, beyond which more are refused at once. */
  waitingPasswordChecks: 16,
} as const;

export interface SignInAttempt {
  readonly email: string;
  readonly password: string;
  readonly otp: string;
  /**
   * The connecting client as an opaque key (the HTTP layer's hash of the address under a salt that
   * never leaves the process), so that one client's failures are counted apart from everyone
   * else's. It is kept in this process's memory only, never in Redis, the database or a log.
   */
  readonly client: string;
}

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
  password_hash: string;
  totp_secret_enc: Buffer;
  totp_last_step: string;
  disabled_at: Date | null;
}

interface CheckedFactors {
  readonly passwordOk: boolean;
  /** The TOTP time step of a valid, unused code. */
  readonly step: number | undefined;
}

/**
 * Sign-in with password (argon2id) and TOTP for every role, never saying which factor failed;
 * a code already used is refused. A session row backs every token, so sign-out and disabling an
 * account end it at once.
 *
 * Failures are counted where they come from, never in one bucket for everybody:
 * - per client and account, and per client (this process's memory): password guessing from one
 *   place is refused there, and only there, with 429;
 * - per account, only when the password was right and the code wrong (Redis, shared by every
 *   replica): whoever does that knows the password, so the account is paused for everybody and its
 *   owner is told by email. A pause shows only to someone who gives both factors (429); anyone
 *   else gets the usual 401, so a pause never confirms a guessed password;
 * - password checks run one at a time per process with a short queue, which bounds the CPU that
 *   sign-ins can take from everything else.
 * Every failure that is checked is audited; refusals before any check are not, but the moment a
 * client's count fills is (`auth.sign_in_throttled`), as is a pause (`auth.sign_in_paused`).
 */
@Injectable()
export class StaffAuthService {
  private readonly perClient = Throttle.local([
    {
      name: 'client',
      limit: SIGN_IN_LIMITS.perClient,
      windowSeconds: SIGN_IN_LIMITS.windowSeconds,
    },
  ]);
  private readonly perClientAndAccount = Throttle.local([
    {
      name: 'client_account',
      limit: SIGN_IN_LIMITS.perClientAndAccount,
      windowSeconds: SIGN_IN_LIMITS.windowSeconds,
    },
  ]);
  private readonly wrongCodes: Throttle;
  private readonly passwordChecks = pLimit(SIGN_IN_LIMITS.concurrentPasswordChecks);

  constructor(
    private readonly dataSource: DataSource,
    private readonly cipher: CaseCipherService,
    private readonly tokens: AccessTokenService,
    private readonly audit: AuditTrail,
    @Inject(REDIS_CLIENT) redis: Redis,
    configService: ConfigService,
  ) {
    this.wrongCodes = Throttle.shared(redis, `${appConfigOf(configService).redisPrefix}:rl:login`, [
      {
        name: 'wrong_code',
        limit: SIGN_IN_LIMITS.wrongCodesPerAccount,
        windowSeconds: SIGN_IN_LIMITS.windowSeconds,
      },
    ]);
  }

  async login(attempt: SignInAttempt): Promise<{ accessToken: string; expiresAt: Date }> {
    const normalized = attempt.email.trim().toLowerCase();
    const account = createHash('sha256')
      .update(`login:${normalized}`)
      .digest('base64url')
      .slice(0, 22);
    const client = [attempt.client];
    const clientAndAccount = [`${attempt.client} ${account}`];
    const [fromClient, fromClientForAccount] = await Promise.all([
      this.perClient.state(client),
      this.perClientAndAccount.state(clientAndAccount),
    ]);
    for (const state of [fromClient, fromClientForAccount]) {
      if (state.blocked) throw rateLimited('too many failed sign-ins, try again later', state);
    }

    const [row] = await this.dataSource.query<StaffLoginRow[]>(
      `SELECT id, role, password_hash, totp_secret_enc, totp_last_step::text AS totp_last_step, disabled_at FROM staff WHERE email = $1`,
      [normalized],
    );
    const enabled = row && !row.disabled_at ? row : undefined;
    // Unknown and disabled accounts cost the same argon2 work and the same pause lookup, so
    // timing says nothing about which addresses have accounts.
    const [checked, paused] = await Promise.all([
      this.checkPassword(() =>
        enabled
          ? this.checkFactors(enabled, attempt.password, attempt.otp)
          : this.burnPasswordCheck(attempt.password),
      ),
      this.wrongCodes.state([account]),
    ]);
    if (enabled && checked.passwordOk && checked.step !== undefined) {
      if (!paused.blocked) {
        return this.signIn(enabled, checked.step, [account], clientAndAccount);
      }
      await this.dataSource.transaction((tx) =>
        this.audit.append(tx, staffActor(enabled), {
          action: 'auth.sign_in_failed',
          detail: { paused: true },
        }),
      );
      throw rateLimited(
        'sign-in to this account is paused after repeated wrong one-time codes: see your email, and try again later',
        paused,
      );
    }

    const wrongCode = Boolean(enabled && checked.passwordOk);
    const [clientCount, pairCount, codeCount] = await Promise.all([
      this.perClient.count(client),
      this.perClientAndAccount.count(clientAndAccount),
      wrongCode && !paused.blocked ? this.wrongCodes.count([account]) : undefined,
    ]);
    const actor: AuditActor = row ? staffActor(row) : SYSTEM;
    await this.dataSource.transaction(async (tx) => {
      await this.audit.append(tx, actor, {
        action: 'auth.sign_in_failed',
        detail: {
          ...(row ? {} : { unknownAccount: true }),
          ...(wrongCode ? { secondFactor: true } : {}),
          ...(paused.blocked ? { paused: true } : {}),
        },
      });
      if (clientCount.filled.length > 0) {
        await this.audit.append(tx, SYSTEM, throttledEntry('client', SIGN_IN_LIMITS.perClient));
      }
      if (pairCount.filled.length > 0) {
        await this.audit.append(
          tx,
          actor,
          throttledEntry('client_account', SIGN_IN_LIMITS.perClientAndAccount),
        );
      }
      if (enabled && codeCount && codeCount.filled.length > 0) {
        await this.audit.append(tx, staffActor(enabled), {
          action: 'auth.sign_in_paused',
          detail: {
            wrongCodes: SIGN_IN_LIMITS.wrongCodesPerAccount,
            windowSeconds: SIGN_IN_LIMITS.windowSeconds,
          },
        });
        await recordOutboxEvent(tx, OutboxEvent.SignInPaused, null, {
          staffId: enabled.id,
          minutes: SIGN_IN_LIMITS.windowSeconds / 60,
        });
      }
    });
    throw new DomainError('unauthenticated', WRONG_CREDENTIALS);
  }

  private async signIn(
    row: StaffLoginRow,
    step: number,
    account: string[],
    clientAndAccount: string[],
  ): Promise<{ accessToken: string; expiresAt: Date }> {
    const session = await this.dataSource.transaction(async (tx) => {
      // Record the code's time step so the same code cannot be used again (compare-and-set).
      const claimed = await modifyReturning<{ id: string }>(
        tx,
        `UPDATE staff SET totp_last_step = $2 WHERE id = $1 AND totp_last_step < $2 RETURNING id`,
        [row.id, step],
      );
      if (claimed.length === 0) throw new DomainError('unauthenticated', WRONG_CREDENTIALS);
      const issued = await this.tokens.issue('staff', row.id, STAFF_SESSION_SECONDS);
      await tx.query(
        `INSERT INTO staff_sessions (id, staff_id, created_at, expires_at) VALUES ($1, $2, now(), $3)`,
        [issued.tokenId, row.id, issued.expiresAt],
      );
      await this.audit.append(tx, staffActor(row), { action: 'auth.signed_in' });
      return { accessToken: issued.token, expiresAt: issued.expiresAt };
    });
    // Both factors prove that the failures counted for this account were its owner's own typing.
    await Promise.all([
      this.wrongCodes.reset(account),
      this.perClientAndAccount.reset(clientAndAccount),
    ]);
    return session;
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
        WHERE ss.id = $1 AND ss.staff_id = $2 AND ss.revoked_at IS NULL AND ss.expires_at > now() AND s.disabled_at IS NULL`,
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

  private async burnPasswordCheck(password: string): Promise<CheckedFactors> {
    this.dummyHash ??= hashPassword(randomToken(16));
    await verifyPassword(await this.dummyHash, password);
    return { passwordOk: false, step: undefined };
  }

  /**
   * Runs a password check when its turn comes: one at a time in this process, so that sign-ins
   * never take more than one core from everything else, and refused at once (429, not counted)
   * when too many are already waiting.
   */
  private checkPassword(check: () => Promise<CheckedFactors>): Promise<CheckedFactors> {
    if (this.passwordChecks.pendingCount >= SIGN_IN_LIMITS.waitingPasswordChecks) {
      return Promise.reject(
        rateLimited('too many sign-ins at this moment, try again in a second', {
          blocked: true,
          retryAfterSeconds: 1,
        }),
      );
    }
    return this.passwordChecks(check);
  }

  /** Both factors are always checked, whatever the first one says. */
  private async checkFactors(
    row: StaffLoginRow,
    password: string,
    otp: string,
  ): Promise<CheckedFactors> {
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
    return {
      passwordOk,
      step: result.valid && 'timeStep' in result ? result.timeStep : undefined,
    };
  }
}

function staffActor(row: { id: string }): AuditActor {
  return { type: 'staff', id: row.id };
}

function rateLimited(message: string, state: ThrottleState): DomainError {
  return new DomainError('rate_limited', message, { retryAfterSeconds: state.retryAfterSeconds });
}

function throttledEntry(scope: 'client' | 'client_account', failures: number) {
  return {
    action: 'auth.sign_in_throttled',
    detail: { scope, failures, windowSeconds: SIGN_IN_LIMITS.windowSeconds },
  };
}
