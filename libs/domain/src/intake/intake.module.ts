import { Module } from '@nestjs/common';
import { PersistenceModule } from '@candor/persistence';
import { PlatformServicesModule, RedisModule } from '@candor/platform';
import { AuditModule } from '../audit/audit.module.js';
import { RoutingPolicyProvider } from '../routing/routing-policy.provider.js';
import { IntakeThrottle } from './intake-throttle.service.js';
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
  providers: [IntakeService, IntakeThrottle, RoutingPolicyProvider],
  exports: [IntakeService, IntakeThrottle, RoutingPolicyProvider],
})
export class IntakeModule {}
