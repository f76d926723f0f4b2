import { CasePartiesRepository } from './case-parties.repository.js';
import { StaffRepository } from './staff.repository.js';
import { CasesRepository } from './cases.repository.js';
import { CaseFilesRepository } from './case-files.repository.js';
import { CaseMessagesRepository } from './case-messages.repository.js';
import { CaseNotesRepository } from './case-notes.repository.js';
import { CaseDeterminationsRepository } from './case-determinations.repository.js';
import { CaseListRepository } from './case-list.repository.js';
import { AuditLogRepository } from './audit-log.repository.js';
import { BoardReportsRepository } from './board-reports.repository.js';
import { LegalHoldsRepository } from './legal-holds.repository.js';
import { ReporterRepository } from './reporter.repository.js';
import { RetaliationRepository } from './retaliation.repository.js';
import { RetentionRepository } from './retention.repository.js';

export * from './case-parties.repository.js';
export * from './staff.repository.js';
export * from './cases.repository.js';
export * from './case-files.repository.js';
export * from './case-messages.repository.js';
export * from './case-notes.repository.js';
export * from './case-determinations.repository.js';
export * from './case-list.repository.js';
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
  CasesRepository,
  CaseFilesRepository,
  CaseMessagesRepository,
  CaseNotesRepository,
  CaseDeterminationsRepository,
  CaseListRepository,
  AuditLogRepository,
  BoardReportsRepository,
  LegalHoldsRepository,
  ReporterRepository,
  RetaliationRepository,
  RetentionRepository,
];
