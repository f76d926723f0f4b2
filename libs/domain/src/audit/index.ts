export * from './audit-entry.js';
export * from './canonical-encoding.js';
export * from './hash-chain.js';
export * from './audit-trail.service.js';
export * from './audit-events.service.js';
export * from './audit-head.service.js';
export * from './audit-verifier.service.js';
export * from './audit-log-row.js';
