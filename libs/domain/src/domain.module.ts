import { Module } from '@nestjs/common';
import { PersistenceModule } from '@candor/persistence';
import { PlatformServicesModule, RedisModule } from '@candor/platform';
import { AccessModule } from './access/access.module.js';
import { AuditModule } from './audit/audit.module.js';
import { BoardReportsModule } from './board-reports/board-reports.module.js';
import { CasesModule } from './cases/cases.module.js';
import { IntakeModule } from './intake/intake.module.js';
import { NotificationEventsModule } from './notifications/notification-events.module.js';
import { ReporterModule } from './reporter/reporter.module.js';
import { RetaliationModule } from './retaliation/retaliation.module.js';
import { SafeguardsModule } from './safeguards.module.js';
import { StaffModule } from './staff/staff.module.js';

/** The domain, module by module (each names what it needs), with what they stand on. */
const MODULES = [
  AccessModule,
  AuditModule,
  BoardReportsModule,
  CasesModule,
  IntakeModule,
  NotificationEventsModule,
  ReporterModule,
  RetaliationModule,
  SafeguardsModule,
  StaffModule,
  PersistenceModule,
  PlatformServicesModule,
  RedisModule,
];

/**
 * Every domain module, for the API and the CLI, which use all of them; a process that needs less
 * (the worker) imports only its own. Needs TypeORM's DataSource and the configuration.
 */
@Module({ imports: MODULES, exports: MODULES })
export class DomainModule {}
