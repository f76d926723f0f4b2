// Preloaded into the bench's API process only (`node --import bench/lift-route-limits.js`).
//
// The API's route limits are fixed in code and kept in process memory: 1,200 requests a minute
// shared by everybody on the intake read routes (concern types) and on the reporter routes, 6,000
// on each reporter page, and 600 a minute per client address on every other route, staff list
// included. A load generator on one
// address exceeds them within a second, after which every figure would be the speed of a 429. This
// raises those four limits to a value no run can reach; the guard still runs and still counts on
// every request, so its cost stays in the figures. Nothing else changes: the login limit, the
// intake limit (INTAKE_REPORTS_PER_MINUTE) and the receipt-failure throttle (Redis,
// RECEIPT_FAILURES_PER_MINUTE) keep their configured values.
import { createRequire } from 'node:module';

const LIFTED = new Set(['default', 'intake-read', 'reporter', 'reporter-pages']);
const require = createRequire(import.meta.url);
const limiters = require('rate-limiter-flexible');
const Original = limiters.RateLimiterMemory;

class LiftedRateLimiterMemory extends Original {
  constructor(options = {}) {
    // The guard names its limiters `${policy}:${points}:${seconds}`.
    const policy = String(options.keyPrefix ?? '').split(':')[0];
    super(LIFTED.has(policy) ? { ...options, points: 1_000_000_000 } : options);
  }
}

// ES modules importing this CommonJS package read its exports when first imported, which is after
// this preload: they get the subclass.
limiters.RateLimiterMemory = LiftedRateLimiterMemory;
