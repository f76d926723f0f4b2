import { Module } from '@nestjs/common';
import { PersistenceModule } from '@candor/persistence';
import { PlatformServicesModule } from '@candor/platform';
import { AccessModule } from './access/access.module.js';
import { AuditModule } from './audit/audit.module.js';
import { IdentityRevealService } from './identity/identity-reveal.service.js';
import { LegalHoldsService } from './legal-hold/legal-holds.service.js';
import { RetentionService } from './retention/retention.service.js';
import { NotificationEventsModule } from './notifications/notification-events.module.js';

/** What protects a case's record: legal holds, the reveal of a reporter's identity, and retention (purge). */
@Module({
  imports: [
    AccessModule,
    AuditModule,
    PersistenceModule,
    PlatformServicesModule,
    NotificationEventsModule,
  ],
  providers: [IdentityRevealService, LegalHoldsService, RetentionService],
  exports: [IdentityRevealService, LegalHoldsService, RetentionService],
})
export class SafeguardsModule {}
