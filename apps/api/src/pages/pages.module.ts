import { Module } from '@nestjs/common';
import { DomainModule } from '@candor/domain';
import { AssetsController } from './common/assets.controller.js';
import { CsrfService } from './common/csrf.service.js';
import { PageService } from './common/page-context.js';
import { FollowUpController } from './reporter/follow-up/follow-up.controller.js';
import { DraftStore } from './reporter/report/draft-store.service.js';
import { ReportDrafts } from './reporter/report/report-drafts.service.js';
import { ReportFilesController } from './reporter/report/report-files.controller.js';
import { ReportSendController } from './reporter/report/report-send.controller.js';
import { ReportController } from './reporter/report/report.controller.js';
import { StaffCaseController } from './staff/case/staff-case.controller.js';
import { StartController } from './reporter/start/start.controller.js';

/**
 * The server-rendered pages, in the API process, on the same domain services as the JSON API.
 * Reporter pages now; the staff console adds its controllers beside them.
 */
@Module({
  imports: [DomainModule],
  controllers: [
    AssetsController,
    StartController,
    ReportController,
    ReportFilesController,
    ReportSendController,
    FollowUpController,
    StaffCaseController,
  ],
  providers: [CsrfService, PageService, DraftStore, ReportDrafts],
})
export class PagesModule {}
