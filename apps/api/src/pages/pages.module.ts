import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { DomainModule } from '@candor/domain';
import { QueueName } from '@candor/platform';
import { AssetsController } from './common/assets.controller.js';
import { CsrfService } from './common/csrf.service.js';
import { PageService } from './common/page-context.js';
import { FollowUpController } from './reporter/follow-up/follow-up.controller.js';
import { DraftStore } from './reporter/report/draft-store.service.js';
import { ReportDrafts } from './reporter/report/report-drafts.service.js';
import { ReportFilesController } from './reporter/report/report-files.controller.js';
import { ReportSendController } from './reporter/report/report-send.controller.js';
import { ReportController } from './reporter/report/report.controller.js';
import { CaseCorrespondencePagesController } from './staff/case/case-correspondence.controller.js';
import { CaseDecisionsPagesController } from './staff/case/case-decisions.controller.js';
import { CaseFormActions } from './staff/case/case-form-actions.service.js';
import { CaseIdentityPagesController } from './staff/case/case-identity.controller.js';
import { CaseSafeguardsPagesController } from './staff/case/case-safeguards.controller.js';
import { StaffCaseController } from './staff/case/staff-case.controller.js';
import { StartController } from './reporter/start/start.controller.js';
import { AdminPagesController } from './staff/admin/admin.controller.js';
import { FailedNotifications } from './staff/admin/failed-notifications.service.js';
import { AuditPagesController } from './staff/audit/audit.controller.js';
import { BoardReportPagesController } from './staff/board/board-report.controller.js';
import { RetaliationPagesController } from './staff/retaliation/retaliation.controller.js';
import { StaffPages } from './staff/common/staff-pages.service.js';
import { EnrolController } from './staff/enrol/enrol.controller.js';
import { StaffPageGuard } from './staff/common/staff-session.guard.js';
import { QueueController } from './staff/queue/queue.controller.js';
import { StaffSignInController } from './staff/sign-in/sign-in.controller.js';

/**
 * The server-rendered pages, in the API process, on the same domain services as the JSON API.
 * The reporter's pages (no script, no session) and the staff console under /staff (behind
 * StaffPageGuard, on the staff member's browser session).
 */
@Module({
  imports: [
    DomainModule,
    // The notification dead-letter list on the administration pages (FailedNotifications).
    BullModule.registerQueue(
      { name: QueueName.NotificationDeliveries, forceDisconnectOnShutdown: true },
      { name: QueueName.NotificationEvents, forceDisconnectOnShutdown: true },
    ),
  ],
  controllers: [
    AssetsController,
    StartController,
    ReportController,
    ReportFilesController,
    ReportSendController,
    FollowUpController,
    StaffSignInController,
    EnrolController,
    QueueController,
    StaffCaseController,
    CaseCorrespondencePagesController,
    CaseDecisionsPagesController,
    CaseSafeguardsPagesController,
    CaseIdentityPagesController,
    RetaliationPagesController,
    BoardReportPagesController,
    AuditPagesController,
    AdminPagesController,
  ],
  providers: [
    CsrfService,
    PageService,
    DraftStore,
    ReportDrafts,
    StaffPages,
    StaffPageGuard,
    CaseFormActions,
    FailedNotifications,
  ],
})
export class PagesModule {}
