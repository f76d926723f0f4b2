import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';

export interface FailureBucket {
  /** Distinguishes this bucket's keys in Redis. */
  readonly name: string;
  readonly failures: number;
  readonly windowSeconds: number;
}

export interface ThrottleState {
  readonly blocked: boolean;
  readonly retryAfterSeconds: number;
}

/**
 * Counts failures (never successes) in Redis, so every API replica sees the same counters, with a
 * short expiry; while Redis is away, counting falls back to this process's memory. Keys are
 * whatever the caller passes: callers pass hashes, never an address or a secret.
 */
export class FailureThrottle {
  private readonly limiters: Array<{ bucket: FailureBucket; limiter: RateLimiterRedis }>;

  constructor(redis: Redis, prefix: string, buckets: readonly FailureBucket[]) {
    this.limiters = buckets.map((bucket) => ({
      bucket,
      limiter: new RateLimiterRedis({
        storeClient: redis,
        keyPrefix: `${prefix}:${bucket.name}`,
        points: bucket.failures,
        duration: bucket.windowSeconds,
        insuranceLimiter: new RateLimiterMemory({
          points: bucket.failures,
          duration: bucket.windowSeconds,
        }),
      }),
    }));
  }

  /** Whether any bucket is exhausted for its key (keys given in bucket order). */
  async state(keys: readonly string[]): Promise<ThrottleState> {
    const results = await Promise.all(
      this.limiters.map(async ({ bucket, limiter }, i) => {
        const res = await limiter.get(keys[i]).catch(() => null);
        return res && res.consumedPoints >= bucket.failures ? res.msBeforeNext : 0;
      }),
    );
    const waitMs = Math.max(0, ...results);
    return { blocked: waitMs > 0, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
  }

  /**
   * Counts one failure in every bucket; returns the names of the buckets this very failure
   * exhausted (each bucket is reported once per window, by the one caller that tripped it).
   */
  async recordFailure(keys: readonly string[]): Promise<string[]> {
    const tripped = await Promise.all(
      this.limiters.map(({ bucket, limiter }, i) =>
        limiter.consume(keys[i]).then(
          (res) => (res.consumedPoints === bucket.failures ? bucket.name : undefined),
          (rejection: unknown) => {
            if (!(rejection instanceof RateLimiterRes)) throw rejection;
            return undefined;
          },
        ),
      ),
    );
    return tripped.filter((name): name is string => name !== undefined);
  }
}
