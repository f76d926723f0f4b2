export * from './board-report.js';
export * from './board-report.service.js';
export * from './disclosure-control.js';
export * from './report-period.js';
