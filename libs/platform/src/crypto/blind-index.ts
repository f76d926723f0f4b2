import { createHmac, hkdfSync } from 'node:crypto';

/**
 * Whole-word search over encrypted titles without a plaintext index: each normalized word is
 * stored as a keyed hash, and a query word is hashed the same way. The server learns which rows
 * share a word (and how often), never the word itself without the key; that is the accepted cost
 * of searching encrypted text.
 */

/** A distinct HKDF label keeps this key independent of the receipt HMAC on the same pepper. */
const KEY_INFO = 'candor:blind-index:v1';
const KEY_BYTES = 32;
/** 128 bits: collisions between distinct words are out of reach, and terms stay compact. */
const TERM_BYTES = 16;
const MIN_WORD_LENGTH = 2;
/** Bounds the index rows one title can create. */
export const MAX_BLIND_INDEX_TERMS = 64;

export function deriveBlindIndexKey(pepper: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', pepper, Buffer.alloc(0), KEY_INFO, KEY_BYTES));
}

/** The unique terms of `text`, in order of first appearance, at most 64. */
export function blindIndexTerms(key: Buffer, text: string): string[] {
  const terms = new Set<string>();
  for (const word of words(text)) {
    if (terms.size >= MAX_BLIND_INDEX_TERMS) break;
    terms.add(term(key, word));
  }
  return [...terms];
}

/**
 * The term for one query word, or `undefined` when indexing would have dropped it (too short,
 * only punctuation) or when it is really several words: those must be searched with
 * `blindIndexTerms`, term by term.
 */
export function blindIndexTerm(key: Buffer, word: string): string | undefined {
  const [only, ...more] = words(word);
  return only !== undefined && more.length === 0 ? term(key, only) : undefined;
}

/**
 * NFKD splits accented letters into base + combining mark so the marks can be dropped ("Café"
 * and "cafe" match); lowercasing can itself produce marks (İ → i + dot), so marks are stripped
 * after it.
 */
function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => [...word].length >= MIN_WORD_LENGTH);
}

function term(key: Buffer, word: string): string {
  return createHmac('sha256', key)
    .update(word, 'utf8')
    .digest()
    .subarray(0, TERM_BYTES)
    .toString('hex');
}
