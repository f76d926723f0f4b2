import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { appConfigOf, SharedThrottles, Throttle, ThrottleState } from '@candor/platform';
import pLimit from 'p-limit';
import { DomainError } from '../common/domain-error.js';

/**
 * The sign-in limits. None of them is one bucket for everybody, so no flood can keep out a staff
 * member whose account is not under attack (README, "Staff").
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

/** Whose counts an attempt touches: the client is an opaque key, the account a hash of the email. */
export interface SignInParties {
  readonly client: string;
  readonly account: string;
}

export interface CountedFailure {
  /** Which of the client's counts this failure filled: audited once per window. */
  readonly filled: ReadonlyArray<'client' | 'client_account'>;
  /** Whether this failure paused the account (it was the last wrong code allowed). */
  readonly paused: boolean;
}

/**
 * Counts sign-in failures where they come from, never in one bucket for everybody:
 * - per client and account, and per client, in this process's memory (a client key never leaves
 *   it): password guessing from one place is refused there, and only there;
 * - per account, only when the password was right and the code wrong, in Redis (shared by every
 *   replica): whoever does that knows the password, so the account is paused for everybody;
 * - password checks run one at a time per process with a short queue, which bounds the CPU that
 *   sign-ins can take from everything else without refusing anyone for longer than a burst.
 */
@Injectable()
export class SignInThrottleService {
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

  constructor(throttles: SharedThrottles, configService: ConfigService) {
    this.wrongCodes = throttles.create(`${appConfigOf(configService).redisPrefix}:rl:login`, [
      {
        name: 'wrong_code',
        limit: SIGN_IN_LIMITS.wrongCodesPerAccount,
        windowSeconds: SIGN_IN_LIMITS.windowSeconds,
      },
    ]);
  }

  /** The parties of an attempt: the account is known by a hash of the email, whether it exists or not. */
  partiesOf(client: string, email: string): SignInParties {
    const account = createHash('sha256').update(`login:${email}`).digest('base64url').slice(0, 22);
    return { client, account };
  }

  /** The 429 of a client whose failures are spent (for every account, or for this one), or undefined. */
  async clientRefusal(parties: SignInParties): Promise<DomainError | undefined> {
    const states = await Promise.all([
      this.perClient.state([parties.client]),
      this.perClientAndAccount.state([pairOf(parties)]),
    ]);
    const blocked = states.find((state) => state.blocked);
    return blocked && rateLimited('too many failed sign-ins, try again later', blocked);
  }

  /** Whether the account is paused after wrong codes (looked up for every attempt alike). */
  pause(parties: SignInParties): Promise<ThrottleState> {
    return this.wrongCodes.state([parties.account]);
  }

  /** The 429 an attempt with both factors right gets while its account is paused. */
  pausedRefusal(pause: ThrottleState): DomainError {
    return rateLimited(
      'sign-in to this account is paused after repeated wrong one-time codes: see your email, and try again later',
      pause,
    );
  }

  /**
   * Runs a password check when its turn comes: one at a time in this process, and refused at once
   * (429, not counted) when too many are already waiting.
   */
  checkPassword<T>(check: () => Promise<T>): Promise<T> {
    if (this.passwordChecks.pendingCount >= SIGN_IN_LIMITS.waitingPasswordChecks) {
      return Promise.reject(
        new DomainError('rate_limited', 'too many sign-ins at this moment, try again in a second', {
          retryAfterSeconds: 1,
        }),
      );
    }
    return this.passwordChecks(check);
  }

  /** Counts a checked failure; a wrong code after the right password also counts for the account. */
  async recordFailure(parties: SignInParties, wrongCode: boolean): Promise<CountedFailure> {
    const [client, pair, codes] = await Promise.all([
      this.perClient.count([parties.client]),
      this.perClientAndAccount.count([pairOf(parties)]),
      wrongCode ? this.wrongCodes.count([parties.account]) : undefined,
    ]);
    return {
      filled: [
        ...(client.filled.length > 0 ? (['client'] as const) : []),
        ...(pair.filled.length > 0 ? (['client_account'] as const) : []),
      ],
      paused: Boolean(codes && codes.filled.length > 0),
    };
  }

  /** Both factors prove that the failures counted for this account were its owner's own typing. */
  async recordSuccess(parties: SignInParties): Promise<void> {
    await Promise.all([
      this.wrongCodes.reset([parties.account]),
      this.perClientAndAccount.reset([pairOf(parties)]),
    ]);
  }
}

function pairOf(parties: SignInParties): string {
  return `${parties.client} ${parties.account}`;
}

function rateLimited(message: string, state: ThrottleState): DomainError {
  return new DomainError('rate_limited', message, { retryAfterSeconds: state.retryAfterSeconds });
}
