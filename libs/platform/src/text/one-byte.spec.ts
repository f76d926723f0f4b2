import { oneByte } from './one-byte.js';

describe(oneByte.name, () => {
  it('gives back the same text, whatever characters it holds', () => {
    const cut = 'x\uE000name\uE001<p class="a">Grüße</p>'.split(/\uE000[^\uE001]*\uE001/);
    expect(cut.map(oneByte)).toEqual(['x', '<p class="a">Grüße</p>']);
    for (const text of ['', 'plain', 'Straße ÿ', 'Cases – Candor', '😀 emoji', '\u00ff\u0100']) {
      expect(oneByte(text)).toBe(text);
    }
  });
});
