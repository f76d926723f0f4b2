import { Module } from '@nestjs/common';
import { PersistenceModule } from '@candor/persistence';
import { PlatformServicesModule } from '@candor/platform';
import { AccessModule } from '../access/access.module.js';
import { AuditEvents } from './audit-events.service.js';
import { AuditHeadService } from './audit-head.service.js';
import { AuditTrail } from './audit-trail.service.js';
import { AuditVerifier } from './audit-verifier.service.js';

/** The audit trail every change and read writes to, its reading, its head and its verification. */
@Module({
  imports: [AccessModule, PersistenceModule, PlatformServicesModule],
  providers: [AuditEvents, AuditHeadService, AuditTrail, AuditVerifier],
  exports: [AuditEvents, AuditHeadService, AuditTrail, AuditVerifier],
})
export class AuditModule {}
