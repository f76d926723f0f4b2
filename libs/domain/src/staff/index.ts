export * from './sign-in-throttle.service.js';
export * from './password-policy.js';
export * from './staff-accounts.service.js';
export * from './staff-administration.service.js';
export * from './staff-auth.service.js';
export * from './staff-enrolment.service.js';
export * from './staff-session.service.js';
export * from './staff.service.js';
