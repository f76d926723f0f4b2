export * from './board-report.js';
export * from './board-report.service.js';
