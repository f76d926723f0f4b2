export * from './sign-in-throttle.service.js';
export * from './staff-auth.service.js';
export * from './staff.service.js';
