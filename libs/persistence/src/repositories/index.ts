import { CasePartiesRepository } from './case-parties.repository.js';
import { StaffRepository } from './staff.repository.js';
import { CasesRepository } from './cases.repository.js';

export * from './case-parties.repository.js';
export * from './staff.repository.js';
export * from './cases.repository.js';

/** Every repository, provided and exported by PersistenceModule. */
export const REPOSITORIES = [CasePartiesRepository, StaffRepository, CasesRepository];
