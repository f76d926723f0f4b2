import { Injectable } from '@nestjs/common';
import { must } from '@candor/platform/checks/must.js';
import type { SqlRunner } from '../database/returning.js';

/** The signed-in staff member behind a live session, and when the session ends at the latest. */
export interface StaffSessionPrincipalRow {
  readonly id: string;
  readonly role: string;
  readonly name: string;
  readonly email: string;
  /** Seconds from now to the session's absolute end, by the database's clock. */
  readonly expires_in_seconds: number;
}

/** A live browser session and its staff member; `stale` when its activity is due to be written. */
export interface BrowserSessionRow extends StaffSessionPrincipalRow {
  readonly session_id: string;
  readonly stale: boolean;
  /** Seconds since the activity last written, by the database's clock. */
  readonly seen_seconds_ago: number;
}

/** A new browser session, found later by its cookie's keyed hash. */
export interface NewBrowserSession {
  readonly id: string;
  readonly staffId: string;
  readonly tokenHash: Buffer;
  /** Its absolute end, from now, whatever the activity. */
  readonly validSeconds: number;
}

/**
 * The `staff_sessions` table: one row behind every API token (`api`) and console cookie
 * (`browser`), so that signing out or disabling an account ends either at once.
 */
@Injectable()
export class StaffSessionsRepository {
  /** The session behind an API token, by the token's id. */
  async insertApi(tx: SqlRunner, id: string, staffId: string, expiresAt: Date): Promise<void> {
    await tx.query(
      `INSERT INTO staff_sessions (id, staff_id, created_at, expires_at) VALUES ($1, $2, now(), $3)`,
      [id, staffId, expiresAt],
    );
  }

  /** Writes a browser session and answers when it ends at the latest. */
  async insertBrowser(tx: SqlRunner, session: NewBrowserSession): Promise<Date> {
    const rows = (await tx.query(
      `INSERT INTO staff_sessions (id, staff_id, kind, token_hash, created_at, last_seen_at, expires_at)
       VALUES ($1, $2, 'browser', $3, now(), now(), now() + make_interval(secs => $4))
       RETURNING expires_at`,
      [session.id, session.staffId, session.tokenHash, session.validSeconds],
    )) as Array<{ expires_at: Date }>;
    return must(rows[0], 'the row INSERT INTO staff_sessions … RETURNING answers').expires_at;
  }

  /**
   * The staff member behind a live API session (not revoked, not expired, account enabled);
   * undefined otherwise.
   */
  async findApiPrincipal(
    tx: SqlRunner,
    sessionId: string,
    staffId: string,
  ): Promise<StaffSessionPrincipalRow | undefined> {
    const rows = (await tx.query(
      `SELECT s.id, s.role, s.name, s.email,
              extract(epoch FROM ss.expires_at - now())::float8 AS expires_in_seconds
         FROM staff_sessions ss JOIN staff s ON s.id = ss.staff_id
        WHERE ss.id = $1 AND ss.staff_id = $2 AND ss.kind = 'api' AND ss.revoked_at IS NULL AND ss.expires_at > now() AND s.disabled_at IS NULL`,
      [sessionId, staffId],
    )) as StaffSessionPrincipalRow[];
    return rows[0];
  }

  /**
   * The live browser session with this cookie hash: not revoked, before its absolute end, seen
   * within `idleSeconds`, its account enabled and enrolled. `stale` when it was last seen
   * `resolutionSeconds` ago or more.
   */
  async findBrowserPrincipal(
    tx: SqlRunner,
    tokenHash: Buffer,
    idleSeconds: number,
    resolutionSeconds: number,
  ): Promise<BrowserSessionRow | undefined> {
    const rows = (await tx.query(
      `SELECT ss.id AS session_id, s.id, s.role, s.name, s.email,
              ss.last_seen_at <= now() - make_interval(secs => $3) AS stale,
              extract(epoch FROM ss.expires_at - now())::float8 AS expires_in_seconds,
              extract(epoch FROM now() - ss.last_seen_at)::float8 AS seen_seconds_ago
         FROM staff_sessions ss JOIN staff s ON s.id = ss.staff_id
        WHERE ss.token_hash = $1 AND ss.kind = 'browser' AND ss.revoked_at IS NULL
          AND ss.expires_at > now() AND ss.last_seen_at > now() - make_interval(secs => $2)
          AND s.disabled_at IS NULL AND s.password_hash IS NOT NULL AND s.totp_secret_enc IS NOT NULL`,
      [tokenHash, idleSeconds, resolutionSeconds],
    )) as BrowserSessionRow[];
    return rows[0];
  }

  /** Records activity, unless it was recorded less than `resolutionSeconds` ago. */
  async touch(tx: SqlRunner, id: string, resolutionSeconds: number): Promise<void> {
    await tx.query(
      `UPDATE staff_sessions SET last_seen_at = now()
          WHERE id = $1 AND last_seen_at <= now() - make_interval(secs => $2)`,
      [id, resolutionSeconds],
    );
  }

  /** Ends one session (sign-out). */
  async revoke(tx: SqlRunner, id: string): Promise<void> {
    await tx.query(
      `UPDATE staff_sessions SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL`,
      [id],
    );
  }

  /** Ends every session of a staff member (disabled, second factor reset). */
  async revokeAllOf(tx: SqlRunner, staffId: string): Promise<void> {
    await tx.query(
      `UPDATE staff_sessions SET revoked_at = now() WHERE staff_id = $1 AND revoked_at IS NULL`,
      [staffId],
    );
  }
}
