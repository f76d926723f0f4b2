import { type AppConfig, DEAD_LETTER_QUEUES, redisOptions } from '@candor/platform';
import { Queue } from 'bullmq';

/**
 * Opens the dead-letter queues with a fail-fast connection (a command must answer, not hang, when
 * Redis is away) and closes them afterwards.
 */
export async function withDeadLetterQueues<T>(
  config: AppConfig,
  fn: (queues: Queue[]) => Promise<T>,
): Promise<T> {
  const queues = DEAD_LETTER_QUEUES.map(
    (name) =>
      new Queue(name, {
        connection: { ...redisOptions(config.redisUrl, 'producer'), retryStrategy: () => null },
        prefix: config.redisPrefix,
      }),
  );
  try {
    return await fn(queues);
  } finally {
    await Promise.all(queues.map((q) => q.close().catch(() => undefined)));
  }
}
