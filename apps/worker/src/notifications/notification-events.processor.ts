import { InjectQueue, OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Logger } from '@nestjs/common';
import {
  NOTIFICATION_SETTINGS,
  NotificationFanOutService,
  NotificationRecipientsService,
  type NotificationSettings,
} from '@candor/domain';
import { DatabaseOutage, TransactionalConnection } from '@candor/persistence';
import { QueueName } from '@candor/platform';
import type { Job, Queue } from 'bullmq';
import { FailureLog, failureKind } from './failure-log.js';
import {
  FanOutJobData,
  logKept,
  NOTIFICATION_WORKER_OPTIONS,
  SendJobData,
  sendJobsOf,
} from './notification-jobs.js';

/**
 * The fan-out of one event at a time, with retries: the relay fans out each batch itself, and hands
 * a batch it could not fan out to this queue, where every event is retried on its own with backoff
 * and one that keeps failing is listed by `notifications:failed` without holding up the others.
 */
@Processor(QueueName.NotificationEvents, { ...NOTIFICATION_WORKER_OPTIONS, concurrency: 4 })
export class NotificationEventsProcessor extends WorkerHost {
  private readonly logger = new Logger(NotificationEventsProcessor.name);
  private readonly failures = new FailureLog(this.logger);

  constructor(
    private readonly connection: TransactionalConnection,
    private readonly recipients: NotificationRecipientsService,
    private readonly fanOut: NotificationFanOutService,
    @InjectQueue(QueueName.NotificationDeliveries) private readonly deliveries: Queue<SendJobData>,
    @Inject(NOTIFICATION_SETTINGS) private readonly settings: NotificationSettings,
    private readonly outage: DatabaseOutage,
  ) {
    super();
  }

  async process(job: Job<FanOutJobData>): Promise<{ recipients: number }> {
    const fannedOut = await this.connection.transaction(async (tx) => {
      const event = await this.recipients.loadEvent(job.data.eventId, tx);
      return event ? this.fanOut.fanOut(tx, [event]) : [];
    });
    logKept(this.logger, fannedOut);
    // Added once the keeping is committed; a retry adds the same job ids, which BullMQ ignores.
    const sends = sendJobsOf(this.settings, fannedOut);
    await this.deliveries.addBulk(sends);
    return { recipients: sends.length };
  }

  /**
   * A fan-out that fails is retried with backoff; a database outage is logged once for all jobs
   * (DatabaseOutage), other failures once a minute per kind, and a job that gives up once each.
   */
  @OnWorkerEvent('failed')
  onFailed(job: Job<FanOutJobData> | undefined, error: Error): void {
    if (!job) return;
    if (job.attemptsMade >= (job.opts.attempts ?? 1)) {
      this.logger.warn(
        `fan-out ${job.id ?? '?'} failed for good after ${job.attemptsMade} attempts: ${failureKind('fan-out', error)} (see notifications:failed)`,
      );
      return;
    }
    if (this.outage.report(error, 'fan-out jobs')) return;
    this.failures.warn(
      failureKind('fan-out', error),
      `fan-out ${job.id ?? '?'} attempt ${job.attemptsMade} failed (${failureKind('fan-out', error)}); it will be retried`,
    );
  }
}
