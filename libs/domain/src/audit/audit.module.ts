import { Module } from '@nestjs/common';
import { PersistenceModule } from '@candor/persistence';
import { PlatformServicesModule } from '@candor/platform';
import { AccessModule } from '../access/access.module.js';
import { AuditEventsService } from './audit-events.service.js';
import { AuditHeadService } from './audit-head.service.js';
import { AuditTrailService } from './audit-trail.service.js';
import { AuditVerifierService } from './audit-verifier.service.js';

/** The audit trail every change and read writes to, its reading, its head and its verification. */
@Module({
  imports: [AccessModule, PersistenceModule, PlatformServicesModule],
  providers: [AuditEventsService, AuditHeadService, AuditTrailService, AuditVerifierService],
  exports: [AuditEventsService, AuditHeadService, AuditTrailService, AuditVerifierService],
})
export class AuditModule {}
