import { DynamicModule, Module } from '@nestjs/common';
import { PersistenceModule } from '@candor/persistence';
import { MailTransport, PlatformServicesModule } from '@candor/platform';
import { NotificationDeliveryService } from './notification-delivery.service.js';
import { NotificationEventsModule } from './notification-events.module.js';
import { NotificationScanService } from './notification-scan.service.js';
import { NOTIFICATION_SETTINGS, type NotificationSettings } from './notification-settings.js';

const SERVICES = [NotificationDeliveryService, NotificationScanService];

/**
 * Who is told what, and the sending of it, for the worker. Needs TypeORM's DataSource and the
 * configuration; knows nothing of BullMQ (the worker's processors call these services).
 */
@Module({})
export class NotificationsModule {
  static forRoot(settings: NotificationSettings): DynamicModule {
    return {
      module: NotificationsModule,
      imports: [NotificationEventsModule, PersistenceModule, PlatformServicesModule],
      providers: [
        ...SERVICES,
        MailTransport,
        { provide: NOTIFICATION_SETTINGS, useValue: settings },
      ],
      exports: [...SERVICES, NotificationEventsModule, NOTIFICATION_SETTINGS],
    };
  }
}
