import { findIllFormedText, isWellFormedText } from './well-formed-text.js';

describe(isWellFormedText.name, () => {
  it.each<[string, string, boolean]>([
    ['plain text', 'Q2 revenue booked before delivery', true],
    ['tabs and line breaks', 'line one\n\tline two\r\n', true],
    ['accents, CJK and an emoji (a surrogate pair)', 'Ünïcödé 報告 😀', true],
    ['a NUL character', 'a\u0000b@example.com', false],
    ['a lone high surrogate', '\ud800@x.io', false],
    ['a high surrogate at the end', 'x\ud83d', false],
    ['a lone low surrogate', 'x\udfffy', false],
    ['surrogates in the wrong order', '\ude00\ud83d', false],
  ])('%s → %s', (_what, text, expected) => {
    expect(isWellFormedText(text)).toBe(expected);
  });
});

describe(findIllFormedText.name, () => {
  it.each<[string, unknown, string | undefined]>([
    ['a clean report', { title: 'x', implicated: [{ name: 'Sam', role: 'employee' }] }, undefined],
    ['numbers, booleans and null', { a: 1, b: true, c: null }, undefined],
    ['a nested string', { reporter: { email: '\ud800@x.io' } }, 'reporter.email'],
    ['an array item', { witnesses: [{ name: 'ok' }, { name: '\u0000' }] }, 'witnesses.1.name'],
    ['a key', { reporter: { ['x\udc00']: 'y' } }, 'a field name in reporter'],
    ['a top-level key', { ['\u0000']: 1 }, 'a field name'],
    ['a bare string', '\ud800', 'the value'],
  ])('%s', (_what, value, expected) => {
    expect(findIllFormedText(value)).toBe(expected);
  });
});
