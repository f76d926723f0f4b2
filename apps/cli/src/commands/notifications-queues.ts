import { type AppConfig, QueueName, redisOptions } from '@candor/platform';
import { Job, Queue } from 'bullmq';

/** The queues whose failed jobs form the notification dead-letter list. */
export const DEAD_LETTER_QUEUES = [
  QueueName.NotificationDeliveries,
  QueueName.NotificationEvents,
] as const;

/** A failed job as the operator sees it: ids, event name, reason and attempts — never content. */
export interface FailedNotification {
  readonly queue: string;
  readonly jobId: string;
  readonly event: string | null;
  readonly recipient: string | null;
  readonly reason: string;
  readonly attempts: number;
  readonly failedAt: string | null;
}

export function describeFailed(queue: string, job: Job): FailedNotification {
  const data = (job.data ?? {}) as { event?: unknown; recipient?: unknown };
  return {
    queue,
    jobId: job.id ?? '',
    event: typeof data.event === 'string' ? data.event : null,
    recipient: typeof data.recipient === 'string' ? data.recipient : null,
    reason: job.failedReason,
    attempts: job.attemptsMade,
    failedAt: job.finishedOn ? new Date(job.finishedOn).toISOString() : null,
  };
}

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
