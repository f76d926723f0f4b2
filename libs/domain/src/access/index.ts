export * from './access-policy.js';
export * from './action-policy.js';
export * from './case-access.service.js';
