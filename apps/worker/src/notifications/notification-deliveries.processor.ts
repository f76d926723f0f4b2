import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { DeliveryFailure, DeliveryOutcome, NotificationDelivery } from '@candor/domain';
import { QueueName } from '@candor/platform';
import { Job, UnrecoverableError } from 'bullmq';
import { NOTIFICATION_WORKER_OPTIONS, SendJobData } from './notification-jobs.js';

/**
 * Sends one email. SMTP 5xx is permanent: `UnrecoverableError` fails the job at once (no retries),
 * into the dead-letter list. Everything else (4xx, timeouts, dropped connections, the database
 * away) is thrown as is and retried with backoff.
 */
@Processor(QueueName.NotificationDeliveries, { ...NOTIFICATION_WORKER_OPTIONS, concurrency: 8 })
export class NotificationDeliveriesProcessor extends WorkerHost {
  private readonly logger = new Logger(NotificationDeliveriesProcessor.name);

  constructor(private readonly delivery: NotificationDelivery) {
    super();
  }

  async process(job: Job<SendJobData>): Promise<DeliveryOutcome> {
    try {
      return await this.delivery.deliver(job.data.eventId, job.data.recipient);
    } catch (error) {
      if (error instanceof DeliveryFailure && error.permanent) {
        throw new UnrecoverableError(error.message);
      }
      throw error;
    }
  }

  @OnWorkerEvent('failed')
  onFailed(job: Job<SendJobData> | undefined, error: Error): void {
    if (!job) return;
    const final =
      error instanceof UnrecoverableError || job.attemptsMade >= (job.opts.attempts ?? 1);
    // Ids, the attempt count and the sanitized reason only: never an address or any content.
    this.logger.warn(
      `notification ${job.id ?? '?'} attempt ${job.attemptsMade} failed: ${error.message}${final ? ' (dead-lettered: see notifications:failed)' : ''}`,
    );
  }
}
