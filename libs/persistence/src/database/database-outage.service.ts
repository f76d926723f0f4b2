import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { databaseOutageReason } from './database-unavailable.js';

const PROBE_MS = 1_000;

/**
 * Logs a database outage once when it starts and once when it ends, instead of one error (with a
 * stack) per failed request or job: under load that was tens of thousands of lines per minute of
 * outage. While the database is away, one `SELECT 1` a second finds out when it is back; the
 * closing line says how long it was away and how many requests or jobs failed meanwhile.
 */
@Injectable()
export class DatabaseOutage implements OnApplicationShutdown {
  private readonly logger = new Logger('Database');
  private since: number | undefined;
  private readonly failed = new Map<string, number>();
  private probe: NodeJS.Timeout | undefined;
  private probing = false;

  constructor(private readonly dataSource: DataSource) {}

  /** Whether an outage is going on (since the first failure, until a probe succeeds). */
  get ongoing(): boolean {
    return this.since !== undefined;
  }

  /**
   * Records the error when it is an outage and answers true; answers false (and records nothing)
   * for any other error, which the caller reports as it always did. `what` names what failed
   * ("requests", "fan-out jobs"), for the closing line.
   */
  report(error: unknown, what: string): boolean {
    const reason = databaseOutageReason(error);
    if (!reason) return false;
    this.failed.set(what, (this.failed.get(what) ?? 0) + 1);
    if (this.since === undefined) {
      this.since = Date.now();
      this.logger.warn(`PostgreSQL unavailable: ${reason}; retrying until it answers`);
      this.probe = setInterval(() => void this.check(), PROBE_MS);
      this.probe.unref();
    }
    return true;
  }

  onApplicationShutdown(): void {
    clearInterval(this.probe);
  }

  private async check(): Promise<void> {
    if (this.probing || this.since === undefined) return;
    this.probing = true;
    try {
      await this.dataSource.query('SELECT 1');
    } catch {
      return; // still away
    } finally {
      this.probing = false;
    }
    const seconds = ((Date.now() - this.since) / 1000).toFixed(1);
    const failures = [...this.failed].map(([what, count]) => `${count} ${what}`).join(', ');
    clearInterval(this.probe);
    this.since = undefined;
    this.failed.clear();
    this.logger.log(
      `PostgreSQL available again after ${seconds} s${failures ? ` (failed meanwhile: ${failures})` : ''}`,
    );
  }
}
