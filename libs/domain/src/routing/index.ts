export * from './routing.types.js';
export { CODE_OF_CONDUCT_POLICY } from './policies/code-of-conduct.2026-11.policy.js';
export { concernTypeCatalogue, route } from './route.js';
export { validatePolicy } from './validate-policy.js';
export * from './routing-policy.provider.js';
