import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { appConfigOf, SharedThrottles, Throttle } from '@candor/platform';
import { DomainError } from '../common/domain-error.js';

/**
 * Throttles wrong receipts with no per-client state: one bucket shared by everybody, and one per
 * attempted value (keyed by a hash, never the value). Only failures are counted, and only failures
 * are refused: a receipt that opens a case is honoured even while the throttle is engaged, so an
 * attack on the portal never locks real reporters out (at 112 bits or more a receipt cannot be
 * guessed online; what the throttle protects is the server, from an audit entry per wrong guess).
 */
@Injectable()
export class ReceiptThrottleService {
  private readonly throttle: Throttle;

  constructor(throttles: SharedThrottles, configService: ConfigService) {
    const config = appConfigOf(configService);
    this.throttle = throttles.create(`${config.redisPrefix}:rl:receipt`, [
      { name: 'all', limit: config.receiptFailuresPerMinute, windowSeconds: 60 },
      { name: 'value', limit: 5, windowSeconds: 15 * 60 },
    ]);
  }

  /** The 429 a wrong receipt gets while either bucket is exhausted, or undefined. */
  async refusal(attempt: string): Promise<DomainError | undefined> {
    const state = await this.throttle.state(['all', bucketOf(attempt)]);
    if (!state.blocked) return undefined;
    return new DomainError('rate_limited', 'too many attempts, try again later', {
      retryAfterSeconds: state.retryAfterSeconds,
    });
  }

  /** Counts a wrong receipt; true when it is the one that engaged the throttle for everybody. */
  async recordFailure(attempt: string): Promise<boolean> {
    const { filled } = await this.throttle.count(['all', bucketOf(attempt)]);
    return filled.includes('all');
  }
}

function bucketOf(attempt: string): string {
  const normalized = attempt.replace(/[\s-]/g, '').toUpperCase();
  return createHash('sha256')
    .update(`candor-receipt-bucket:${normalized}`)
    .digest('base64url')
    .slice(0, 16);
}
