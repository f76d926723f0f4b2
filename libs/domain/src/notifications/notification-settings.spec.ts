import { ConfigError } from '@candor/platform';
import { loadNotificationSettings } from './notification-settings.js';

describe(loadNotificationSettings.name, () => {
  it('gives up after 8 attempts over about 2 hours, digests at 07:00 UTC, scans every 15 minutes', () => {
    const settings = loadNotificationSettings({});
    expect(settings).toEqual({
      attempts: 8,
      backoffMs: 60_000,
      digestHourUtc: 7,
      scanIntervalMs: 15 * 60 * 1000,
      relayPollMs: 2000,
    });
    const totalWaitMs = Array.from(
      { length: settings.attempts - 1 },
      (_, i) => settings.backoffMs * 2 ** i,
    ).reduce((a, b) => a + b, 0);
    expect(totalWaitMs / 3_600_000).toBeCloseTo(2.1, 1);
  });

  it('reads the environment', () => {
    expect(
      loadNotificationSettings({ NOTIFY_BACKOFF_MS: '50', DIGEST_HOUR_UTC: '23' }),
    ).toMatchObject({
      backoffMs: 50,
      digestHourUtc: 23,
    });
  });

  it('names every malformed variable', () => {
    try {
      loadNotificationSettings({ DIGEST_HOUR_UTC: '24', NOTIFY_BACKOFF_MS: 'soon' });
      throw new Error('expected a ConfigError');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).problems).toEqual([
        'NOTIFY_BACKOFF_MS must be a whole number from 10 to 86400000',
        'DIGEST_HOUR_UTC must be a whole number from 0 to 23',
      ]);
    }
  });
});
