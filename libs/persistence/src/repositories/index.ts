import { CasePartiesRepository } from './case-parties.repository.js';
import { StaffRepository } from './staff.repository.js';
import { CasesRepository } from './cases.repository.js';
import { CaseFilesRepository } from './case-files.repository.js';
import { CaseMessagesRepository } from './case-messages.repository.js';
import { CaseNotesRepository } from './case-notes.repository.js';
import { CaseDeterminationsRepository } from './case-determinations.repository.js';
import { CaseListRepository } from './case-list.repository.js';

export * from './case-parties.repository.js';
export * from './staff.repository.js';
export * from './cases.repository.js';
export * from './case-files.repository.js';
export * from './case-messages.repository.js';
export * from './case-notes.repository.js';
export * from './case-determinations.repository.js';
export * from './case-list.repository.js';

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
];
