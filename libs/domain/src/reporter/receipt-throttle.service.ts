import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { appConfigOf, FailureThrottle, REDIS_CLIENT } from '@candor/platform';
import type { Redis } from 'ioredis';
import { DomainError } from '../common/domain-error.js';

/**
 * Throttles wrong receipts with no per-client state: one bucket shared by everybody, and one per
 * attempted value (keyed by a hash, never the value), so guessing around a single receipt is slowed
 * without locking its real holder out for longer than the window. Successful sign-ins leave no
 * trace.
 */
@Injectable()
export class ReceiptThrottle {
  private readonly throttle: FailureThrottle;

  constructor(@Inject(REDIS_CLIENT) redis: Redis, configService: ConfigService) {
    const config = appConfigOf(configService);
    this.throttle = new FailureThrottle(redis, `${config.redisPrefix}:rl:receipt`, [
      { name: 'all', failures: config.receiptFailuresPerMinute, windowSeconds: 60 },
      { name: 'value', failures: 5, windowSeconds: 15 * 60 },
    ]);
  }

  /** Refuses with 429 when either bucket is exhausted, before the receipt is even looked up. */
  async assertOpen(attempt: string): Promise<void> {
    const state = await this.throttle.state(['all', bucketOf(attempt)]);
    if (state.blocked) {
      throw new DomainError('rate_limited', 'too many attempts, try again later', {
        retryAfterSeconds: state.retryAfterSeconds,
      });
    }
  }

  async recordFailure(attempt: string): Promise<void> {
    await this.throttle.recordFailure(['all', bucketOf(attempt)]);
  }
}

function bucketOf(attempt: string): string {
  const normalized = attempt.replace(/[\s-]/g, '').toUpperCase();
  return createHash('sha256')
    .update(`candor-receipt-bucket:${normalized}`)
    .digest('base64url')
    .slice(0, 16);
}
