import type { RateLimitPolicy } from '../../common/rate-limit/rate-limit.decorator.js';

/**
 * Reporter pages, like the reporter API, keep no per-client state: one bucket shared by
 * everybody. It is generous because every step of a report is a page; what protects the
 * database is the intake and receipt throttles in the domain services the pages call.
 */
export const REPORTER_PAGES_RATE_LIMIT: RateLimitPolicy = {
  name: 'reporter-pages',
  points: 6000,
  durationSeconds: 60,
  scope: 'global',
};
