import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { canDo, DomainError, type Viewer } from '@candor/domain';
import {
  type FailedNotification,
  listFailedNotifications,
  QueueName,
  retryFailedNotifications,
} from '@candor/platform';
import type { Queue } from 'bullmq';

/**
 * The admin's view of the notification dead-letter list: the very functions `notifications:failed`
 * and `notifications:retry` use, on the API's own queue connections, after canDo. The jobs carry
 * ids and event names only, so nothing about a case is shown.
 */
@Injectable()
export class FailedNotifications {
  private readonly queues: Queue[];

  constructor(
    @InjectQueue(QueueName.NotificationDeliveries) deliveries: Queue,
    @InjectQueue(QueueName.NotificationEvents) events: Queue,
  ) {
    this.queues = [deliveries, events];
  }

  /** The failed jobs, or 'unavailable' while Redis cannot be reached. */
  async list(viewer: Viewer): Promise<FailedNotification[] | 'unavailable'> {
    assertAdmin(viewer);
    try {
      return await listFailedNotifications(this.queues);
    } catch {
      return 'unavailable';
    }
  }

  /** Retries the failed job with `jobId`, or every one; answers how many went back in the queue. */
  async retry(viewer: Viewer, which: { jobId: string } | 'all'): Promise<number> {
    assertAdmin(viewer);
    const retried = await retryFailedNotifications(
      this.queues,
      which === 'all' ? undefined : which.jobId,
    );
    return retried.length;
  }
}

/** Whether the viewer may see failed notifications and retry them (the navigation asks the same). */
function assertAdmin(viewer: Viewer): void {
  if (!canDo(viewer, 'notifications.retry_failed')) throw new DomainError('not_found', 'not found');
}
