import { InjectQueue, OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Logger } from '@nestjs/common';
import {
  NOTIFICATION_SETTINGS,
  NotificationRecipientsService,
  type NotificationSettings,
  OutboxEvent,
  UnannouncedEventsService,
} from '@candor/domain';
import { DatabaseOutage } from '@candor/persistence';
import { NotificationJob, QueueName } from '@candor/platform';
import type { Job, Queue } from 'bullmq';
import { FailureLog, failureKind } from './failure-log.js';
import {
  FanOutJobData,
  NOTIFICATION_WORKER_OPTIONS,
  retryingJob,
  SendJobData,
  sendJobId,
} from './notification-jobs.js';

/**
 * Fan-out: one send job per recipient of an outbox event, resolved now (not when it happened). An
 * event that must reach someone and finds nobody is kept, and the administrators are alerted
 * (UnannouncedEventsService), rather than dropped.
 */
@Processor(QueueName.NotificationEvents, { ...NOTIFICATION_WORKER_OPTIONS, concurrency: 4 })
export class NotificationEventsProcessor extends WorkerHost {
  private readonly logger = new Logger(NotificationEventsProcessor.name);
  private readonly failures = new FailureLog(this.logger);

  constructor(
    private readonly recipients: NotificationRecipientsService,
    private readonly unannounced: UnannouncedEventsService,
    @InjectQueue(QueueName.NotificationDeliveries) private readonly deliveries: Queue<SendJobData>,
    @Inject(NOTIFICATION_SETTINGS) private readonly settings: NotificationSettings,
    private readonly outage: DatabaseOutage,
  ) {
    super();
  }

  async process(job: Job<FanOutJobData>): Promise<{ recipients: number }> {
    const event = await this.recipients.loadEvent(job.data.eventId);
    if (!event) return { recipients: 0 };
    let recipients = await this.recipients.recipientsOf(event);
    if (recipients.length === 0) {
      const kept = await this.unannounced.keep(event);
      if (kept.kind === 'recipients') recipients = kept.recipients;
      if (kept.kind === 'kept' && kept.alerted) {
        this.logger.warn(
          `event ${event.id} (${event.event}) has nobody who can receive it: kept until someone can, administrators alerted`,
        );
      }
      if (event.event === OutboxEvent.NobodyToTell) {
        this.logger.warn(
          `no administrator account to alert: a notification is kept until someone can receive it`,
        );
      }
    }
    await this.deliveries.addBulk(
      recipients.map((recipient) => ({
        name: NotificationJob.Send,
        data: { eventId: event.id, event: event.event, recipient },
        opts: retryingJob(this.settings, sendJobId(event.id, recipient)),
      })),
    );
    return { recipients: recipients.length };
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
