import { Module } from '@nestjs/common';
import { AccessTokenService, CaseCipherService, RedisModule } from '@candor/platform';
import { CaseAccess } from './access/case-access.service.js';
import { AuditTrail } from './audit/audit-trail.service.js';
import { IntakeService } from './intake/intake.service.js';
import { ReceiptThrottle } from './reporter/receipt-throttle.service.js';
import { ReporterChannelService } from './reporter/reporter-channel.service.js';
import { RoutingPolicyProvider } from './routing/routing-policy.provider.js';
import { StaffAuthService } from './staff/staff-auth.service.js';
import { StaffService } from './staff/staff.service.js';

const SERVICES = [
  AccessTokenService,
  AuditTrail,
  CaseAccess,
  CaseCipherService,
  IntakeService,
  ReceiptThrottle,
  ReporterChannelService,
  RoutingPolicyProvider,
  StaffAuthService,
  StaffService,
];

/** The product's services, for the API, the worker and the CLI alike. Needs TypeORM's DataSource. */
@Module({
  imports: [RedisModule],
  providers: SERVICES,
  exports: [...SERVICES, RedisModule],
})
export class DomainModule {}
