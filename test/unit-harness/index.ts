export * from './fake-case-repositories.js';
export * from './fake-safeguard-repositories.js';
export * from './in-memory-database.js';
export * from './new-test-service.js';
