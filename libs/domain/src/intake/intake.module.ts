import { Module } from '@nestjs/common';
import { PersistenceModule } from '@candor/persistence';
import { PlatformServicesModule, RedisModule } from '@candor/platform';
import { AuditModule } from '../audit/audit.module.js';
import { RoutingPolicyService } from '../routing/routing-policy.provider.js';
import { IntakeThrottleService } from './intake-throttle.service.js';
import { IntakeService } from './intake.service.js';
import { NotificationEventsModule } from '../notifications/notification-events.module.js';

/** A report in, by any channel: the case written, routed by the policy in force, and throttled. */
@Module({
  imports: [
    AuditModule,
    PersistenceModule,
    PlatformServicesModule,
    RedisModule,
    NotificationEventsModule,
  ],
  providers: [IntakeService, IntakeThrottleService, RoutingPolicyService],
  exports: [IntakeService, IntakeThrottleService, RoutingPolicyService],
})
export class IntakeModule {}
