import { createHmac, randomBytes } from 'node:crypto';

/**
 * The reporter's receipt (product.md §2): the only credential an anonymous reporter has, so it is
 * a secret of 120 bits from the CSPRNG, well above the 112 bits that make a peppered HMAC a safe
 * way to store it (OWASP ASVS 5.0, 6.5.2). Crockford base32 avoids letters that are misheard or
 * misread (no I, L, O, U), and groups of four can be read aloud over a hotline.
 */

/** Crockford's base32 alphabet: digits, then letters without I, L, O and U. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const RANDOM_BYTES = 15;
/** 15 bytes = 120 bits = exactly 24 symbols of 5 bits, so no bit is padding. */
export const RECEIPT_LENGTH = 24;
const GROUP = 4;
/** Generous room for spaces and dashes; anything longer is not a receipt and is not scanned. */
const MAX_INPUT_LENGTH = 128;
const MIN_PEPPER_BYTES = 32;

const CANONICAL = new RegExp(`^[${ALPHABET}]{${RECEIPT_LENGTH}}$`);

/** A fresh receipt for display, e.g. `7K3M-9QXA-…`; store only `receiptHash` of it. */
export function generateReceipt(): string {
  const symbols = encodeBase32(randomBytes(RANDOM_BYTES));
  const groups: string[] = [];
  for (let i = 0; i < symbols.length; i += GROUP) groups.push(symbols.slice(i, i + GROUP));
  return groups.join('-');
}

/**
 * What a reporter typed, as the canonical 24 symbols, or `undefined` if it cannot be a receipt.
 * Forgiving on purpose: receipts are copied by hand and read over the phone, so case, spacing,
 * dashes and Crockford's look-alikes (I and L for 1, O for 0) must not lock anyone out.
 */
export function normalizeReceipt(input: string): string | undefined {
  if (input.length > MAX_INPUT_LENGTH) return undefined;
  const candidate = input
    .replace(/[\s-]/g, '')
    .toUpperCase()
    .replace(/[IL]/g, '1')
    .replace(/O/g, '0');
  return CANONICAL.test(candidate) ? candidate : undefined;
}

/**
 * The stored, searchable form of a receipt. Deterministic so the case can be found by it; keyed
 * with a server-side pepper so a database dump alone cannot be used to test guesses.
 */
export function receiptHash(pepper: Buffer, normalized: string): Buffer {
  if (pepper.length < MIN_PEPPER_BYTES) {
    throw new TypeError(`The receipt pepper must be at least ${MIN_PEPPER_BYTES} bytes`);
  }
  // Hashing a raw, unnormalized input would silently never match; that is a caller bug.
  if (!CANONICAL.test(normalized)) throw new TypeError('receiptHash expects a normalized receipt');
  return createHmac('sha256', pepper).update(normalized, 'utf8').digest();
}

function encodeBase32(bytes: Buffer): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += ALPHABET[(buffer >> bits) & 31];
    }
    // Only the unconsumed low bits matter; masking keeps the accumulator small.
    buffer &= (1 << bits) - 1;
  }
  return out;
}
