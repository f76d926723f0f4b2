export * from './fake-audit-trail.js';
export * from './fake-case-repositories.js';
export * from './in-memory-database.js';
export * from './new-test-service.js';
