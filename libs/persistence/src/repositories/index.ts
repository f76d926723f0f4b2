import { AuditLogRepository } from './audit-log.repository.js';
import { BoardReportsRepository } from './board-reports.repository.js';
import { CaseDeterminationsRepository } from './case-determinations.repository.js';
import { CaseFilesRepository } from './case-files.repository.js';
import { CaseListRepository } from './case-list.repository.js';
import { CaseMessagesRepository } from './case-messages.repository.js';
import { CaseNotesRepository } from './case-notes.repository.js';
import { CasePartiesRepository } from './case-parties.repository.js';
import { CasesRepository } from './cases.repository.js';
import { LegalHoldsRepository } from './legal-holds.repository.js';
import { NotificationDeliveriesRepository } from './notification-deliveries.repository.js';
import { NotificationFactsRepository } from './notification-facts.repository.js';
import { NotificationTriggersRepository } from './notification-triggers.repository.js';
import { OutboxRepository } from './outbox.repository.js';
import { ReporterIdentityRepository } from './reporter-identity.repository.js';
import { ReporterRepository } from './reporter.repository.js';
import { RetaliationRepository } from './retaliation.repository.js';
import { RetentionRepository } from './retention.repository.js';
import { StaffEnrolmentsRepository } from './staff-enrolments.repository.js';
import { StaffSessionsRepository } from './staff-sessions.repository.js';
import { StaffRepository } from './staff.repository.js';
import { UnannouncedEventsRepository } from './unannounced-events.repository.js';

export * from './audit-log-snapshot.js';
export * from './audit-log.repository.js';
export * from './board-reports.repository.js';
export * from './case-determinations.repository.js';
export * from './case-files.repository.js';
export * from './case-list.repository.js';
export * from './case-messages.repository.js';
export * from './case-notes.repository.js';
export * from './case-parties.repository.js';
export * from './case-visibility.sql.js';
export * from './cases.repository.js';
export * from './legal-holds.repository.js';
export * from './notification-deliveries.repository.js';
export * from './notification-facts.repository.js';
export * from './notification-triggers.repository.js';
export * from './outbox.repository.js';
export * from './reporter-identity.repository.js';
export * from './reporter.repository.js';
export * from './retaliation.repository.js';
export * from './retention.repository.js';
export * from './staff-enrolments.repository.js';
export * from './staff-sessions.repository.js';
export * from './staff.repository.js';
export * from './unannounced-events.repository.js';

/** Every repository, provided and exported by PersistenceModule. */
export const REPOSITORIES = [
  AuditLogRepository,
  BoardReportsRepository,
  CaseDeterminationsRepository,
  CaseFilesRepository,
  CaseListRepository,
  CaseMessagesRepository,
  CaseNotesRepository,
  CasePartiesRepository,
  CasesRepository,
  LegalHoldsRepository,
  NotificationDeliveriesRepository,
  NotificationFactsRepository,
  NotificationTriggersRepository,
  OutboxRepository,
  ReporterIdentityRepository,
  ReporterRepository,
  RetaliationRepository,
  RetentionRepository,
  StaffEnrolmentsRepository,
  StaffRepository,
  StaffSessionsRepository,
  UnannouncedEventsRepository,
];
