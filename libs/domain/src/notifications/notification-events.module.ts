import { Module } from '@nestjs/common';
import { PersistenceModule } from '@candor/persistence';
import { AccessModule } from '../access/access.module.js';
import { NotificationRecipients } from './notification-recipients.service.js';
import { UnannouncedEvents } from './unannounced-events.service.js';

/** Who is told about an event, and the events not yet announced: what the API's services raise. Sending is the worker's (NotificationsModule). */
@Module({
  imports: [AccessModule, PersistenceModule],
  providers: [NotificationRecipients, UnannouncedEvents],
  exports: [NotificationRecipients, UnannouncedEvents],
})
export class NotificationEventsModule {}
