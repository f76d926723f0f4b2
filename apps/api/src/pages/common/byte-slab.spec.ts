import { ByteSlab } from './byte-slab.js';

describe(ByteSlab.name, () => {
  it('encodes each page into its own slice, the earlier ones untouched when the slab fills', () => {
    const slab = new ByteSlab(1024);
    const texts = Array.from({ length: 200 }, (_, i) => `Grüße ${i} – “${'é'.repeat(i % 30)}” ✓`);
    const sent = texts.map((text) => slab.encode(text));
    sent.forEach((bytes, i) => {
      expect(bytes.toString('utf8')).toBe(texts[i]);
      expect(bytes.length).toBe(Buffer.byteLength(texts[i] as string));
    });
  });

  it('gives a text too large for a shared slab a Buffer of its own', () => {
    const slab = new ByteSlab(1024);
    const large = 'ü'.repeat(1000);
    const small = slab.encode('before');
    expect(slab.encode(large).toString('utf8')).toBe(large);
    expect(small.toString('utf8')).toBe('before');
    expect(slab.encode('')).toHaveLength(0);
  });

  it('allocates slices that no later slice overlaps', () => {
    const slab = new ByteSlab(256);
    const slices = Array.from({ length: 50 }, (_, i) => slab.allocate(13).fill(i));
    slices.forEach((slice, i) => expect([...slice]).toEqual(new Array(13).fill(i)));
  });
});
