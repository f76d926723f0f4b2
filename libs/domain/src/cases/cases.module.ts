import { Module } from '@nestjs/common';
import { PersistenceModule } from '@candor/persistence';
import { PlatformServicesModule } from '@candor/platform';
import { AccessModule } from '../access/access.module.js';
import { AuditModule } from '../audit/audit.module.js';
import { IntakeModule } from '../intake/intake.module.js';
import { NotificationEventsModule } from '../notifications/notification-events.module.js';
import { SafeguardsModule } from '../safeguards.module.js';
import { CaseConsole } from './case-console.service.js';
import { CaseDetailService } from './case-detail.service.js';
import { CaseListService } from './case-list.service.js';
import { CaseRecordKeepingService } from './case-record-keeping.service.js';
import { CaseWorkflowService } from './case-workflow.service.js';

/** A case's handling: the triage list, the case as staff see it, its workflow, and its record (notes, messages, findings, actions). */
@Module({
  imports: [
    AccessModule,
    AuditModule,
    IntakeModule,
    NotificationEventsModule,
    PersistenceModule,
    PlatformServicesModule,
    SafeguardsModule,
  ],
  providers: [
    CaseConsole,
    CaseDetailService,
    CaseListService,
    CaseRecordKeepingService,
    CaseWorkflowService,
  ],
  exports: [
    CaseConsole,
    CaseDetailService,
    CaseListService,
    CaseRecordKeepingService,
    CaseWorkflowService,
  ],
})
export class CasesModule {}
