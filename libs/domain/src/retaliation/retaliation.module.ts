import { Module } from '@nestjs/common';
import { PersistenceModule } from '@candor/persistence';
import { PlatformServicesModule } from '@candor/platform';
import { AccessModule } from '../access/access.module.js';
import { AuditModule } from '../audit/audit.module.js';
import { PersonIndexes } from './person-indexes.service.js';
import { ProtectedPeople } from './protected-people.service.js';
import { RetaliationChecks } from './retaliation-checks.service.js';
import { RetaliationReviews } from './retaliation-reviews.service.js';
import { NotificationEventsModule } from '../notifications/notification-events.module.js';

/** Anti-retaliation: protected people, adverse-action checks and their reviews. */
@Module({
  imports: [
    AccessModule,
    AuditModule,
    PersistenceModule,
    PlatformServicesModule,
    NotificationEventsModule,
  ],
  providers: [PersonIndexes, ProtectedPeople, RetaliationChecks, RetaliationReviews],
  exports: [PersonIndexes, ProtectedPeople, RetaliationChecks, RetaliationReviews],
})
export class RetaliationModule {}
