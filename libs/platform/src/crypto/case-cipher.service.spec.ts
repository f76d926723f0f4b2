import { normalizeName } from './case-cipher.service.js';

describe(normalizeName.name, () => {
  it.each([
    ['Alex Morgan', 'alex morgan'],
    ['  alex  MORGAN ', 'alex morgan'],
    ['Zoë Ólafsdóttir', 'zoe olafsdottir'],
    ["O'Brien-Smith", 'o brien smith'],
    ['', ''],
  ])('normalizes %j to %j for matching', (input, expected) => {
    expect(normalizeName(input)).toBe(expected);
  });
});
