import { Module } from '@nestjs/common';
import { PersistenceModule } from '@candor/persistence';
import { AccessModule } from '../access/access.module.js';
import { NotificationFanOutService } from './notification-fan-out.service.js';
import { NotificationRecipientsService } from './notification-recipients.service.js';
import { OutboxService } from './outbox.js';
import { UnannouncedEventsService } from './unannounced-events.service.js';

/**
 * Notification events: the outbox every service writes them to, who is told about one (the
 * fan-out), and the events not yet announced. Sending is the worker's (NotificationsModule).
 */
@Module({
  imports: [AccessModule, PersistenceModule],
  providers: [
    NotificationFanOutService,
    NotificationRecipientsService,
    OutboxService,
    UnannouncedEventsService,
  ],
  exports: [
    NotificationFanOutService,
    NotificationRecipientsService,
    OutboxService,
    UnannouncedEventsService,
  ],
})
export class NotificationEventsModule {}
