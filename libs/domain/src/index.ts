export * from './audit/index.js';
export * from './routing/index.js';
