import type { Job, Queue } from 'bullmq';
import { QueueName } from './queue-names.js';

// The notification dead-letter list, shared by the operator's command line
// (`notifications:failed`, `notifications:retry`) and the console's administration page, so both
// list and retry the same jobs the same way.

/** The queues whose failed jobs form the notification dead-letter list. */
export const DEAD_LETTER_QUEUES = [
  QueueName.NotificationDeliveries,
  QueueName.NotificationEvents,
] as const;

/** A failed job as an operator sees it: ids, event name, reason and attempts — never content. */
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

/** Every failed notification job of these queues, oldest failure first. */
export async function listFailedNotifications(
  queues: readonly Queue[],
): Promise<FailedNotification[]> {
  const failed: FailedNotification[] = [];
  for (const queue of queues) {
    for (const job of await queue.getFailed(0, -1)) failed.push(describeFailed(queue.name, job));
  }
  return failed.sort((a, b) => (a.failedAt ?? '').localeCompare(b.failedAt ?? ''));
}

/**
 * Puts failed jobs back in their queue with their attempt count reset, so each gets the full retry
 * policy again: the one with `jobId`, or every one. Sending stays idempotent: a job whose email did
 * go out is skipped by the deliveries table. Answers the jobs retried.
 */
export async function retryFailedNotifications(
  queues: readonly Queue[],
  jobId?: string,
): Promise<Array<{ queue: string; jobId: string }>> {
  const retried: Array<{ queue: string; jobId: string }> = [];
  for (const queue of queues) {
    const jobs: Job[] =
      jobId !== undefined
        ? [await queue.getJob(jobId)].filter((job): job is Job => job !== undefined)
        : await queue.getFailed(0, -1);
    for (const job of jobs) {
      if (!(await job.isFailed())) continue;
      await job.retry('failed', { resetAttemptsMade: true, resetAttemptsStarted: true });
      retried.push({ queue: queue.name, jobId: job.id ?? '' });
    }
  }
  return retried;
}
