import { Module } from '@nestjs/common';
import { PersistenceModule } from '@candor/persistence';
import { PlatformServicesModule } from '@candor/platform';
import { AccessModule } from '../access/access.module.js';
import { AuditModule } from '../audit/audit.module.js';
import { PersonIndexesService } from './person-indexes.service.js';
import { ProtectedPeopleService } from './protected-people.service.js';
import { RetaliationChecksService } from './retaliation-checks.service.js';
import { RetaliationReviewsService } from './retaliation-reviews.service.js';
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
  providers: [
    PersonIndexesService,
    ProtectedPeopleService,
    RetaliationChecksService,
    RetaliationReviewsService,
  ],
  exports: [
    PersonIndexesService,
    ProtectedPeopleService,
    RetaliationChecksService,
    RetaliationReviewsService,
  ],
})
export class RetaliationModule {}
