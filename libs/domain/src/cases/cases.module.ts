import { Module } from '@nestjs/common';
import { PersistenceModule } from '@candor/persistence';
import { PlatformServicesModule } from '@candor/platform';
import { AccessModule } from '../access/access.module.js';
import { AuditModule } from '../audit/audit.module.js';
import { IntakeModule } from '../intake/intake.module.js';
import { NotificationEventsModule } from '../notifications/notification-events.module.js';
import { SafeguardsModule } from '../safeguards.module.js';
import { CaseConsoleService } from './case-console.service.js';
import { CaseCorrespondenceService } from './case-correspondence.service.js';
import { CaseDeterminationsService } from './case-determinations.service.js';
import { CaseDetailService } from './case-detail.service.js';
import { CaseListService } from './case-list.service.js';
import { CaseWorkflowService } from './case-workflow.service.js';

/**
 * A case's handling: the triage list, the case as staff see it, its workflow, its correspondence
 * (notes, messages, evidence) and its determinations (outcomes, actions, approvals).
 */
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
    CaseConsoleService,
    CaseCorrespondenceService,
    CaseDetailService,
    CaseDeterminationsService,
    CaseListService,
    CaseWorkflowService,
  ],
  exports: [
    CaseConsoleService,
    CaseCorrespondenceService,
    CaseDetailService,
    CaseDeterminationsService,
    CaseListService,
    CaseWorkflowService,
  ],
})
export class CasesModule {}
