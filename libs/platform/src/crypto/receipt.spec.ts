import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { RECEIPT_LENGTH, generateReceipt, normalizeReceipt, receiptHash } from './receipt.js';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const DISPLAY_FORMAT = /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){5}$/;

describe(generateReceipt.name, () => {
  const receipts = Array.from({ length: 200 }, () => generateReceipt());

  it('shows six groups of four Crockford base32 symbols', () => {
    for (const receipt of receipts) expect(receipt).toMatch(DISPLAY_FORMAT);
  });

  it('never repeats a receipt', () => {
    expect(new Set(receipts).size).toBe(receipts.length);
  });

  it('carries at least 112 bits: 24 symbols of 5 bits', () => {
    expect(RECEIPT_LENGTH * Math.log2(CROCKFORD.length)).toBeGreaterThanOrEqual(112);
    expect(receipts[0]?.replace(/-/g, '')).toHaveLength(RECEIPT_LENGTH);
  });

  it('uses every symbol in every position, so no bits are fixed or padded', () => {
    // 4,000 receipts give each symbol ~125 draws per position; a fixed bit would leave half the
    // alphabet at zero somewhere.
    const many = Array.from({ length: 4000 }, () => generateReceipt().replace(/-/g, ''));
    for (let position = 0; position < RECEIPT_LENGTH; position++) {
      const seen = new Set(many.map((receipt) => receipt[position]));
      expect(seen.size).toBe(CROCKFORD.length);
    }
  });

  it('is accepted unchanged by normalizeReceipt once the dashes are removed', () => {
    for (const receipt of receipts) {
      expect(normalizeReceipt(receipt)).toBe(receipt.replace(/-/g, ''));
    }
  });
});

describe(normalizeReceipt.name, () => {
  const canonical = '7K3M9QXA0B1CDEFG2H3J4K5M';

  it.each([
    ['the displayed form', '7K3M-9QXA-0B1C-DEFG-2H3J-4K5M'],
    ['lowercase', '7k3m-9qxa-0b1c-defg-2h3j-4k5m'],
    ['spaces instead of dashes', '7K3M 9QXA 0B1C DEFG 2H3J 4K5M'],
    ['no separators', '7K3M9QXA0B1CDEFG2H3J4K5M'],
    ['surrounding whitespace and tabs', '  7K3M\t9QXA-0B1C DEFG-2H3J 4K5M\n'],
    ['O typed for zero', '7K3M-9QXA-OB1C-DEFG-2H3J-4K5M'],
    ['I typed for one', '7K3M-9QXA-0BIC-DEFG-2H3J-4K5M'],
    ['l typed for one', '7K3M-9QXA-0blc-DEFG-2H3J-4K5M'],
  ])('accepts %s', (_case, input) => {
    expect(normalizeReceipt(input)).toBe(canonical);
  });

  it.each([
    ['one symbol short', '7K3M-9QXA-0B1C-DEFG-2H3J-4K5'],
    ['one symbol long', '7K3M-9QXA-0B1C-DEFG-2H3J-4K5MM'],
    ['a U', '7K3M-9QXA-0B1C-DEFG-2H3J-4K5U'],
    ['punctuation', '7K3M.9QXA.0B1C.DEFG.2H3J.4K5M'],
    ['a non-ASCII letter', '7K3M-9QXA-0B1C-DEFG-2H3J-4K5É'],
    ['the empty string', ''],
    ['only separators', '---- ----'],
    ['a very long input', '7K3M-'.repeat(1000)],
  ])('rejects %s', (_case, input) => {
    expect(normalizeReceipt(input)).toBeUndefined();
  });

  it('returns either undefined or 24 canonical symbols for any input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (input) => {
        const result = normalizeReceipt(input);
        if (result !== undefined) expect(result).toMatch(/^[0-9A-HJKMNP-TV-Z]{24}$/);
      }),
    );
  });
});

describe(receiptHash.name, () => {
  const pepper = randomBytes(32);
  const receipt = normalizeReceipt(generateReceipt()) as string;

  it('is deterministic, so a case can be found by it', () => {
    expect(receiptHash(pepper, receipt)).toEqual(receiptHash(pepper, receipt));
    expect(receiptHash(pepper, receipt)).toHaveLength(32);
  });

  it('finds the same case however the receipt was typed', () => {
    const typed = receipt.toLowerCase().replace(/(.{4})/g, '$1 ');

    expect(receiptHash(pepper, normalizeReceipt(typed) as string)).toEqual(
      receiptHash(pepper, receipt),
    );
  });

  it('depends on the pepper', () => {
    expect(receiptHash(randomBytes(32), receipt)).not.toEqual(receiptHash(pepper, receipt));
  });

  it('differs between receipts', () => {
    const other = normalizeReceipt(generateReceipt()) as string;

    expect(receiptHash(pepper, other)).not.toEqual(receiptHash(pepper, receipt));
  });

  it('refuses an unnormalized receipt, which would never match', () => {
    expect(() => receiptHash(pepper, receipt.toLowerCase())).toThrow(TypeError);
  });

  it('refuses a pepper shorter than 32 bytes', () => {
    expect(() => receiptHash(randomBytes(16), receipt)).toThrow(TypeError);
  });
});
