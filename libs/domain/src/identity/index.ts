export * from './identity-notice.js';
export * from './identity-reveal.service.js';
