export * from './case-outcome.js';
export * from './case-status.js';
export * from './deadlines.js';
export * from './workflow.js';
