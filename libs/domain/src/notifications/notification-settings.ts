import { ConfigError } from '@candor/platform';

/** How the worker paces notifications. Read once at boot, like the rest of the configuration. */
export interface NotificationSettings {
  /** Attempts per email before it lands in the dead-letter (failed) set. */
  readonly attempts: number;
  /**
   * First retry delay; each next one doubles. With 8 attempts the 7 waits add up to 127 × this:
   * the default of 60 s gives up after about 2 hours.
   */
  readonly backoffMs: number;
  /** The UTC hour at which digests (and the audit head email) go out. */
  readonly digestHourUtc: number;
  /** How often the database is scanned for reminders, the audit head and digests. */
  readonly scanIntervalMs: number;
  /** How often the relay polls the outbox when no NOTIFY arrives (a missed notify, a reconnect). */
  readonly relayPollMs: number;
}

export const NOTIFICATION_SETTINGS = Symbol('NOTIFICATION_SETTINGS');

export const NOTIFICATION_DEFAULTS = {
  NOTIFY_ATTEMPTS: '8',
  NOTIFY_BACKOFF_MS: '60000',
  DIGEST_HOUR_UTC: '7',
  NOTIFY_SCAN_INTERVAL_MS: String(15 * 60 * 1000),
  NOTIFY_RELAY_POLL_MS: '2000',
} as const;

/** Validates the notification variables; every problem is named, as `loadConfig` does. */
export function loadNotificationSettings(
  env: Record<string, string | undefined>,
): NotificationSettings {
  const problems: string[] = [];
  const whole = (name: keyof typeof NOTIFICATION_DEFAULTS, min: number, max: number): number => {
    const raw = env[name]?.trim() || NOTIFICATION_DEFAULTS[name];
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      problems.push(`${name} must be a whole number from ${min} to ${max}`);
    }
    return value;
  };
  const settings: NotificationSettings = {
    attempts: whole('NOTIFY_ATTEMPTS', 1, 50),
    backoffMs: whole('NOTIFY_BACKOFF_MS', 10, 24 * 3600 * 1000),
    digestHourUtc: whole('DIGEST_HOUR_UTC', 0, 23),
    scanIntervalMs: whole('NOTIFY_SCAN_INTERVAL_MS', 500, 24 * 3600 * 1000),
    relayPollMs: whole('NOTIFY_RELAY_POLL_MS', 100, 60 * 1000),
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return settings;
}
