import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { appConfigOf, type SharedEpoch, SharedEpochs } from '@candor/platform';
import type { StaffPrincipal } from './staff-auth.service.js';

/** A session checked in the database is taken on trust for at most this long… */
export const SESSION_CHECK_MEMO_SECONDS = 60;
/** …by at most this many sessions at once per process (the oldest memo goes first). */
const MEMOS_KEPT = 10_000;

/** What a session check found, and how long it may be believed. */
export interface CheckedSession {
  readonly principal: StaffPrincipal;
  /** Seconds until the session ends by itself (its absolute or idle end), from the database. */
  readonly endsInSeconds: number;
  /**
   * A browser session's activity: due to be written again in `dueInSeconds`, then every
   * `everySeconds` while requests come (API tokens have none).
   */
  readonly activity?: { readonly dueInSeconds: number; readonly everySeconds: number };
}

/** A memo found: the principal, and whether the session's activity is due to be written. */
export interface RememberedSession {
  readonly principal: StaffPrincipal;
  readonly activityDue: boolean;
}

/** The answer to a lookup: the memo, if one may be trusted, and the epoch to keep a new one under. */
export interface SessionLookup {
  readonly remembered: RememberedSession | undefined;
  /** Undefined when the epoch cannot be read: check in the database, and keep no memo. */
  readonly epoch: string | undefined;
}

interface Memo {
  readonly principal: StaffPrincipal;
  readonly epoch: string;
  /** performance.now() after which the memo is dropped. */
  readonly until: number;
  /** performance.now() from which the session's activity is due to be written (browser only). */
  activityDueAt: number;
  readonly activityEveryMs: number;
}

/**
 * Remembers, per process, whom a staff session belongs to, so that a signed-in request need not
 * read its session row every time (it was a large part of the triage list's cost). A memo is kept
 * for at most a minute, never past the session's own end, and is trusted only while the shared
 * "staff sessions epoch" in Redis still reads what it read before the database was asked: every
 * change that ends a session or changes what the check reads (sign-out, disabling, second-factor
 * and TOTP resets, enrolment, enabling) calls `changed()` once it has committed, which drops every
 * memo in every process at once. When the epoch cannot be read, every request is checked in the
 * database again, as before.
 *
 * Memos are keyed by the API token's id or by the keyed hash of the console cookie, never by a
 * secret itself.
 */
@Injectable()
export class StaffSessionCache {
  private readonly epoch: SharedEpoch;
  private readonly memos = new Map<string, Memo>();

  constructor(epochs: SharedEpochs, configService: ConfigService) {
    this.epoch = epochs.create(
      `${appConfigOf(configService).redisPrefix}:staff-sessions:epoch`,
      SESSION_CHECK_MEMO_SECONDS * 1000,
    );
  }

  /**
   * Reads the epoch (one Redis GET), then the memo under `key` if it was kept under that epoch and
   * has not expired. Read the epoch before the database: a change committed after the read bumps
   * it after the read, so a memo kept under the value read here can only be of a check that either
   * saw the change or is dropped by its bump.
   */
  async lookup(key: string, now = performance.now()): Promise<SessionLookup> {
    const epoch = await this.epoch.current();
    if (epoch === undefined) {
      // Whatever was kept cannot be vouched for: start afresh when the epoch can be read again.
      this.memos.clear();
      return { remembered: undefined, epoch };
    }
    const memo = this.memos.get(key);
    if (memo === undefined) return { remembered: undefined, epoch };
    if (memo.epoch !== epoch || memo.until <= now) {
      this.memos.delete(key);
      return { remembered: undefined, epoch };
    }
    const activityDue = memo.activityDueAt <= now;
    // One request writes the activity; the others of the same minute need not.
    if (activityDue) memo.activityDueAt = now + memo.activityEveryMs;
    return { remembered: { principal: memo.principal, activityDue }, epoch };
  }

  /**
   * Keeps what a database check found under `key` and the epoch read before the check. The
   * principal is frozen: every request of the session gets this one object.
   */
  remember(
    key: string,
    epoch: string | undefined,
    checked: CheckedSession,
    now = performance.now(),
  ): StaffPrincipal {
    const principal = Object.freeze({ ...checked.principal });
    const seconds = Math.min(SESSION_CHECK_MEMO_SECONDS, checked.endsInSeconds);
    if (epoch === undefined || !(seconds > 0)) return principal;
    if (this.memos.size >= MEMOS_KEPT) this.memos.delete(this.memos.keys().next().value as string);
    const activity = checked.activity;
    this.memos.set(key, {
      principal,
      epoch,
      until: now + seconds * 1000,
      activityDueAt: activity ? now + activity.dueInSeconds * 1000 : Number.POSITIVE_INFINITY,
      activityEveryMs: activity ? activity.everySeconds * 1000 : Number.POSITIVE_INFINITY,
    });
    return principal;
  }

  /**
   * Sessions or accounts changed (committed): every memo, here and in every other process, is
   * dropped, and the next request of each session is checked in the database. For the services
   * that end sessions, and for whatever changes the tables behind their back (a test ageing a
   * session, a repair by hand).
   */
  async changed(): Promise<void> {
    this.memos.clear();
    await this.epoch.bump();
  }
}
