import {
  CASE_REFERENCE_PATTERN,
  formatCaseReference,
  randomCaseReference,
} from './case-reference.js';

describe(randomCaseReference.name, () => {
  it('formats CND-<year>-<6 digits> with the UTC year', () => {
    expect(randomCaseReference(new Date('2026-12-31T23:59:59Z'))).toMatch(/^CND-2026-\d{6}$/);
    expect(randomCaseReference(new Date('2027-01-01T00:00:00Z'))).toMatch(/^CND-2027-\d{6}$/);
  });

  it('draws at random within the year, so references say nothing about how many cases exist', () => {
    const drawn = Array.from({ length: 500 }, () => randomCaseReference(new Date('2026-06-01Z')));
    const serials = drawn.map((r) => Number(r.slice(-6)));
    expect(new Set(drawn).size).toBeGreaterThan(495);
    expect(Math.max(...serials)).toBeGreaterThan(900_000);
    expect(Math.min(...serials)).toBeLessThan(100_000);
  });
});

describe(formatCaseReference.name, () => {
  it.each([
    [2026, 0, 'CND-2026-000000'],
    [2026, 123, 'CND-2026-000123'],
    [2031, 999_999, 'CND-2031-999999'],
  ])('formats year %i serial %i as %s', (year, serial, expected) => {
    expect(formatCaseReference(year, serial)).toBe(expected);
    expect(CASE_REFERENCE_PATTERN.test(expected)).toBe(true);
  });
});
