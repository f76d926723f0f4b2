export * from './staff-auth.service.js';
export * from './staff.service.js';
