export * from './legal-holds.service.js';
