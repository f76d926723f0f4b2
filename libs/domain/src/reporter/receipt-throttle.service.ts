import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { appConfigOf, REDIS_CLIENT } from '@candor/platform';
import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { DomainError } from '../common/domain-error.js';

const WINDOW_SECONDS = 60;
/** Wrong tries at one receipt-shaped value before that bucket is closed for a while. */
const BUCKET_FAILURES = 5;
const BUCKET_WINDOW_SECONDS = 15 * 60;

/**
 * Throttles wrong receipts. Only failures are counted (a successful sign-in leaves no trace), in
 * Redis with a short expiry so every API replica sees the same counters, falling back to memory
 * while Redis is away. There is no per-client state: one global bucket for everybody, and one
 * bucket per attempted value (keyed by a hash, never the value), so guessing around a single
 * receipt is slowed without locking its real holder out for longer than the window.
 */
@Injectable()
export class ReceiptThrottle {
  private readonly global: RateLimiterRedis;
  private readonly perValue: RateLimiterRedis;
  private readonly globalPoints: number;

  constructor(@Inject(REDIS_CLIENT) redis: Redis, configService: ConfigService) {
    const config = appConfigOf(configService);
    this.globalPoints = config.receiptFailuresPerMinute;
    const prefix = `${config.redisPrefix}:rl:receipt`;
    this.global = new RateLimiterRedis({
      storeClient: redis,
      keyPrefix: `${prefix}:all`,
      points: this.globalPoints,
      duration: WINDOW_SECONDS,
      insuranceLimiter: new RateLimiterMemory({
        points: this.globalPoints,
        duration: WINDOW_SECONDS,
      }),
    });
    this.perValue = new RateLimiterRedis({
      storeClient: redis,
      keyPrefix: `${prefix}:value`,
      points: BUCKET_FAILURES,
      duration: BUCKET_WINDOW_SECONDS,
      insuranceLimiter: new RateLimiterMemory({
        points: BUCKET_FAILURES,
        duration: BUCKET_WINDOW_SECONDS,
      }),
    });
  }

  /** Refuses with 429 when either bucket is exhausted, before the receipt is even looked up. */
  async assertOpen(attempt: string): Promise<void> {
    const [global, value] = await Promise.all([
      this.safeGet(this.global, 'all'),
      this.safeGet(this.perValue, bucketOf(attempt)),
    ]);
    const blocked = [
      global && global.consumedPoints >= this.globalPoints ? global : undefined,
      value && value.consumedPoints >= BUCKET_FAILURES ? value : undefined,
    ].filter((r): r is RateLimiterRes => r !== undefined);
    if (blocked.length > 0) {
      throw tooMany(Math.max(...blocked.map((r) => r.msBeforeNext)));
    }
  }

  async recordFailure(attempt: string): Promise<void> {
    await Promise.all([
      this.safeConsume(this.global, 'all'),
      this.safeConsume(this.perValue, bucketOf(attempt)),
    ]);
  }

  private async safeGet(limiter: RateLimiterRedis, key: string): Promise<RateLimiterRes | null> {
    try {
      return await limiter.get(key);
    } catch {
      return null;
    }
  }

  private async safeConsume(limiter: RateLimiterRedis, key: string): Promise<void> {
    try {
      await limiter.consume(key);
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
    }
  }
}

function bucketOf(attempt: string): string {
  const normalized = attempt.replace(/[\s-]/g, '').toUpperCase();
  return createHash('sha256')
    .update(`candor-receipt-bucket:${normalized}`)
    .digest('base64url')
    .slice(0, 16);
}

function tooMany(msBeforeNext: number): DomainError {
  return new DomainError('rate_limited', 'too many attempts, try again later', {
    retryAfterSeconds: Math.max(1, Math.ceil(msBeforeNext / 1000)),
  });
}
