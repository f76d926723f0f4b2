import { Module } from '@nestjs/common';
import { DomainModule } from '@candor/domain';
import { StaffAuthModule } from '../staff-auth/staff-auth.module.js';
import { BoardReportsController } from './board-reports.controller.js';
import { CasesController } from './cases.controller.js';

/** Staff case management and the board report. */
@Module({
  imports: [DomainModule, StaffAuthModule],
  controllers: [CasesController, BoardReportsController],
})
export class CasesApiModule {}
