export * from './retention-policy.js';
export * from './retention.service.js';
