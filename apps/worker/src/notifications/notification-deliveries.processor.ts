import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { DeliveryOutcome, NotificationDeliveryService, type SendJournal } from '@candor/domain';
import { DatabaseOutage } from '@candor/persistence';
import { DeliveryFailure, QueueName } from '@candor/platform';
import { Job, UnrecoverableError } from 'bullmq';
import { NOTIFICATION_WORKER_OPTIONS, SendJobData } from './notification-jobs.js';

/** How long the note "the mail server took it" may wait for Redis before the record goes ahead. */
const JOURNAL_TIMEOUT_MS = 2_000;

/**
 * Sends one email. SMTP 5xx is permanent: `UnrecoverableError` fails the job at once (no retries),
 * into the dead-letter list. Everything else (4xx, timeouts, dropped connections, the database
 * away) is thrown as is and retried with backoff. Once the mail server has taken the message, the
 * job's progress says so (`{ accepted: true }`), and every later attempt only records it.
 */
@Processor(QueueName.NotificationDeliveries, { ...NOTIFICATION_WORKER_OPTIONS, concurrency: 8 })
export class NotificationDeliveriesProcessor extends WorkerHost {
  private readonly logger = new Logger(NotificationDeliveriesProcessor.name);

  constructor(
    private readonly delivery: NotificationDeliveryService,
    private readonly outage: DatabaseOutage,
  ) {
    super();
  }

  async process(job: Job<SendJobData>): Promise<DeliveryOutcome> {
    try {
      return await this.delivery.deliver(job.data.eventId, job.data.recipient, journalOf(job));
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
    // A database outage is logged once for all jobs (DatabaseOutage), unless the job gives up.
    if (this.outage.report(error, 'email jobs') && !final) return;
    // Ids, the attempt count and the sanitized reason only: never an address or any content.
    this.logger.warn(
      `notification ${job.id ?? '?'} attempt ${job.attemptsMade} failed: ${error.message}${final ? ' (dead-lettered: see notifications:failed)' : ''}`,
    );
  }
}

function journalOf(job: Job<SendJobData>): SendJournal {
  const progress = job.progress as { accepted?: unknown } | undefined;
  return {
    accepted: typeof progress === 'object' && progress?.accepted === true,
    // Bounded: with Redis away the command would wait for it, and the database record (which
    // also prevents a second email) should not wait with it.
    markAccepted: () =>
      new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, JOURNAL_TIMEOUT_MS);
        job.updateProgress({ accepted: true }).then(
          () => {
            clearTimeout(timer);
            resolve();
          },
          () => {
            clearTimeout(timer);
            resolve();
          },
        );
      }),
  };
}
