import { Injectable } from '@nestjs/common';
import {
  AccessTokenService,
  CaseCipherService,
  hashPassword,
  randomToken,
  verifyPassword,
} from '@candor/platform';
import { verify as verifyTotp } from 'otplib';
import {
  type StaffLoginRow as StoredLoginRow,
  StaffRepository,
  StaffSessionsRepository,
  TransactionalConnection,
  type UnitOfWork,
} from '@candor/persistence';
import type { StaffRole } from '../access/access-policy.js';
import { AuditActor, AuditTrailService, SYSTEM } from '../audit/audit-trail.service.js';
import { DomainError } from '../common/domain-error.js';
import { OutboxEvent, OutboxService } from '../notifications/outbox.js';
import {
  SIGN_IN_LIMITS,
  SignInParties,
  SignInThrottleService,
} from './sign-in-throttle.service.js';
import { StaffSessionCache } from './staff-session-cache.js';

/** Staff access tokens last 15 minutes; signing in again starts a new session. */
export const STAFF_SESSION_SECONDS = 15 * 60;
const WRONG_CREDENTIALS = 'email, password or one-time code not accepted';

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

/** The stored row, its role the domain's (the column's check says so). */
type StaffLoginRow = StoredLoginRow & { readonly role: StaffRole };

type EnrolledLoginRow = StaffLoginRow & { password_hash: string; totp_secret_enc: Buffer };

function isEnrolled(row: StaffLoginRow): row is EnrolledLoginRow {
  return row.password_hash !== null && row.totp_secret_enc !== null;
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
 * Failures are limited by `SignInThrottleService`: password guessing only ever refuses the client that
 * guesses; a right password with wrong codes pauses the account and tells its owner by email. A
 * pause shows only to an attempt with both factors right (429); anything else gets the usual 401,
 * so a pause never confirms a guessed password. Every failure that is checked is audited;
 * refusals before any check are not, but a client's count filling is, once
 * (`auth.sign_in_throttled`), and so is a pause (`auth.sign_in_paused`).
 */
@Injectable()
export class StaffAuthService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly staff: StaffRepository,
    private readonly sessions: StaffSessionsRepository,
    private readonly cipher: CaseCipherService,
    private readonly tokens: AccessTokenService,
    private readonly audit: AuditTrailService,
    private readonly throttle: SignInThrottleService,
    private readonly outbox: OutboxService,
    private readonly sessionCache: StaffSessionCache,
  ) {}

  /** The JSON API's sign-in: a 15-minute bearer token backed by a session row. */
  async login(attempt: SignInAttempt): Promise<{ accessToken: string; expiresAt: Date }> {
    return this.signIn(attempt, async (tx, staffId) => {
      const issued = await this.tokens.issue('staff', staffId, STAFF_SESSION_SECONDS);
      await this.sessions.insertApi(tx, issued.tokenId, staffId, issued.expiresAt);
      return { accessToken: issued.token, expiresAt: issued.expiresAt };
    });
  }

  /**
   * Checks the three factors (throttled, audited) and, in the transaction that claims the code and
   * records the sign-in, runs `openSession` for the account: an API token (login) or a browser
   * session (StaffSessionService). Every kind of session starts behind the same checks.
   */
  async signIn<T>(
    attempt: SignInAttempt,
    openSession: (tx: UnitOfWork, staffId: string) => Promise<T>,
  ): Promise<T> {
    const email = attempt.email.trim().toLowerCase();
    const parties = this.throttle.partiesOf(attempt.client, email);
    const refusal = await this.throttle.clientRefusal(parties);
    if (refusal) throw refusal;

    const row = (await this.staff.findLoginByEmail(this.connection.autocommit, email)) as
      StaffLoginRow | undefined;
    // An account waiting for enrolment (no password or no second factor yet) is refused like a
    // disabled one.
    const enabled = row && !row.disabled_at && isEnrolled(row) ? row : undefined;
    // Unknown and disabled accounts cost the same argon2 work and the same pause lookup, so
    // timing says nothing about which addresses have accounts.
    const [checked, pause] = await Promise.all([
      this.throttle.checkPassword(() =>
        enabled
          ? this.checkFactors(enabled, attempt.password, attempt.otp)
          : this.burnPasswordCheck(attempt.password),
      ),
      this.throttle.pause(parties),
    ]);
    if (enabled && checked.passwordOk && checked.step !== undefined) {
      if (!pause.blocked) return this.openSignedIn(enabled, checked.step, parties, openSession);
      await this.connection.transaction((tx) =>
        this.audit.append(tx, staffActor(enabled), {
          action: 'auth.sign_in_failed',
          detail: { paused: true },
        }),
      );
      throw this.throttle.pausedRefusal(pause);
    }
    await this.recordFailure(row, parties, Boolean(enabled && checked.passwordOk), pause.blocked);
    throw new DomainError('unauthenticated', WRONG_CREDENTIALS);
  }

  private async recordFailure(
    row: StaffLoginRow | undefined,
    parties: SignInParties,
    wrongCode: boolean,
    paused: boolean,
  ): Promise<void> {
    const counted = await this.throttle.recordFailure(parties, wrongCode && !paused);
    const actor: AuditActor = row ? staffActor(row) : SYSTEM;
    await this.connection.transaction(async (tx) => {
      await this.audit.append(tx, actor, {
        action: 'auth.sign_in_failed',
        detail: {
          ...(row ? {} : { unknownAccount: true }),
          ...(wrongCode ? { secondFactor: true } : {}),
          ...(paused ? { paused: true } : {}),
        },
      });
      for (const scope of counted.filled) {
        await this.audit.append(tx, scope === 'client' ? SYSTEM : actor, {
          action: 'auth.sign_in_throttled',
          detail: {
            scope,
            failures:
              scope === 'client' ? SIGN_IN_LIMITS.perClient : SIGN_IN_LIMITS.perClientAndAccount,
            windowSeconds: SIGN_IN_LIMITS.windowSeconds,
          },
        });
      }
      if (row && counted.paused) {
        await this.audit.append(tx, actor, {
          action: 'auth.sign_in_paused',
          detail: {
            wrongCodes: SIGN_IN_LIMITS.wrongCodesPerAccount,
            windowSeconds: SIGN_IN_LIMITS.windowSeconds,
          },
        });
        await this.outbox.record(tx, OutboxEvent.SignInPaused, null, {
          staffId: row.id,
          minutes: SIGN_IN_LIMITS.windowSeconds / 60,
        });
      }
    });
  }

  private async openSignedIn<T>(
    row: StaffLoginRow,
    step: number,
    parties: SignInParties,
    openSession: (tx: UnitOfWork, staffId: string) => Promise<T>,
  ): Promise<T> {
    const session = await this.connection.transaction(async (tx) => {
      // Record the code's time step so the same code cannot be used again (compare-and-set).
      if (!(await this.staff.claimTotpStep(tx, row.id, step)))
        throw new DomainError('unauthenticated', WRONG_CREDENTIALS);
      const opened = await openSession(tx, row.id);
      await this.audit.append(tx, staffActor(row), { action: 'auth.signed_in' });
      return opened;
    });
    await this.throttle.recordSuccess(parties);
    return session;
  }

  /**
   * The signed-in staff member behind a token, or undefined (expired, revoked, disabled, forged).
   * The session row is read at most once a minute per process while the sessions epoch stands
   * (StaffSessionCache); the token's signature and expiry are checked on every request.
   */
  async authenticate(token: string): Promise<StaffPrincipal | undefined> {
    const verified = await this.tokens.verify('staff', token);
    if (!verified) return undefined;
    const key = `api ${verified.tokenId}`;
    const { remembered, epoch } = await this.sessionCache.lookup(key);
    if (remembered && remembered.principal.id === verified.subject) return remembered.principal;
    const row = await this.sessions.findApiPrincipal(
      this.connection.autocommit,
      verified.tokenId,
      verified.subject,
    );
    if (!row) return undefined;
    return this.sessionCache.remember(key, epoch, {
      principal: {
        id: row.id,
        role: row.role as StaffRole,
        name: row.name,
        email: row.email,
        sessionId: verified.tokenId,
      },
      endsInSeconds: row.expires_in_seconds,
    });
  }

  /** Ends the session (API token or browser) at once, in every API process. */
  async logout(principal: StaffPrincipal): Promise<void> {
    await this.connection.transaction(async (tx) => {
      await this.sessions.revoke(tx, principal.sessionId);
      await this.audit.append(
        tx,
        { type: 'staff', id: principal.id },
        { action: 'auth.signed_out' },
      );
    });
    await this.sessionCache.changed();
  }

  private dummyHash?: Promise<string>;

  private async burnPasswordCheck(password: string): Promise<CheckedFactors> {
    this.dummyHash ??= hashPassword(randomToken(16));
    await verifyPassword(await this.dummyHash, password);
    return { passwordOk: false, step: undefined };
  }

  /** Both factors are always checked, whatever the first one says. */
  private async checkFactors(
    row: EnrolledLoginRow,
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
