import { AuditLogRepository } from './audit-log.repository.js';
import { BoardReportsRepository } from './board-reports.repository.js';
import { CasePartiesRepository } from './case-parties.repository.js';
import { LegalHoldsRepository } from './legal-holds.repository.js';
import { ReporterRepository } from './reporter.repository.js';
import { RetaliationRepository } from './retaliation.repository.js';
import { RetentionRepository } from './retention.repository.js';
import { StaffRepository } from './staff.repository.js';

export * from './case-parties.repository.js';
export * from './staff.repository.js';
export * from './audit-log.repository.js';
export * from './audit-log-snapshot.js';
export * from './board-reports.repository.js';
export * from './legal-holds.repository.js';
export * from './reporter.repository.js';
export * from './retaliation.repository.js';
export * from './retention.repository.js';

/** Every repository, provided and exported by PersistenceModule. */
export const REPOSITORIES = [
  CasePartiesRepository,
  StaffRepository,
  AuditLogRepository,
  BoardReportsRepository,
  LegalHoldsRepository,
  ReporterRepository,
  RetaliationRepository,
  RetentionRepository,
];
