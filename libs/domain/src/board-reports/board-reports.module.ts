import { Module } from '@nestjs/common';
import { PersistenceModule } from '@candor/persistence';
import { PlatformServicesModule } from '@candor/platform';
import { AccessModule } from '../access/access.module.js';
import { AuditModule } from '../audit/audit.module.js';
import { BoardReportService } from './board-report.service.js';

/** The periodic report to the Board, with small counts suppressed. */
@Module({
  imports: [AccessModule, AuditModule, PersistenceModule, PlatformServicesModule],
  providers: [BoardReportService],
  exports: [BoardReportService],
})
export class BoardReportsModule {}
