export * from './case-parties.repository.js';
export * from './staff.repository.js';
