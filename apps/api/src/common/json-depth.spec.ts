import { exceedsJsonDepth } from './json-depth.js';

describe(exceedsJsonDepth.name, () => {
  it.each<[string, string, number, boolean]>([
    ['a scalar', '"text"', 0, false],
    ['an empty object at its limit', '{}', 1, false],
    ['an object one level too deep', '{"a":{}}', 1, true],
    ['a report at three levels', '{"implicated":[{"role":"finance"}]}', 3, false],
    ['a nested array in a report', '{"implicated":[[{"role":"finance"}]]}', 3, true],
    ['brackets inside a string', '{"title":"[[[{{{"}', 1, false],
    ['an escaped quote before brackets', '{"title":"\\"[[[["}', 1, false],
    ['an escaped backslash closing a string', '{"a":"\\\\","b":[[]]}', 2, true],
    ['siblings that each stay within the limit', '[[],[],{}]', 2, false],
    ['five thousand open brackets', '['.repeat(5000) + ']'.repeat(5000), 3, true],
    ['unbalanced text (left to JSON.parse)', ']]]]{', 1, false],
  ])('%s', (_what, text, maxDepth, expected) => {
    expect(exceedsJsonDepth(text, maxDepth)).toBe(expected);
  });
});
