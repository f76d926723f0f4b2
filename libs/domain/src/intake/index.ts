export * from './case-records.js';
export * from './case-reference.js';
export * from './intake-throttle.service.js';
export * from './intake.service.js';
export * from './intake.types.js';
export * from './prepare-files.js';
