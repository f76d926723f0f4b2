import { Module } from '@nestjs/common';
import { PersistenceModule } from '@candor/persistence';
import { PlatformServicesModule, RedisModule } from '@candor/platform';
import { AuditModule } from '../audit/audit.module.js';
import { NotificationEventsModule } from '../notifications/notification-events.module.js';
import { SignInThrottleService } from './sign-in-throttle.service.js';
import { StaffAccountsService } from './staff-accounts.service.js';
import { StaffAdministrationService } from './staff-administration.service.js';
import { StaffAuthService } from './staff-auth.service.js';
import { StaffEnrolmentService } from './staff-enrolment.service.js';
import { StaffSessionCache } from './staff-session-cache.js';
import { StaffSessionService } from './staff-session.service.js';
import { StaffService } from './staff.service.js';

/** Staff accounts: enrolment, sign-in with a second factor, sessions, administration. */
@Module({
  imports: [
    AuditModule,
    NotificationEventsModule,
    PersistenceModule,
    PlatformServicesModule,
    RedisModule,
  ],
  providers: [
    SignInThrottleService,
    StaffAccountsService,
    StaffAdministrationService,
    StaffAuthService,
    StaffEnrolmentService,
    StaffService,
    StaffSessionCache,
    StaffSessionService,
  ],
  exports: [
    SignInThrottleService,
    StaffAccountsService,
    StaffAdministrationService,
    StaffAuthService,
    StaffEnrolmentService,
    StaffService,
    StaffSessionCache,
    StaffSessionService,
  ],
})
export class StaffModule {}
