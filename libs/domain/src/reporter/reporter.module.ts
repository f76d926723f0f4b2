import { Module } from '@nestjs/common';
import { PersistenceModule } from '@candor/persistence';
import { PlatformServicesModule, RedisModule } from '@candor/platform';
import { AuditModule } from '../audit/audit.module.js';
import { IntakeModule } from '../intake/intake.module.js';
import { ReceiptThrottleService } from './receipt-throttle.service.js';
import { ReporterChannelService } from './reporter-channel.service.js';
import { NotificationEventsModule } from '../notifications/notification-events.module.js';

/** The reporter's channel: signing in with a receipt, the case as they see it, messages, files, retaliation reports. */
@Module({
  imports: [
    AuditModule,
    IntakeModule,
    PersistenceModule,
    PlatformServicesModule,
    RedisModule,
    NotificationEventsModule,
  ],
  providers: [ReceiptThrottleService, ReporterChannelService],
  exports: [ReceiptThrottleService, ReporterChannelService],
})
export class ReporterModule {}
