import { Module } from '@nestjs/common';
import { PersistenceModule } from '@candor/persistence';
import { AccessTokenService, CaseCipherService, RedisModule } from '@candor/platform';
import { CaseAccess } from './access/case-access.service.js';
import { AuditEvents } from './audit/audit-events.service.js';
import { AuditHeadService } from './audit/audit-head.service.js';
import { AuditTrail } from './audit/audit-trail.service.js';
import { AuditVerifier } from './audit/audit-verifier.service.js';
import { BoardReportService } from './board-reports/board-report.service.js';
import { CaseConsole } from './cases/case-console.service.js';
import { CaseDetailService } from './cases/case-detail.service.js';
import { CaseListService } from './cases/case-list.service.js';
import { CaseRecordKeepingService } from './cases/case-record-keeping.service.js';
import { CaseWorkflowService } from './cases/case-workflow.service.js';
import { IdentityReveal } from './identity/identity-reveal.service.js';
import { IntakeThrottle } from './intake/intake-throttle.service.js';
import { IntakeService } from './intake/intake.service.js';
import { LegalHolds } from './legal-hold/legal-holds.service.js';
import { NotificationRecipients } from './notifications/notification-recipients.service.js';
import { UnannouncedEvents } from './notifications/unannounced-events.service.js';
import { ReceiptThrottle } from './reporter/receipt-throttle.service.js';
import { ReporterChannelService } from './reporter/reporter-channel.service.js';
import { PersonIndexes } from './retaliation/person-indexes.service.js';
import { ProtectedPeople } from './retaliation/protected-people.service.js';
import { RetaliationChecks } from './retaliation/retaliation-checks.service.js';
import { RetaliationReviews } from './retaliation/retaliation-reviews.service.js';
import { RetentionService } from './retention/retention.service.js';
import { RoutingPolicyProvider } from './routing/routing-policy.provider.js';
import { SignInThrottle } from './staff/sign-in-throttle.service.js';
import { StaffAccounts } from './staff/staff-accounts.service.js';
import { StaffAdministrationService } from './staff/staff-administration.service.js';
import { StaffAuthService } from './staff/staff-auth.service.js';
import { StaffEnrolmentService } from './staff/staff-enrolment.service.js';
import { StaffSessionService } from './staff/staff-session.service.js';
import { StaffService } from './staff/staff.service.js';

const SERVICES = [
  AccessTokenService,
  AuditEvents,
  AuditHeadService,
  AuditTrail,
  AuditVerifier,
  BoardReportService,
  CaseAccess,
  CaseConsole,
  CaseDetailService,
  CaseListService,
  CaseRecordKeepingService,
  CaseWorkflowService,
  CaseCipherService,
  IdentityReveal,
  IntakeService,
  IntakeThrottle,
  LegalHolds,
  NotificationRecipients,
  PersonIndexes,
  ProtectedPeople,
  ReceiptThrottle,
  ReporterChannelService,
  RetaliationChecks,
  RetaliationReviews,
  RetentionService,
  RoutingPolicyProvider,
  SignInThrottle,
  StaffAccounts,
  StaffAdministrationService,
  StaffAuthService,
  StaffEnrolmentService,
  StaffService,
  StaffSessionService,
  UnannouncedEvents,
];

/** The product's services, for the API, the worker and the CLI alike. Needs TypeORM's DataSource. */
@Module({
  imports: [PersistenceModule, RedisModule],
  providers: SERVICES,
  exports: [...SERVICES, PersistenceModule, RedisModule],
})
export class DomainModule {}
