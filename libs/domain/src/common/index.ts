export * from './domain-error.js';
export * from './calendar-date.js';
