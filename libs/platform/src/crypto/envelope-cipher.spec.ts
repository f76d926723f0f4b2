import { randomBytes } from 'node:crypto';
import { inspect } from 'node:util';
import fc from 'fast-check';
import {
  DecryptionError,
  type DecryptionFailure,
  type MasterKey,
  type ValueContext,
  decryptText,
  decryptValue,
  encryptText,
  encryptValue,
  generateDataKey,
  keyIdOf,
  masterKeyRing,
  needsRewrap,
  rewrapDataKey,
  unwrapDataKey,
} from './envelope-cipher.js';

const context: ValueContext = { table: 'report', column: 'description', rowId: 'row-1' };

function masterKey(id: string): MasterKey {
  return { id, key: randomBytes(32) };
}

function flipBit(buffer: Buffer, index: number): Buffer {
  const copy = Buffer.from(buffer);
  copy.writeUInt8(copy.readUInt8(index) ^ 0x01, index);
  return copy;
}

function expectFailure(action: () => unknown, reason: DecryptionFailure): void {
  let thrown: unknown;
  try {
    action();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(DecryptionError);
  expect((thrown as DecryptionError).reason).toBe(reason);
}

describe(masterKeyRing.name, () => {
  it('keeps the current key first and previous keys for unwrapping', () => {
    const sut = masterKeyRing(masterKey('k-new'), [masterKey('k-old')]);

    expect(sut.currentId).toBe('k-new');
    expect(sut.ids).toEqual(['k-new', 'k-old']);
    expect(sut.has('k-old')).toBe(true);
    expect(sut.has('k-other')).toBe(false);
  });

  it.each<[string, MasterKey, MasterKey[]]>([
    ['a key that is not 32 bytes', { id: 'k-1', key: randomBytes(16) }, []],
    ['an empty id', { id: '', key: randomBytes(32) }, []],
    ['two different keys under one id', masterKey('k-1'), [masterKey('k-1')]],
  ])('refuses %s', (_case, current, previous) => {
    expect(() => masterKeyRing(current, previous)).toThrow(TypeError);
  });

  it('never shows key bytes when logged or serialised', () => {
    const current = masterKey('k-1');
    const sut = masterKeyRing(current, [masterKey('k-0')]);

    for (const shown of [inspect(sut, { depth: 10, showHidden: true }), JSON.stringify(sut)]) {
      expect(shown).not.toContain(current.key.toString('hex'));
      expect(shown).not.toContain(current.key.toString('base64'));
      expect(shown).not.toContain('Buffer');
    }
  });

  it('is not affected when the caller later overwrites its key buffer', () => {
    const current = masterKey('k-1');
    const sut = masterKeyRing(current);
    const dataKey = generateDataKey(sut);

    current.key.fill(0);

    expect(unwrapDataKey(sut, dataKey.wrapped, dataKey.masterKeyId)).toEqual(dataKey.key);
  });
});

describe(generateDataKey.name, () => {
  it('makes a fresh 32-byte key wrapped under the current master key', () => {
    const ring = masterKeyRing(masterKey('k-current'), [masterKey('k-old')]);

    const sut = generateDataKey(ring);

    expect(sut.key).toHaveLength(32);
    expect(sut.masterKeyId).toBe('k-current');
    expect(sut.wrapped.includes(sut.key)).toBe(false);
    expect(generateDataKey(ring).key.equals(sut.key)).toBe(false);
  });
});

describe(unwrapDataKey.name, () => {
  const ring = masterKeyRing(masterKey('k-1'));

  it('returns the data key that was wrapped', () => {
    const dataKey = generateDataKey(ring);

    expect(unwrapDataKey(ring, dataKey.wrapped, dataKey.masterKeyId)).toEqual(dataKey.key);
  });

  it.each([
    ['in the IV', 1],
    ['in the tag', 13],
    ['in the encrypted key', 29],
    ['in the last byte', 60],
  ])('fails when a bit %s is flipped', (_case, index) => {
    const { wrapped, masterKeyId } = generateDataKey(ring);

    expectFailure(
      () => unwrapDataKey(ring, flipBit(wrapped, index), masterKeyId),
      'authentication_failed',
    );
  });

  it('fails when the wrapped key is filed under another master key id, even with the same key', () => {
    const key = randomBytes(32);
    const twoNames = masterKeyRing({ id: 'k-a', key }, [{ id: 'k-b', key }]);
    const { wrapped } = generateDataKey(twoNames);

    expectFailure(() => unwrapDataKey(twoNames, wrapped, 'k-b'), 'authentication_failed');
  });

  it('fails with unknown_key when the ring does not hold the master key', () => {
    const { wrapped, masterKeyId } = generateDataKey(ring);

    expectFailure(
      () => unwrapDataKey(masterKeyRing(masterKey('k-2')), wrapped, masterKeyId),
      'unknown_key',
    );
  });

  it.each<[string, (wrapped: Buffer) => Buffer, DecryptionFailure]>([
    ['truncated', (wrapped) => wrapped.subarray(0, wrapped.length - 1), 'malformed'],
    ['empty', () => Buffer.alloc(0), 'malformed'],
    [
      'of an unknown version',
      (wrapped) => Buffer.from(wrapped).fill(9, 0, 1),
      'unsupported_version',
    ],
  ])('fails when the wrapped key is %s', (_case, mangle, reason) => {
    const { wrapped, masterKeyId } = generateDataKey(ring);

    expectFailure(() => unwrapDataKey(ring, mangle(wrapped), masterKeyId), reason);
  });
});

describe(rewrapDataKey.name, () => {
  it('moves a data key from a previous master key to the current one', () => {
    const oldKey = masterKey('k-old');
    const newKey = masterKey('k-new');
    const dataKey = generateDataKey(masterKeyRing(oldKey));
    const rotated = masterKeyRing(newKey, [oldKey]);

    const sut = rewrapDataKey(rotated, dataKey.wrapped, dataKey.masterKeyId);

    expect(sut.masterKeyId).toBe('k-new');
    expect(sut.wrapped.equals(dataKey.wrapped)).toBe(false);
    // Once everything is rewrapped the old master key can be dropped from configuration.
    expect(unwrapDataKey(masterKeyRing(newKey), sut.wrapped, sut.masterKeyId)).toEqual(dataKey.key);
  });

  it('leaves keys wrapped under a previous master key readable until they are rewrapped', () => {
    const oldKey = masterKey('k-old');
    const dataKey = generateDataKey(masterKeyRing(oldKey));

    const sut = masterKeyRing(masterKey('k-new'), [oldKey]);

    expect(unwrapDataKey(sut, dataKey.wrapped, 'k-old')).toEqual(dataKey.key);
  });
});

describe(needsRewrap.name, () => {
  const ring = masterKeyRing(masterKey('k-new'), [masterKey('k-old')]);

  it.each([
    ['k-old', true],
    ['k-new', false],
  ])('says %s needs rewrapping: %s', (masterKeyId, expected) => {
    expect(needsRewrap(ring, masterKeyId)).toBe(expected);
  });
});

describe(encryptValue.name, () => {
  const dataKey = randomBytes(32);

  it('round-trips any bytes through decryptValue', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2048 }), (bytes) => {
        const plaintext = Buffer.from(bytes);
        const blob = encryptValue(dataKey, 'dk-1', plaintext, context);

        expect(decryptValue(dataKey, blob, context)).toEqual(plaintext);
      }),
      { numRuns: 50 },
    );
  });

  it('writes version 1, the length-prefixed key id, a 12-byte IV and a 16-byte tag before the ciphertext', () => {
    const sut = encryptValue(dataKey, 'dk-42', Buffer.from('hello'), context);

    expect(sut[0]).toBe(1);
    expect(sut[1]).toBe(5);
    expect(sut.subarray(2, 7).toString('utf8')).toBe('dk-42');
    expect(sut).toHaveLength(2 + 5 + 12 + 16 + 5);
  });

  it('uses a fresh IV so the same plaintext never encrypts the same way twice', () => {
    const first = encryptValue(dataKey, 'dk-1', 'same', context);
    const second = encryptValue(dataKey, 'dk-1', 'same', context);

    expect(first.equals(second)).toBe(false);
  });

  it('never contains the plaintext', () => {
    const plaintext = 'The CFO backdated the Q3 contracts';

    const sut = encryptValue(dataKey, 'dk-1', plaintext, context);

    expect(sut.includes(Buffer.from(plaintext))).toBe(false);
  });

  it.each<[string, Buffer, string, ValueContext]>([
    ['a data key of the wrong size', randomBytes(16), 'dk-1', context],
    ['an empty key id', randomBytes(32), '', context],
    ['a key id over 255 bytes', randomBytes(32), 'k'.repeat(256), context],
    ['an empty row id', randomBytes(32), 'dk-1', { ...context, rowId: '' }],
    ['an empty table', randomBytes(32), 'dk-1', { ...context, table: '' }],
  ])('refuses %s', (_case, key, keyId, aad) => {
    expect(() => encryptValue(key, keyId, 'text', aad)).toThrow(TypeError);
  });
});

describe(decryptValue.name, () => {
  const dataKey = randomBytes(32);
  const blob = encryptValue(dataKey, 'dk-1', 'Kickbacks paid through the Lagos agent', context);

  it.each<[string, ValueContext]>([
    ['another row', { ...context, rowId: 'row-2' }],
    ['another column', { ...context, column: 'title' }],
    ['another table', { ...context, table: 'message' }],
    // Without length prefixes these two contexts would encode identically.
    [
      'a context whose fields split differently',
      { table: 'report:description', column: 'row', rowId: '1' },
    ],
  ])('fails when the ciphertext is moved to %s', (_case, movedTo) => {
    expectFailure(() => decryptValue(dataKey, blob, movedTo), 'authentication_failed');
  });

  it('fails when the ciphertext is moved between fields that differ only in where the separator falls', () => {
    const ambiguous = encryptValue(dataKey, 'dk-1', 'x', { table: 'a:b', column: 'c', rowId: 'r' });

    expectFailure(
      () => decryptValue(dataKey, ambiguous, { table: 'a', column: 'b:c', rowId: 'r' }),
      'authentication_failed',
    );
  });

  it('fails with a wrong data key', () => {
    expectFailure(() => decryptValue(randomBytes(32), blob, context), 'authentication_failed');
  });

  it('fails on every flipped bit after the version byte', () => {
    for (let index = 1; index < blob.length; index++) {
      for (let bit = 0; bit < 8; bit++) {
        const tampered = Buffer.from(blob);
        tampered.writeUInt8(tampered.readUInt8(index) ^ (1 << bit), index);
        expect(() => decryptValue(dataKey, tampered, context)).toThrow(DecryptionError);
      }
    }
  });

  it('fails when the embedded key id is replaced', () => {
    const relabelled = Buffer.from(blob);
    relabelled.write('dk-2', 2, 'utf8');

    expectFailure(() => decryptValue(dataKey, relabelled, context), 'authentication_failed');
  });

  it.each<[string, Buffer, DecryptionFailure]>([
    ['empty', Buffer.alloc(0), 'malformed'],
    ['a lone version byte', Buffer.of(1), 'malformed'],
    ['shorter than its header', blob.subarray(0, 2 + 4 + 12 + 15), 'malformed'],
    [
      'of an unknown version',
      Buffer.concat([Buffer.of(2), blob.subarray(1)]),
      'unsupported_version',
    ],
  ])('fails when the value is %s', (_case, mangled, reason) => {
    expectFailure(() => decryptValue(dataKey, mangled, context), reason);
  });

  it('says nothing about the plaintext when it fails', () => {
    const secret = 'Kickbacks paid through the Lagos agent';
    let message = '';
    try {
      decryptValue(dataKey, blob, { ...context, rowId: 'row-2' });
    } catch (error) {
      message = inspect(error);
    }

    expect(message).toContain('DecryptionError');
    expect(message).not.toContain(secret);
    expect(message).not.toContain('Kickbacks');
  });
});

describe(keyIdOf.name, () => {
  it('reads the data key id without the key', () => {
    const blob = encryptValue(randomBytes(32), 'case-7f3a:dk-2', 'text', context);

    expect(keyIdOf(blob)).toBe('case-7f3a:dk-2');
  });

  it('reads a non-ASCII key id', () => {
    const blob = encryptValue(randomBytes(32), 'clé-1', 'text', context);

    expect(keyIdOf(blob)).toBe('clé-1');
  });

  it('fails on a malformed value', () => {
    expectFailure(() => keyIdOf(Buffer.of(1, 9, 0)), 'malformed');
  });
});

describe(encryptText.name, () => {
  it('round-trips UTF-8 text through decryptText', () => {
    const dataKey = randomBytes(32);
    const text = 'Zahlungen an den Beamten in München — 5 000 €, ☎ 555-0100';

    const blob = encryptText(dataKey, 'dk-1', text, context);

    expect(decryptText(dataKey, blob, context)).toBe(text);
  });

  it('round-trips the empty string', () => {
    const dataKey = randomBytes(32);

    expect(decryptText(dataKey, encryptText(dataKey, 'dk-1', '', context), context)).toBe('');
  });
});
