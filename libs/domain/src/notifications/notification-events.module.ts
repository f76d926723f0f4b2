import { Module } from '@nestjs/common';
import { PersistenceModule } from '@candor/persistence';
import { AccessModule } from '../access/access.module.js';
import { NotificationRecipients } from './notification-recipients.service.js';
import { OutboxService } from './outbox.js';
import { UnannouncedEvents } from './unannounced-events.service.js';

/**
 * Notification events: the outbox every service writes them to, who is told about one, and the
 * events not yet announced. Sending is the worker's (NotificationsModule).
 */
@Module({
  imports: [AccessModule, PersistenceModule],
  providers: [NotificationRecipients, OutboxService, UnannouncedEvents],
  exports: [NotificationRecipients, OutboxService, UnannouncedEvents],
})
export class NotificationEventsModule {}
