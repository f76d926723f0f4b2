import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * Envelope encryption (product.md §7): every case gets its own random data key; the data key is
 * stored only wrapped (AES-256-GCM) under the master key from configuration. Rotating the master
 * key therefore means rewrapping a few dozen bytes per case, never re-encrypting report text.
 */

const ALGORITHM = 'aes-256-gcm';
const KEY_BYTES = 32;
/**
 * 96-bit random IVs: with one data key per case, a key sees far fewer than the 2^32 messages
 * that random-IV GCM allows.
 */
const IV_BYTES = 12;
const TAG_BYTES = 16;
const FORMAT_VERSION = 1;
/** The key id length is stored in one byte. */
const MAX_KEY_ID_BYTES = 255;

const WRAP_LABEL = 'candor:dek:v1';
const VALUE_LABEL = 'candor:v1';

export type DecryptionFailure =
  'malformed' | 'unsupported_version' | 'unknown_key' | 'authentication_failed';

/**
 * Raised for every failure to unwrap or decrypt. It deliberately carries no plaintext, no key
 * material and no cause from OpenSSL, so it can be logged and returned safely; `reason` is enough
 * to tell corruption from a missing master key.
 */
export class DecryptionError extends Error {
  override readonly name = 'DecryptionError';

  constructor(readonly reason: DecryptionFailure) {
    super(`Decryption failed (${reason})`);
  }
}

export interface MasterKey {
  readonly id: string;
  readonly key: Buffer;
}

const ringKeys = new WeakMap<MasterKeyRing, ReadonlyMap<string, Buffer>>();

/**
 * The master keys this process can use: the current one wraps new data keys; previous ones only
 * unwrap, so a rotation can be deployed first and the rewrap run afterwards without downtime.
 * The key bytes live in a module-private map rather than on the object, so logging or serialising
 * a ring can never print them.
 */
export class MasterKeyRing {
  readonly currentId: string;
  readonly ids: readonly string[];

  constructor(current: MasterKey, previous: readonly MasterKey[] = []) {
    const keys = new Map<string, Buffer>();
    for (const { id, key } of [current, ...previous]) {
      if (id.length === 0) throw new TypeError('A master key id must not be empty');
      assertKeyLength(key, `Master key ${id}`);
      const known = keys.get(id);
      // The same key listed twice is harmless; two different keys under one id would make
      // unwrapping depend on list order, so it is refused.
      if (known && !known.equals(key)) {
        throw new TypeError(`Master key id ${id} is used by two different keys`);
      }
      // Copied so that a caller reusing or zeroing its buffer cannot change the ring.
      if (!known) keys.set(id, Buffer.from(key));
    }
    this.currentId = current.id;
    this.ids = [...keys.keys()];
    ringKeys.set(this, keys);
  }

  has(id: string): boolean {
    return this.ids.includes(id);
  }
}

export function masterKeyRing(
  current: MasterKey,
  previous: readonly MasterKey[] = [],
): MasterKeyRing {
  return new MasterKeyRing(current, previous);
}

export interface WrappedDataKey {
  /** version byte, IV, tag and the encrypted data key. */
  readonly wrapped: Buffer;
  /** Id of the master key that wrapped it; store it beside `wrapped`. */
  readonly masterKeyId: string;
}

export interface DataKey extends WrappedDataKey {
  /** The plaintext data key: keep it in memory only. */
  readonly key: Buffer;
}

export function generateDataKey(ring: MasterKeyRing): DataKey {
  const key = randomBytes(KEY_BYTES);
  return { key, ...wrapDataKey(ring, key) };
}

export function unwrapDataKey(ring: MasterKeyRing, wrapped: Buffer, masterKeyId: string): Buffer {
  const masterKey = ringKeys.get(ring)?.get(masterKeyId);
  if (!masterKey) throw new DecryptionError('unknown_key');
  if (wrapped.length !== 1 + IV_BYTES + TAG_BYTES + KEY_BYTES) {
    throw new DecryptionError('malformed');
  }
  if (wrapped[0] !== FORMAT_VERSION) throw new DecryptionError('unsupported_version');
  const iv = wrapped.subarray(1, 1 + IV_BYTES);
  const tag = wrapped.subarray(1 + IV_BYTES, 1 + IV_BYTES + TAG_BYTES);
  const ciphertext = wrapped.subarray(1 + IV_BYTES + TAG_BYTES);
  return open(masterKey, iv, tag, ciphertext, wrapAad(masterKeyId));
}

/** Re-encrypts a data key under the ring's current master key (the rotation step). */
export function rewrapDataKey(
  ring: MasterKeyRing,
  wrapped: Buffer,
  masterKeyId: string,
): WrappedDataKey {
  return wrapDataKey(ring, unwrapDataKey(ring, wrapped, masterKeyId));
}

/** True when a data key was wrapped by a master key other than the current one. */
export function needsRewrap(ring: MasterKeyRing, masterKeyId: string): boolean {
  return masterKeyId !== ring.currentId;
}

function wrapDataKey(ring: MasterKeyRing, dataKey: Buffer): WrappedDataKey {
  const masterKeyId = ring.currentId;
  const masterKey = ringKeys.get(ring)?.get(masterKeyId);
  if (!masterKey) throw new TypeError('The master key ring has no current key');
  const iv = randomBytes(IV_BYTES);
  // The master key id is associated data, so a wrapped key filed under the wrong id fails loudly
  // instead of being "unwrapped" with another key.
  const { ciphertext, tag } = seal(masterKey, iv, dataKey, wrapAad(masterKeyId));
  return {
    wrapped: Buffer.concat([Buffer.of(FORMAT_VERSION), iv, tag, ciphertext]),
    masterKeyId,
  };
}

/** Where an encrypted value lives; bound into the ciphertext so it cannot be moved elsewhere. */
export interface ValueContext {
  readonly table: string;
  readonly column: string;
  readonly rowId: string;
}

/**
 * Layout: version (1 byte) | key id length (1 byte) | key id (UTF-8) | IV (12) | tag (16) |
 * ciphertext.
 * The key id travels with the value so that a reader knows which case data key to unwrap, and a
 * future format can be told apart by its version byte.
 */
export function encryptValue(
  dataKey: Buffer,
  dataKeyId: string,
  plaintext: Buffer | string,
  aad: ValueContext,
): Buffer {
  assertKeyLength(dataKey, 'Data key');
  const keyId = Buffer.from(dataKeyId, 'utf8');
  if (keyId.length === 0 || keyId.length > MAX_KEY_ID_BYTES) {
    throw new TypeError(`A data key id must be 1 to ${MAX_KEY_ID_BYTES} bytes of UTF-8`);
  }
  const iv = randomBytes(IV_BYTES);
  const data = typeof plaintext === 'string' ? Buffer.from(plaintext, 'utf8') : plaintext;
  const { ciphertext, tag } = seal(dataKey, iv, data, valueAad(aad, dataKeyId));
  return Buffer.concat([Buffer.of(FORMAT_VERSION, keyId.length), keyId, iv, tag, ciphertext]);
}

export function decryptValue(dataKey: Buffer, blob: Buffer, aad: ValueContext): Buffer {
  assertKeyLength(dataKey, 'Data key');
  const { keyId, iv, tag, ciphertext } = parseValue(blob);
  return open(dataKey, iv, tag, ciphertext, valueAad(aad, keyId));
}

/** The data key id embedded in an encrypted value, read without decrypting it. */
export function keyIdOf(blob: Buffer): string {
  return parseValue(blob).keyId;
}

export function encryptText(
  dataKey: Buffer,
  dataKeyId: string,
  text: string,
  aad: ValueContext,
): Buffer {
  return encryptValue(dataKey, dataKeyId, Buffer.from(text, 'utf8'), aad);
}

export function decryptText(dataKey: Buffer, blob: Buffer, aad: ValueContext): string {
  return decryptValue(dataKey, blob, aad).toString('utf8');
}

interface ParsedValue {
  readonly keyId: string;
  readonly iv: Buffer;
  readonly tag: Buffer;
  readonly ciphertext: Buffer;
}

function parseValue(blob: Buffer): ParsedValue {
  if (blob.length < 2) throw new DecryptionError('malformed');
  if (blob[0] !== FORMAT_VERSION) throw new DecryptionError('unsupported_version');
  const keyIdLength = blob.readUInt8(1);
  const ivStart = 2 + keyIdLength;
  const tagStart = ivStart + IV_BYTES;
  const ciphertextStart = tagStart + TAG_BYTES;
  if (keyIdLength === 0 || blob.length < ciphertextStart) throw new DecryptionError('malformed');
  return {
    keyId: blob.subarray(2, ivStart).toString('utf8'),
    iv: blob.subarray(ivStart, tagStart),
    tag: blob.subarray(tagStart, ciphertextStart),
    ciphertext: blob.subarray(ciphertextStart),
  };
}

function seal(
  key: Buffer,
  iv: Buffer,
  plaintext: Buffer,
  aad: Buffer,
): { ciphertext: Buffer; tag: Buffer } {
  const cipher = createCipheriv(ALGORITHM, key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(aad);
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return { ciphertext, tag: cipher.getAuthTag() };
}

function open(key: Buffer, iv: Buffer, tag: Buffer, ciphertext: Buffer, aad: Buffer): Buffer {
  try {
    const decipher = createDecipheriv(ALGORITHM, key, iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(aad);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(ciphertext), decipher.final()]);
  } catch {
    // Nothing decrypted is returned or attached: GCM releases plaintext only after the tag checks.
    throw new DecryptionError('authentication_failed');
  }
}

function wrapAad(masterKeyId: string): Buffer {
  return canonical([WRAP_LABEL, masterKeyId]);
}

/**
 * The context `candor:v1:<table>:<column>:<rowId>` plus the data key id, each field
 * length-prefixed: joining with ':' alone would let table "a:b" + column "c" collide with
 * table "a" + column "b:c".
 */
function valueAad({ table, column, rowId }: ValueContext, dataKeyId: string): Buffer {
  for (const [name, value] of [
    ['table', table],
    ['column', column],
    ['rowId', rowId],
  ] as const) {
    // An empty row id usually means "encrypted before the row had an id", which would bind the
    // value to nothing in particular.
    if (value.length === 0) throw new TypeError(`The encryption context needs a ${name}`);
  }
  return canonical([VALUE_LABEL, table, column, rowId, dataKeyId]);
}

function canonical(fields: readonly string[]): Buffer {
  return Buffer.concat(
    fields.flatMap((field) => {
      const bytes = Buffer.from(field, 'utf8');
      const length = Buffer.alloc(4);
      length.writeUInt32BE(bytes.length);
      return [length, bytes];
    }),
  );
}

function assertKeyLength(key: Buffer, what: string): void {
  if (key.length !== KEY_BYTES) throw new TypeError(`${what} must be ${KEY_BYTES} bytes`);
}
