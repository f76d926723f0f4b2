export * from './board-report.js';
