import type { RedisOptions } from 'ioredis';

/**
 * ioredis options from a redis:// URL. Producers (the API) fail fast instead of queueing commands
 * while Redis is away (`enableOfflineQueue: false`), so a request never hangs on Redis; workers wait
 * for Redis forever (`maxRetriesPerRequest: null`), as BullMQ requires.
 */
export type CandorRedisOptions = Omit<RedisOptions, 'retryStrategy'> & {
  retryStrategy: (times: number) => number;
};

export function redisOptions(url: string, role: 'producer' | 'worker'): CandorRedisOptions {
  const parsed = new URL(url);
  const db = parsed.pathname.length > 1 ? Number(parsed.pathname.slice(1)) : 0;
  return {
    host: parsed.hostname,
    port: parsed.port ? Number(parsed.port) : 6379,
    username: parsed.username ? decodeURIComponent(parsed.username) : undefined,
    password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
    db: Number.isInteger(db) ? db : 0,
    tls: parsed.protocol === 'rediss:' ? {} : undefined,
    connectTimeout: 2000,
    retryStrategy: (times) => Math.min(times * 200, 2000),
    ...(role === 'producer'
      ? { enableOfflineQueue: false, maxRetriesPerRequest: 1 }
      : { maxRetriesPerRequest: null }),
  };
}
