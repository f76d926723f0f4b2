export * from './database/connection-error.js';
export * from './database/data-source-options.js';
export * from './database/database-url.js';
export * from './database/migrate.js';
export * from './database/preflight.js';
export * from './database/roles.js';
export * from './entities/index.js';
export * from './migrations/index.js';
