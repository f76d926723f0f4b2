import { MovableClock, SystemClock } from './clock.js';

describe('Clock', () => {
  it('the system clock tells the time of the machine', () => {
    const before = Date.now();
    const now = new SystemClock().now().getTime();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
  });

  it('a movable clock stands still until it is set or advanced', () => {
    const clock = new MovableClock(new Date('2026-01-01T00:00:00.000Z'));
    expect(clock.now().toISOString()).toBe('2026-01-01T00:00:00.000Z');
    expect(clock.now().toISOString()).toBe('2026-01-01T00:00:00.000Z');
    clock.advance(90_000);
    expect(clock.now().toISOString()).toBe('2026-01-01T00:01:30.000Z');
    clock.set(new Date('2027-03-04T05:06:07.000Z'));
    expect(clock.now().toISOString()).toBe('2027-03-04T05:06:07.000Z');
  });

  it('hands out copies, so a caller cannot move it by changing a date', () => {
    const clock = new MovableClock(new Date('2026-01-01T00:00:00.000Z'));
    clock.now().setFullYear(1999);
    expect(clock.now().toISOString()).toBe('2026-01-01T00:00:00.000Z');
  });
});
