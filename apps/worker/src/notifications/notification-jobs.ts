import type { Logger } from '@nestjs/common';
import { type FannedOut, type NotificationSettings, OutboxEvent } from '@candor/domain';
import { NotificationJob } from '@candor/platform';
import type { JobsOptions, WorkerOptions } from 'bullmq';

// Job payloads carry ids and event names only: Redis is not encrypted, and a job's data is shown
// by `notifications:failed` and by any Redis console.

export interface FanOutJobData {
  readonly eventId: string;
  readonly event: string;
}

export interface SendJobData {
  readonly eventId: string;
  readonly event: string;
  /** A staff id, or `reporter`. */
  readonly recipient: string;
}

/**
 * One send job per (event, recipient), whoever adds it and however often. BullMQ refuses ':' in
 * custom job ids (it reserves it for its own repeat keys), hence the '_'.
 */
export function sendJobId(eventId: string, recipient: string): string {
  return `${eventId}_${recipient}`;
}

/** One send job per recipient of each fanned-out event (NotificationFanOutService). */
export function sendJobsOf(settings: NotificationSettings, fannedOut: readonly FannedOut[]) {
  return fannedOut.flatMap(({ event, recipients }) =>
    recipients.map((recipient) => ({
      name: NotificationJob.Send,
      data: { eventId: event.id, event: event.event, recipient } satisfies SendJobData,
      opts: retryingJob(settings, sendJobId(event.id, recipient)),
    })),
  );
}

/** Says, by event id and name only, which events were kept because nobody could receive them. */
export function logKept(logger: Logger, fannedOut: readonly FannedOut[]): void {
  for (const { event, kept } of fannedOut) {
    if (kept?.kind === 'kept' && kept.alerted) {
      logger.warn(
        `event ${event.id} (${event.event}) has nobody who can receive it: kept until someone can, administrators alerted`,
      );
    }
    if (kept && event.event === OutboxEvent.NobodyToTell) {
      logger.warn(
        `no administrator account to alert: a notification is kept until someone can receive it`,
      );
    }
  }
}

/**
 * Exponential backoff: with the defaults (8 attempts, 60 s) the retries come 1, 2, 4 … 64 minutes
 * apart and the last one about 2 hours after the first. Failed jobs are kept: they are the
 * dead-letter list that `notifications:failed` shows and `notifications:retry` replays.
 */
export function retryingJob(settings: NotificationSettings, jobId: string): JobsOptions {
  return {
    jobId,
    attempts: settings.attempts,
    backoff: { type: 'exponential', delay: settings.backoffMs },
    // Completed jobs are kept for a week so that a re-added job id stays a no-op; after that the
    // deliveries table still prevents a second email.
    removeOnComplete: { age: 7 * 24 * 3600, count: 50_000 },
    removeOnFail: false,
  };
}

/**
 * A worker that dies mid-job (SIGKILL, OOM, power) stops renewing the job's lock; after
 * `lockDuration` another worker's stalled check (every `stalledInterval`) moves the job back to
 * waiting and it runs again, so recovery takes 10–15 s. These are shorter than BullMQ's 30 s
 * defaults because a notification is small and late mail is the cost; a job may stall twice
 * before it is failed (say, two crashes in a row).
 */
export const NOTIFICATION_WORKER_OPTIONS: Partial<WorkerOptions> = {
  lockDuration: 10_000,
  stalledInterval: 5_000,
  maxStalledCount: 2,
};
