import { DynamicModule, Module } from '@nestjs/common';
import { PersistenceModule } from '@candor/persistence';
import { CaseCipherService, MailTransport } from '@candor/platform';
import { CaseAccess } from '../access/case-access.service.js';
import { NotificationDelivery } from './notification-delivery.service.js';
import { NotificationRecipients } from './notification-recipients.service.js';
import { NotificationScan } from './notification-scan.service.js';
import { NOTIFICATION_SETTINGS, type NotificationSettings } from './notification-settings.js';
import { UnannouncedEvents } from './unannounced-events.service.js';

const SERVICES = [
  NotificationDelivery,
  NotificationRecipients,
  NotificationScan,
  UnannouncedEvents,
];

/**
 * Who is told what, and the sending of it, for the worker. Needs TypeORM's DataSource and the
 * configuration; knows nothing of BullMQ (the worker's processors call these services).
 */
@Module({})
export class NotificationsModule {
  static forRoot(settings: NotificationSettings): DynamicModule {
    return {
      module: NotificationsModule,
      imports: [PersistenceModule],
      providers: [
        ...SERVICES,
        CaseAccess,
        CaseCipherService,
        MailTransport,
        { provide: NOTIFICATION_SETTINGS, useValue: settings },
      ],
      exports: [...SERVICES, NOTIFICATION_SETTINGS],
    };
  }
}
