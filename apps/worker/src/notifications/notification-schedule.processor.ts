import { InjectQueue, OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { BeforeApplicationShutdown, Inject, Logger, OnApplicationBootstrap } from '@nestjs/common';
import {
  NOTIFICATION_SETTINGS,
  NotificationScanService,
  type NotificationSettings,
  type ScanResult,
} from '@candor/domain';
import { DatabaseOutage } from '@candor/persistence';
import { NotificationJob, QueueName } from '@candor/platform';
import type { Job, Queue } from 'bullmq';
import { FailureLog, failureKind } from './failure-log.js';

const SCHEDULER_ID = 'notification-scan';
/** How often a worker checks that the scheduler still exists (at most; sooner for short scans). */
const CHECK_MS = 60_000;

/**
 * Runs the database scan for reminders, the audit head and digests on a BullMQ job scheduler. The
 * scheduler lives in Redis; a Redis that lost its data (no AOF, a failover) loses it, so every
 * worker checks for it regularly and upserts it when it is missing. The scan keeps no state in
 * Redis: a lost run is made up by the next one.
 */
@Processor(QueueName.NotificationSchedule, { concurrency: 1 })
export class NotificationScheduleProcessor
  extends WorkerHost
  implements OnApplicationBootstrap, BeforeApplicationShutdown
{
  private readonly logger = new Logger(NotificationScheduleProcessor.name);
  private readonly failures = new FailureLog(this.logger);
  private timer: NodeJS.Timeout | undefined;
  private checking = false;

  constructor(
    private readonly scan: NotificationScanService,
    @InjectQueue(QueueName.NotificationSchedule) private readonly queue: Queue,
    @Inject(NOTIFICATION_SETTINGS) private readonly settings: NotificationSettings,
    private readonly outage: DatabaseOutage,
  ) {
    super();
  }

  onApplicationBootstrap(): void {
    // Never awaited: with Redis away the commands wait for it, and the worker must still start.
    void this.ensureScheduler();
    this.timer = setInterval(
      () => void this.ensureScheduler(),
      Math.min(CHECK_MS, this.settings.scanIntervalMs),
    );
  }

  beforeApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  process(): Promise<ScanResult> {
    return this.scan.scan();
  }

  /** The next run makes up for a failed one; say so once per outage, or once a minute per kind. */
  @OnWorkerEvent('failed')
  onFailed(_job: Job | undefined, error: Error): void {
    if (this.outage.report(error, 'scans')) return;
    this.failures.warn(
      failureKind('scan', error),
      `notification scan failed (${failureKind('scan', error)}); the next scan makes up for it`,
    );
  }

  private async ensureScheduler(): Promise<void> {
    if (this.checking) return; // the previous check is still waiting for Redis
    this.checking = true;
    try {
      if (await this.queue.getJobScheduler(SCHEDULER_ID)) return;
      await this.queue.upsertJobScheduler(
        SCHEDULER_ID,
        { every: this.settings.scanIntervalMs },
        {
          name: NotificationJob.Scan,
          data: {},
          opts: { removeOnComplete: 100, removeOnFail: 100 },
        },
      );
    } catch (error) {
      this.logger.warn(
        `could not schedule the notification scan: ${error instanceof Error ? error.message : String(error)}`,
      );
    } finally {
      this.checking = false;
    }
  }
}
