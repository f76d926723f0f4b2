import { randomBytes } from 'node:crypto';
import {
  MAX_BLIND_INDEX_TERMS,
  blindIndexTerm,
  blindIndexTerms,
  deriveBlindIndexKey,
} from './blind-index.js';
import { receiptHash } from './receipt.js';

describe(deriveBlindIndexKey.name, () => {
  const pepper = randomBytes(32);

  it('derives the same 32-byte key from the same pepper', () => {
    expect(deriveBlindIndexKey(pepper)).toEqual(deriveBlindIndexKey(pepper));
    expect(deriveBlindIndexKey(pepper)).toHaveLength(32);
  });

  it('derives a key that is neither the pepper nor anything the receipt hash exposes', () => {
    const sut = deriveBlindIndexKey(pepper);

    expect(sut.equals(pepper)).toBe(false);
    expect(sut.equals(receiptHash(pepper, '0'.repeat(24)))).toBe(false);
  });

  it('derives different keys from different peppers', () => {
    expect(deriveBlindIndexKey(randomBytes(32))).not.toEqual(deriveBlindIndexKey(pepper));
  });
});

describe(blindIndexTerms.name, () => {
  const key = deriveBlindIndexKey(randomBytes(32));

  it('gives the same word the same term', () => {
    const [alone] = blindIndexTerms(key, 'invoices');

    expect(alone).toBeDefined();
    expect(blindIndexTerms(key, 'the invoices were altered')[1]).toBe(alone);
    expect(blindIndexTerms(key, 'invoices')).toEqual([alone]);
  });

  it('gives one 32-hex-character term per distinct word, in order of appearance', () => {
    const sut = blindIndexTerms(key, 'Invoice fraud, invoice FRAUD; invoice.');

    expect(sut).toHaveLength(2);
    for (const term of sut) expect(term).toMatch(/^[0-9a-f]{32}$/);
    expect(sut).toEqual([blindIndexTerm(key, 'invoice'), blindIndexTerm(key, 'fraud')]);
  });

  it('gives different terms under different keys', () => {
    const other = deriveBlindIndexKey(randomBytes(32));

    expect(blindIndexTerms(other, 'bribery')).not.toEqual(blindIndexTerms(key, 'bribery'));
  });

  it.each([
    ['case', 'BRIBERY', 'bribery'],
    ['accents', 'Café Zürich', 'cafe zurich'],
    ['precomposed and decomposed accents', 'cre\u0301dit', 'cr\u00e9dit'],
    ['compatibility forms', 'ﬁnance', 'finance'],
    ['the Turkish dotted capital I', 'İstanbul', 'istanbul'],
  ])('ignores %s', (_case, text, plain) => {
    expect(blindIndexTerms(key, text)).toEqual(blindIndexTerms(key, plain));
  });

  it('splits on anything that is not a letter or a digit', () => {
    expect(blindIndexTerms(key, 'q3-2025/revenue_recognition')).toEqual(
      blindIndexTerms(key, 'q3 2025 revenue recognition'),
    );
  });

  it('keeps letters of other scripts', () => {
    expect(blindIndexTerms(key, 'Взятка 賄賂')).toHaveLength(2);
  });

  it('drops words shorter than two characters', () => {
    expect(blindIndexTerms(key, 'a b c 1 é')).toEqual([]);
    expect(blindIndexTerms(key, 'a CFO')).toEqual(blindIndexTerms(key, 'cfo'));
  });

  it('returns nothing for text without words', () => {
    expect(blindIndexTerms(key, '')).toEqual([]);
    expect(blindIndexTerms(key, ' -- !? ')).toEqual([]);
  });

  it(`keeps at most ${MAX_BLIND_INDEX_TERMS} terms, the first ones`, () => {
    const words = Array.from({ length: 100 }, (_, i) => `word${i}`);

    const sut = blindIndexTerms(key, words.join(' '));

    expect(sut).toHaveLength(MAX_BLIND_INDEX_TERMS);
    expect(sut[0]).toBe(blindIndexTerm(key, 'word0'));
    expect(sut.at(-1)).toBe(blindIndexTerm(key, `word${MAX_BLIND_INDEX_TERMS - 1}`));
  });

  it('never contains the words themselves', () => {
    const sut = blindIndexTerms(key, 'embezzlement');

    expect(sut.join('')).not.toContain(Buffer.from('embezzlement').toString('hex'));
  });
});

describe(blindIndexTerm.name, () => {
  const key = deriveBlindIndexKey(randomBytes(32));

  it('finds a title word whatever its case and accents', () => {
    const [indexed] = blindIndexTerms(key, 'Société');

    expect(blindIndexTerm(key, 'SOCIETE')).toBe(indexed);
    expect(blindIndexTerm(key, '  société  ')).toBe(indexed);
  });

  it.each([
    ['a one-letter word', 'a'],
    ['an empty query', ''],
    ['punctuation only', '--'],
    ['several words', 'insider trading'],
  ])('returns undefined for %s', (_case, word) => {
    expect(blindIndexTerm(key, word)).toBeUndefined();
  });
});
