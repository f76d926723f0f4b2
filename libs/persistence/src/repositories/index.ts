import { CasePartiesRepository } from './case-parties.repository.js';
import { StaffEnrolmentsRepository } from './staff-enrolments.repository.js';
import { StaffSessionsRepository } from './staff-sessions.repository.js';
import { StaffRepository } from './staff.repository.js';

export * from './case-parties.repository.js';
export * from './staff.repository.js';
export * from './staff-enrolments.repository.js';
export * from './staff-sessions.repository.js';

/** Every repository, provided and exported by PersistenceModule. */
export const REPOSITORIES = [
  CasePartiesRepository,
  StaffRepository,
  StaffEnrolmentsRepository,
  StaffSessionsRepository,
];
