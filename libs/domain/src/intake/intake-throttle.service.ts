import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { appConfigOf, SharedThrottles, Throttle, ThrottleState } from '@candor/platform';
import { DomainError } from '../common/domain-error.js';

const KEY = 'all';
const KEYS = [KEY];

/**
 * The limit on reports from the public: `INTAKE_REPORTS_PER_MINUTE` reports taken per minute from
 * everybody together (reporter routes keep no per-client state), counted in Redis so that every
 * API replica spends the same budget. Only reports that passed every check are counted: a
 * malformed body or a refused file is answered 4xx without touching the budget, so junk costs
 * whoever sends it and never the next real reporter. Whoever wants to exhaust the budget has to
 * send complete reports, each of which becomes a case on the record.
 */
@Injectable()
export class IntakeThrottleService {
  private readonly throttle: Throttle;
  readonly reportsPerMinute: number;

  constructor(throttles: SharedThrottles, configService: ConfigService) {
    const config = appConfigOf(configService);
    this.reportsPerMinute = config.intakeReportsPerMinute;
    this.throttle = throttles.create(`${config.redisPrefix}:rl:intake`, [
      { name: KEY, limit: this.reportsPerMinute, windowSeconds: 60 },
    ]);
  }

  /**
   * Refuses at once while this process knows the budget is spent: before any file is inspected or
   * re-encoded, and without asking Redis.
   */
  assertOpen(): void {
    const state = this.throttle.remembered(KEYS);
    if (state.blocked) throw refusal(state);
  }

  /**
   * Counts one report that passed every check, or refuses it when the budget is spent. True when
   * this report was the last the budget allowed: the moment to audit, once per window.
   */
  async admit(): Promise<boolean> {
    const result = await this.throttle.take(KEYS);
    if (result.blocked) throw refusal(result);
    return result.filled.length > 0;
  }
}

function refusal(state: ThrottleState): DomainError {
  return new DomainError('rate_limited', 'too many reports right now, try again in a minute', {
    retryAfterSeconds: state.retryAfterSeconds,
  });
}
