import { SetMetadata } from '@nestjs/common';
import type { AppConfig } from '@candor/platform';

/**
 * How requests are counted (before validation: the guard runs before the body is checked):
 * - `client`: per connecting client. The address is hashed with a per-process random salt and
 *   counted in memory only, for at most `durationSeconds`; it never reaches Redis, the database or
 *   a log. A flood fills only the sender's own bucket. Reporter routes do not use it.
 * - `global`: one shared bucket for everyone calling the route (no client-derived key at all).
 *   Whoever floods it refuses the route to everybody, junk included, so it suits only operators'
 *   routes (the worker health check), never a route a reporter or a staff member needs.
 */
export type RateLimitScope = 'client' | 'global';

export interface RateLimitPolicy {
  readonly name: string;
  /** Requests allowed per window; a function reads it from the configuration. */
  readonly points: number | ((config: AppConfig) => number);
  readonly durationSeconds: number;
  readonly scope: RateLimitScope;
}

export const RATE_LIMITS = 'candor:rate-limits';

/** The default for every route without its own `@RateLimit`. */
export const DEFAULT_RATE_LIMIT: RateLimitPolicy = {
  name: 'default',
  points: 600,
  durationSeconds: 60,
  scope: 'client',
};

/** Replaces the default limit of a route (or of every route of a controller). */
export const RateLimit = (...policies: RateLimitPolicy[]) => SetMetadata(RATE_LIMITS, policies);

/**
 * No guard limit, for reporter routes and pages. They may read no network identifier, so the only
 * bucket the guard could keep there is one for everybody, counted before validation, which a
 * flood of junk would fill for the real reporter. What needs limiting there is limited in the
 * domain services (intake, receipt sign-in, the receipt session), after validation, for the API
 * and the pages alike. A reporter route without this falls back to the default, which counts
 * per client address: every reporter controller must carry it.
 */
export const NoRouteRateLimit = () => SetMetadata(RATE_LIMITS, []);
