import { BeforeApplicationShutdown, Inject, Injectable, Logger } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { REDIS_CLIENT } from './redis-client.js';

/** How long a read may take before it counts as unanswered (the caller then does without). */
const READ_TIMEOUT_MS = 250;
/** A bump that failed is tried again this often, for as long as it could matter. */
const RETRY_EVERY_MS = 500;
/** At shutdown, how long a bump still owed waits for Redis (the command line's only chance). */
const SHUTDOWN_WAIT_MS = 3000;

/**
 * A counter in Redis that any process bumps when something others may hold in memory changed, and
 * that every process reads before trusting what it holds: a memo kept under one value is good only
 * while the counter still reads that value.
 *
 * `current()` answers undefined whenever the value cannot be trusted to say "nothing changed":
 * Redis unreachable, slow (over 250 ms) or answering through a connection other than the one the
 * memo was kept under (a reconnection can hide bumps that failed while it was away: every value
 * carries the connection it was read on), or while a bump of this process has not landed yet.
 */
export class SharedEpoch {
  /** A bump this process owes since when (ms, monotonic); retried until it lands or expires. */
  private owedSince: number | undefined;
  private retry: NodeJS.Timeout | undefined;
  /** Callers waiting for the next GET, sent after the last of them asked. */
  private waiting: Array<(value: string | undefined) => void> | undefined;

  constructor(
    private readonly redis: Redis,
    private readonly key: string,
    private readonly connection: () => number,
    /** Beyond this a bump still owed no longer matters: every memo kept before it has expired. */
    private readonly owedForMs: number,
    private readonly logger: Logger,
  ) {}

  /**
   * The value to keep a memo under and to compare it with; undefined: trust no memo now.
   *
   * Callers that ask during the same turn of the event loop (requests that arrived together) share
   * one GET, sent once they have all asked: a value read after a caller asked is as fresh as that
   * caller needs. Under load this spares most requests their own round trip to Redis.
   */
  current(): Promise<string | undefined> {
    if (this.owedSince !== undefined || this.redis.status !== 'ready') {
      return Promise.resolve(undefined);
    }
    return new Promise((resolve) => {
      if (this.waiting !== undefined) {
        this.waiting.push(resolve);
        return;
      }
      this.waiting = [resolve];
      setImmediate(() => void this.readForWaiting());
    });
  }

  private async readForWaiting(): Promise<void> {
    const waiting = this.waiting ?? [];
    this.waiting = undefined;
    const value = await this.read();
    for (const resolve of waiting) resolve(value);
  }

  private async read(): Promise<string | undefined> {
    if (this.owedSince !== undefined || this.redis.status !== 'ready') return undefined;
    const connection = this.connection();
    let timer: NodeJS.Timeout | undefined;
    try {
      const value = await Promise.race([
        this.redis.get(this.key),
        new Promise<undefined>((resolve) => {
          timer = setTimeout(() => resolve(undefined), READ_TIMEOUT_MS);
        }),
      ]);
      if (value === undefined || connection !== this.connection()) return undefined;
      return `${connection}:${value ?? 0}`;
    } catch {
      return undefined;
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * Moves the counter on, so every memo kept under an earlier value is dropped everywhere. Call it
   * after the change has committed. When Redis cannot take it now, the bump is owed: retried in the
   * background (and once more at shutdown), and meanwhile this process trusts no memo.
   */
  async bump(): Promise<void> {
    if (await this.tryBump()) return;
    this.owedSince ??= performance.now();
    this.retry ??= setInterval(() => void this.settle(), RETRY_EVERY_MS).unref();
  }

  /** A bump still owed, tried once more, waiting up to `waitMs` for a connection. */
  async settle(waitMs = 0): Promise<void> {
    if (this.owedSince === undefined) return;
    if (waitMs > 0 && this.redis.status !== 'ready') await this.ready(waitMs);
    if (await this.tryBump()) {
      this.forgive();
    } else if (performance.now() - this.owedSince > this.owedForMs) {
      this.logger.warn(`could not bump ${this.key}; every memo kept under it has expired since`);
      this.forgive();
    } else if (waitMs > 0) {
      this.logger.warn(
        `could not bump ${this.key}: other processes may trust what they hold for up to ${Math.ceil(this.owedForMs / 1000)} s`,
      );
    }
  }

  /** Stops retrying (the application is closing). */
  stop(): void {
    clearInterval(this.retry);
    this.retry = undefined;
  }

  private forgive(): void {
    this.owedSince = undefined;
    this.stop();
  }

  private async tryBump(): Promise<boolean> {
    if (this.redis.status !== 'ready') return false;
    try {
      await this.redis.incr(this.key);
      return true;
    } catch {
      return false;
    }
  }

  private async ready(waitMs: number): Promise<void> {
    await new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.redis.off('ready', done);
        resolve();
      };
      const timer = setTimeout(done, waitMs);
      this.redis.once('ready', done);
    });
  }
}

/**
 * Makes epochs counted in the shared Redis client (as SharedThrottles makes throttles), so that
 * services deciding what to memoize never hold the client itself. Counts the client's connections:
 * a value read on one connection never vouches for a memo kept on another.
 */
@Injectable()
export class SharedEpochs implements BeforeApplicationShutdown {
  private readonly logger = new Logger('SharedEpochs');
  private readonly epochs: SharedEpoch[] = [];
  private connection = 0;

  constructor(@Inject(REDIS_CLIENT) private readonly redis: Redis) {
    redis.on('ready', () => {
      this.connection += 1;
      for (const epoch of this.epochs) void epoch.settle();
    });
  }

  /**
   * The epoch at `key` (prefixed by the caller). `memoMs` is the longest a memo kept under it
   * lives: a bump that could not land is retried for that long.
   */
  create(key: string, memoMs: number): SharedEpoch {
    const epoch = new SharedEpoch(this.redis, key, () => this.connection, memoMs, this.logger);
    this.epochs.push(epoch);
    return epoch;
  }

  /** A bump still owed gets one last chance before the client closes (a CLI command ends here). */
  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all(this.epochs.map((epoch) => epoch.settle(SHUTDOWN_WAIT_MS)));
    for (const epoch of this.epochs) epoch.stop();
  }
}
