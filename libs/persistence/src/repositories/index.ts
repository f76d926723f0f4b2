import { CasePartiesRepository } from './case-parties.repository.js';
import { StaffRepository } from './staff.repository.js';
import { CasesRepository } from './cases.repository.js';
import { CaseFilesRepository } from './case-files.repository.js';
import { CaseMessagesRepository } from './case-messages.repository.js';
import { CaseNotesRepository } from './case-notes.repository.js';
import { CaseDeterminationsRepository } from './case-determinations.repository.js';
import { StaffEnrolmentsRepository } from './staff-enrolments.repository.js';
import { StaffSessionsRepository } from './staff-sessions.repository.js';
import { OutboxRepository } from './outbox.repository.js';
import { NotificationDeliveriesRepository } from './notification-deliveries.repository.js';
import { NotificationFactsRepository } from './notification-facts.repository.js';
import { NotificationTriggersRepository } from './notification-triggers.repository.js';
import { UnannouncedEventsRepository } from './unannounced-events.repository.js';
import { ReporterIdentityRepository } from './reporter-identity.repository.js';

export * from './case-parties.repository.js';
export * from './staff.repository.js';
export * from './cases.repository.js';
export * from './case-files.repository.js';
export * from './case-messages.repository.js';
export * from './case-notes.repository.js';
export * from './case-determinations.repository.js';
export * from './staff-enrolments.repository.js';
export * from './staff-sessions.repository.js';
export * from './outbox.repository.js';
export * from './notification-deliveries.repository.js';
export * from './notification-facts.repository.js';
export * from './notification-triggers.repository.js';
export * from './unannounced-events.repository.js';
export * from './reporter-identity.repository.js';

/** Every repository, provided and exported by PersistenceModule. */
export const REPOSITORIES = [
  CasePartiesRepository,
  StaffRepository,
  CasesRepository,
  CaseFilesRepository,
  CaseMessagesRepository,
  CaseNotesRepository,
  CaseDeterminationsRepository,
  StaffEnrolmentsRepository,
  StaffSessionsRepository,
  OutboxRepository,
  NotificationDeliveriesRepository,
  NotificationFactsRepository,
  NotificationTriggersRepository,
  UnannouncedEventsRepository,
  ReporterIdentityRepository,
];
