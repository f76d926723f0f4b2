import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject } from '@nestjs/common';
import {
  NOTIFICATION_SETTINGS,
  NotificationRecipients,
  type NotificationSettings,
} from '@candor/domain';
import { NotificationJob, QueueName } from '@candor/platform';
import type { Job, Queue } from 'bullmq';
import {
  FanOutJobData,
  NOTIFICATION_WORKER_OPTIONS,
  retryingJob,
  SendJobData,
  sendJobId,
} from './notification-jobs.js';

/** Fan-out: one send job per recipient of an outbox event, resolved now (not when it happened). */
@Processor(QueueName.NotificationEvents, { ...NOTIFICATION_WORKER_OPTIONS, concurrency: 4 })
export class NotificationEventsProcessor extends WorkerHost {
  constructor(
    private readonly recipients: NotificationRecipients,
    @InjectQueue(QueueName.NotificationDeliveries) private readonly deliveries: Queue<SendJobData>,
    @Inject(NOTIFICATION_SETTINGS) private readonly settings: NotificationSettings,
  ) {
    super();
  }

  async process(job: Job<FanOutJobData>): Promise<{ recipients: number }> {
    const event = await this.recipients.loadEvent(job.data.eventId);
    if (!event) return { recipients: 0 };
    const recipients = await this.recipients.recipientsOf(event);
    await this.deliveries.addBulk(
      recipients.map((recipient) => ({
        name: NotificationJob.Send,
        data: { eventId: event.id, event: event.event, recipient },
        opts: retryingJob(this.settings, sendJobId(event.id, recipient)),
      })),
    );
    return { recipients: recipients.length };
  }
}
