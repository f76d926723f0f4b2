import { SetMetadata } from '@nestjs/common';
import type { AppConfig } from '@candor/platform';

/**
 * How requests are counted:
 * - `client`: per connecting client. The address is hashed with a per-process random salt and
 *   counted in memory only, for at most `durationSeconds`; it never reaches Redis, the database or
 *   a log. Reporter routes do not use it.
 * - `global`: one shared bucket for everyone calling the route (no client-derived key at all).
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
