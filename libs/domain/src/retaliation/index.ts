export * from './person-indexes.service.js';
export * from './protected-people.service.js';
export * from './retaliation-checks.service.js';
export * from './retaliation-reviews.service.js';
export * from './retaliation-rules.js';
