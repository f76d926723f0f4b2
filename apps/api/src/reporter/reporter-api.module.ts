import { Module } from '@nestjs/common';
import { DomainModule } from '@candor/domain';
import { IntakeController } from '../intake/intake.controller.js';
import { ReporterAuthGuard } from './reporter-auth.guard.js';
import { ReporterController } from './reporter.controller.js';

/** The routes a reporter uses, with no account: intake and the receipt channel. */
@Module({
  imports: [DomainModule],
  controllers: [IntakeController, ReporterController],
  providers: [ReporterAuthGuard],
})
export class ReporterApiModule {}
