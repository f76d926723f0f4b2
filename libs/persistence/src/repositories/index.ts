import { CasePartiesRepository } from './case-parties.repository.js';
import { NotificationDeliveriesRepository } from './notification-deliveries.repository.js';
import { NotificationFactsRepository } from './notification-facts.repository.js';
import { NotificationTriggersRepository } from './notification-triggers.repository.js';
import { OutboxRepository } from './outbox.repository.js';
import { ReporterIdentityRepository } from './reporter-identity.repository.js';
import { StaffEnrolmentsRepository } from './staff-enrolments.repository.js';
import { StaffSessionsRepository } from './staff-sessions.repository.js';
import { StaffRepository } from './staff.repository.js';
import { UnannouncedEventsRepository } from './unannounced-events.repository.js';

export * from './case-parties.repository.js';
export * from './staff.repository.js';
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
  StaffEnrolmentsRepository,
  StaffSessionsRepository,
  OutboxRepository,
  NotificationDeliveriesRepository,
  NotificationFactsRepository,
  NotificationTriggersRepository,
  UnannouncedEventsRepository,
  ReporterIdentityRepository,
];
