import { Redis } from 'ioredis';

/** Every key in the Redis at `url` that matches the glob `pattern` (SCAN, never KEYS). */
export async function scanKeys(url: string, pattern: string): Promise<string[]> {
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1 });
  await redis.connect();
  try {
    const found: string[] = [];
    for await (const keys of redis.scanStream({ match: pattern, count: 1000 })) {
      found.push(...(keys as string[]));
    }
    return found;
  } finally {
    redis.disconnect();
  }
}

/**
 * Deletes every key under `prefix` (BullMQ queues, scheduler, counters) in the Redis at `url`:
 * a test file's keys have no expiry of their own, and the shared Redis would keep them for ever.
 */
export async function deleteKeysUnder(url: string, prefix: string): Promise<number> {
  const keys = await scanKeys(url, `${prefix}:*`);
  if (keys.length === 0) return 0;
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1 });
  await redis.connect();
  try {
    let deleted = 0;
    for (let i = 0; i < keys.length; i += 500)
      deleted += await redis.unlink(...keys.slice(i, i + 500));
    return deleted;
  } finally {
    redis.disconnect();
  }
}
