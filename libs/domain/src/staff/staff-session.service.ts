import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { CaseCipherService, constantTimeEqual, randomToken } from '@candor/platform';
import {
  StaffRepository,
  StaffSessionsRepository,
  TransactionalConnection,
  type UnitOfWork,
} from '@candor/persistence';
import type { StaffRole } from '../access/access-policy.js';
import { AuditTrailService } from '../audit/audit-trail.service.js';
import { DomainError } from '../common/domain-error.js';
import { type SignInAttempt, StaffAuthService, type StaffPrincipal } from './staff-auth.service.js';
import { StaffSessionCache } from './staff-session-cache.js';

/** A browser session ends after 30 minutes without a request… */
export const BROWSER_SESSION_IDLE_SECONDS = 30 * 60;
/** …and 8 hours after sign-in, however active (a working day; then sign in again). */
export const BROWSER_SESSION_ABSOLUTE_SECONDS = 8 * 3600;
/**
 * Activity is written at most once a minute (whether the request was checked against the row or
 * taken on a memo, StaffSessionCache), at the price of a session ending up to a minute before 30
 * idle minutes have passed.
 */
export const BROWSER_SESSION_ACTIVITY_RESOLUTION_SECONDS = 60;

/** A new browser session. `cookieValue` is the only copy of the secret: set it, never log it. */
export interface BrowserSession {
  readonly cookieValue: string;
  readonly sessionId: string;
  readonly staffId: string;
  /** The absolute end; the idle timeout may end the session earlier. */
  readonly expiresAt: Date;
}

/** randomToken(32): 43 base64url characters. Anything else is not a cookie of ours. */
const COOKIE = /^[A-Za-z0-9_-]{43}$/;
/** How many sessions' CSRF tokens are kept at most (StaffSessionService.csrfToken). */
const MAX_KEPT_CSRF_TOKENS = 1000;

/**
 * The staff console's cookie sessions. The cookie holds an opaque random token; the session row
 * (the same `staff_sessions` as the API's bearer tokens) is found by its keyed hash, so sign-out
 * and disabling an account end a browser session exactly as they end an API token. An opaque
 * token rather than a signed one, because the idle timeout needs the row anyway, and then the row
 * alone decides.
 */
@Injectable()
export class StaffSessionService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly staff: StaffRepository,
    private readonly sessions: StaffSessionsRepository,
    private readonly cipher: CaseCipherService,
    private readonly auth: StaffAuthService,
    private readonly audit: AuditTrailService,
    private readonly sessionCache: StaffSessionCache,
  ) {}

  /**
   * CSRF tokens of recent sessions: every console page carries one, and each costs a keyed hash.
   * A token is no secret from the session it belongs to (every page holds it), and it is dropped
   * with the rest when there are more than MAX_KEPT_CSRF_TOKENS.
   */
  private readonly csrfTokens = new Map<string, string>();

  /**
   * Email, password and TOTP code, with exactly the JSON API's checks, throttles and audit
   * (StaffAuthService.signIn), then a browser session.
   */
  async signIn(attempt: SignInAttempt): Promise<BrowserSession> {
    return this.auth.signIn(attempt, (tx, staffId) => this.openIn(tx, staffId));
  }

  /**
   * A browser session for an account that has just proved itself by other means (its enrolment
   * was confirmed with a TOTP code a moment ago). Refused for a disabled or unenrolled account.
   */
  async open(staffId: string): Promise<BrowserSession> {
    return this.connection.transaction(async (tx) => {
      if (!(await this.staff.canSignIn(tx, staffId)))
        throw new DomainError('unauthenticated', 'this account cannot sign in');
      const session = await this.openIn(tx, staffId);
      await this.audit.append(
        tx,
        { type: 'staff', id: staffId },
        { action: 'auth.signed_in', detail: { after: 'enrolment' } },
      );
      return session;
    });
  }

  /**
   * The signed-in staff member behind a cookie, or undefined when the session is unknown, signed
   * out, idle for 30 minutes, past its 8 hours, or its account disabled or waiting for enrolment.
   * Each accepted request moves the idle deadline (written at most once a minute). The row is read
   * at most once a minute per process while the sessions epoch stands (StaffSessionCache), the
   * memo keyed by the cookie's keyed hash.
   */
  async authenticate(cookieValue: string): Promise<StaffPrincipal | undefined> {
    if (!COOKIE.test(cookieValue)) return undefined;
    const tokenHash = this.cipher.tokenHash('staff_session', cookieValue);
    const key = `browser ${tokenHash.toString('base64url')}`;
    const { remembered, epoch } = await this.sessionCache.lookup(key);
    if (remembered) {
      if (remembered.activityDue) await this.touch(remembered.principal.sessionId);
      return remembered.principal;
    }
    const row = await this.sessions.findBrowserPrincipal(
      this.connection.autocommit,
      tokenHash,
      BROWSER_SESSION_IDLE_SECONDS,
      BROWSER_SESSION_ACTIVITY_RESOLUTION_SECONDS,
    );
    if (!row) return undefined;
    if (row.stale) await this.touch(row.session_id);
    const seenSecondsAgo = row.stale ? 0 : row.seen_seconds_ago;
    return this.sessionCache.remember(key, epoch, {
      principal: {
        id: row.id,
        role: row.role as StaffRole,
        name: row.name,
        email: row.email,
        sessionId: row.session_id,
      },
      endsInSeconds: Math.min(
        row.expires_in_seconds,
        BROWSER_SESSION_IDLE_SECONDS - seenSecondsAgo,
      ),
      activity: {
        dueInSeconds: BROWSER_SESSION_ACTIVITY_RESOLUTION_SECONDS - seenSecondsAgo,
        everySeconds: BROWSER_SESSION_ACTIVITY_RESOLUTION_SECONDS,
      },
    });
  }

  /** Signs out: the session ends at once, in the database, and the sign-out is audited. */
  async close(principal: StaffPrincipal): Promise<void> {
    await this.auth.logout(principal);
  }

  /**
   * The session's CSRF token for the console's forms (a synchronizer token): derived from the
   * session id with a server key, so it needs no storage, differs for every session and cannot
   * be computed by another site.
   */
  csrfToken(principal: Pick<StaffPrincipal, 'sessionId'>): string {
    let token = this.csrfTokens.get(principal.sessionId);
    if (token === undefined) {
      token = this.cipher.tokenHash('staff_csrf', principal.sessionId).toString('base64url');
      if (this.csrfTokens.size >= MAX_KEPT_CSRF_TOKENS) this.csrfTokens.clear();
      this.csrfTokens.set(principal.sessionId, token);
    }
    return token;
  }

  /** Whether a form's CSRF token belongs to the session that posts it. */
  checkCsrf(principal: Pick<StaffPrincipal, 'sessionId'>, token: unknown): boolean {
    return (
      typeof token === 'string' &&
      constantTimeEqual(Buffer.from(token), Buffer.from(this.csrfToken(principal)))
    );
  }

  private async touch(sessionId: string): Promise<void> {
    await this.sessions.touch(
      this.connection.autocommit,
      sessionId,
      BROWSER_SESSION_ACTIVITY_RESOLUTION_SECONDS,
    );
  }

  private async openIn(tx: UnitOfWork, staffId: string): Promise<BrowserSession> {
    const cookieValue = randomToken(32);
    const sessionId = randomUUID();
    const expiresAt = await this.sessions.insertBrowser(tx, {
      id: sessionId,
      staffId,
      tokenHash: this.cipher.tokenHash('staff_session', cookieValue),
      validSeconds: BROWSER_SESSION_ABSOLUTE_SECONDS,
    });
    return { cookieValue, sessionId, staffId, expiresAt };
  }
}
