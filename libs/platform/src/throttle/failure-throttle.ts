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

/** Bounds the memory of exhausted buckets remembered in this process. */
const REMEMBERED_BLOCKS = 10_000;

function blockedFor(waitMs: number): ThrottleState {
  return { blocked: true, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
}

/**
 * Counts failures (never successes) in Redis, so every API replica sees the same counters, with a
 * short expiry; while Redis is away, counting falls back to this process's memory. Keys are
 * whatever the caller passes: callers pass hashes, never an address or a secret. A bucket seen
 * exhausted is remembered in this process until its window ends (clearing it in Redis does not
 * reopen it here sooner).
 */
export class FailureThrottle {
  private readonly limiters: Array<{ bucket: FailureBucket; limiter: RateLimiterRedis }>;
  /** Exhausted buckets by bucket index and key, until their window ends (epoch ms). */
  private readonly blockedUntil = new Map<string, number>();

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
    const now = Date.now();
    const remembered = this.rememberedWait(keys, now);
    if (remembered > 0) return blockedFor(remembered);
    const results = await Promise.all(
      this.limiters.map(async ({ bucket, limiter }, i) => {
        const res = await limiter.get(keys[i]).catch(() => null);
        if (!res || res.consumedPoints < bucket.failures) return 0;
        this.remember(i, keys[i], now + res.msBeforeNext);
        return res.msBeforeNext;
      }),
    );
    const waitMs = Math.max(0, ...results);
    return waitMs > 0 ? blockedFor(waitMs) : { blocked: false, retryAfterSeconds: 1 };
  }

  /**
   * An exhausted bucket stays exhausted until its window ends, so this process remembers it till
   * then and answers without asking Redis: under an attack that is every request.
   */
  private rememberedWait(keys: readonly string[], now: number): number {
    let waitMs = 0;
    for (let i = 0; i < this.limiters.length; i += 1) {
      const id = `${i} ${keys[i]}`;
      const until = this.blockedUntil.get(id);
      if (until === undefined) continue;
      if (until > now) waitMs = Math.max(waitMs, until - now);
      else this.blockedUntil.delete(id);
    }
    return waitMs;
  }

  private remember(bucket: number, key: string, until: number): void {
    if (this.blockedUntil.size >= REMEMBERED_BLOCKS) this.blockedUntil.clear();
    this.blockedUntil.set(`${bucket} ${key}`, until);
  }

  /**
   * Counts one failure in every bucket; returns the names of the buckets this very failure
   * exhausted (each bucket is reported once per window, by the one caller that tripped it).
   */
  async recordFailure(keys: readonly string[]): Promise<string[]> {
    const tripped = await Promise.all(
      this.limiters.map(({ bucket, limiter }, i) =>
        limiter.consume(keys[i]).then(
          (res) => {
            if (res.consumedPoints < bucket.failures) return undefined;
            this.remember(i, keys[i], Date.now() + res.msBeforeNext);
            return res.consumedPoints === bucket.failures ? bucket.name : undefined;
          },
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
