import type { Redis } from 'ioredis';
import {
  RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
} from 'rate-limiter-flexible';
import { must } from '../checks/must.js';

export interface ThrottleBucket {
  /** Distinguishes this bucket's keys. */
  readonly name: string;
  /** Events counted in one window before the bucket is full. */
  readonly limit: number;
  readonly windowSeconds: number;
}

export interface ThrottleState {
  readonly blocked: boolean;
  readonly retryAfterSeconds: number;
}

export interface CountResult extends ThrottleState {
  /**
   * Buckets this very event filled (each bucket is reported once per window, to the one caller
   * whose event filled it): what a caller audits as "the throttle engaged".
   */
  readonly filled: readonly string[];
}

/** Bounds the memory of full buckets remembered in this process. */
const REMEMBERED_BLOCKS = 10_000;

const OPEN: ThrottleState = { blocked: false, retryAfterSeconds: 1 };

/** The key given for bucket `i`: every method takes one key per bucket, in bucket order. */
function keyFor(keys: readonly string[], i: number): string {
  return must(keys[i], `a key for throttle bucket ${i}`);
}

function blockedFor(waitMs: number): ThrottleState {
  return { blocked: true, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
}

/**
 * Fixed-window counters, one or more buckets per throttle, each event counted in every bucket
 * under the key given for it. Keys are whatever the caller passes: callers pass hashes or ids,
 * never an address or a secret.
 *
 * - `Throttle.shared` counts in Redis, so every API replica sees the same counters, with a short
 *   expiry; while Redis is away, counting falls back to this process's memory.
 * - `Throttle.local` counts in this process's memory only: for keys that must never leave it.
 *
 * A bucket seen full is remembered in this process until its window ends (clearing it in Redis
 * does not reopen it here sooner), so a flood against a full bucket costs no Redis round trips.
 */
export class Throttle {
  /** Full buckets by bucket index and key, until their window ends (epoch ms). */
  private readonly blockedUntil = new Map<string, number>();

  private constructor(
    private readonly limiters: ReadonlyArray<{
      bucket: ThrottleBucket;
      limiter: RateLimiterAbstract;
    }>,
  ) {}

  static shared(redis: Redis, prefix: string, buckets: readonly ThrottleBucket[]): Throttle {
    return new Throttle(
      buckets.map((bucket) => ({
        bucket,
        limiter: new RateLimiterRedis({
          storeClient: redis,
          keyPrefix: `${prefix}:${bucket.name}`,
          points: bucket.limit,
          duration: bucket.windowSeconds,
          insuranceLimiter: new RateLimiterMemory({
            points: bucket.limit,
            duration: bucket.windowSeconds,
          }),
        }),
      })),
    );
  }

  static local(buckets: readonly ThrottleBucket[]): Throttle {
    return new Throttle(
      buckets.map((bucket) => ({
        bucket,
        limiter: new RateLimiterMemory({
          keyPrefix: bucket.name,
          points: bucket.limit,
          duration: bucket.windowSeconds,
        }),
      })),
    );
  }

  /** Whether any bucket is full for its key (keys given in bucket order). */
  async state(keys: readonly string[]): Promise<ThrottleState> {
    const now = Date.now();
    const remembered = this.remembered(keys, now);
    if (remembered.blocked) return remembered;
    const results = await Promise.all(
      this.limiters.map(async ({ bucket, limiter }, i) => {
        const key = keyFor(keys, i);
        const res = await limiter.get(key).catch(() => null);
        if (!res || res.consumedPoints < bucket.limit) return 0;
        this.remember(i, key, now + res.msBeforeNext);
        return res.msBeforeNext;
      }),
    );
    const waitMs = Math.max(0, ...results);
    return waitMs > 0 ? blockedFor(waitMs) : OPEN;
  }

  /** What this process remembers of full buckets, without asking Redis. */
  remembered(keys: readonly string[], now = Date.now()): ThrottleState {
    let waitMs = 0;
    for (let i = 0; i < this.limiters.length; i += 1) {
      const id = `${i} ${keys[i]}`;
      const until = this.blockedUntil.get(id);
      if (until === undefined) continue;
      if (until > now) waitMs = Math.max(waitMs, until - now);
      else this.blockedUntil.delete(id);
    }
    return waitMs > 0 ? blockedFor(waitMs) : OPEN;
  }

  /**
   * Counts one event in every bucket. `blocked` says whether it went past one (it is counted all
   * the same); `filled` names the buckets it filled.
   */
  async count(keys: readonly string[]): Promise<CountResult> {
    const results = await Promise.all(
      this.limiters.map(({ bucket, limiter }, i) => {
        const key = keyFor(keys, i);
        return limiter.consume(key).then(
          (res) => {
            if (res.consumedPoints >= bucket.limit) {
              this.remember(i, key, Date.now() + res.msBeforeNext);
            }
            return {
              waitMs: 0,
              filled: res.consumedPoints === bucket.limit ? bucket.name : undefined,
            };
          },
          (rejection: unknown) => {
            if (!(rejection instanceof RateLimiterRes)) throw rejection;
            this.remember(i, key, Date.now() + rejection.msBeforeNext);
            return { waitMs: Math.max(1, rejection.msBeforeNext), filled: undefined };
          },
        );
      }),
    );
    const waitMs = Math.max(0, ...results.map((r) => r.waitMs));
    return {
      ...(waitMs > 0 ? blockedFor(waitMs) : OPEN),
      filled: results.flatMap((r) => (r.filled ? [r.filled] : [])),
    };
  }

  /**
   * Admits one event if no bucket is full: refused at once (and not counted) while this process
   * remembers a full bucket, otherwise counted and refused if it went past one.
   */
  async take(keys: readonly string[]): Promise<CountResult> {
    const remembered = this.remembered(keys);
    if (remembered.blocked) return { ...remembered, filled: [] };
    return this.count(keys);
  }

  /** Forgets the counts of these keys (after a success that proves the failures were honest). */
  async reset(keys: readonly string[]): Promise<void> {
    await Promise.all(
      this.limiters.map(({ limiter }, i) => {
        const key = keyFor(keys, i);
        this.blockedUntil.delete(`${i} ${key}`);
        return limiter.delete(key).catch(() => false);
      }),
    );
  }

  private remember(bucket: number, key: string, until: number): void {
    if (this.blockedUntil.size >= REMEMBERED_BLOCKS) this.blockedUntil.clear();
    this.blockedUntil.set(`${bucket} ${key}`, until);
  }
}
