import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { must } from '@candor/platform/checks/must.js';
import { type AuditEntryFields, type AuditJsonValue, GENESIS_HASH } from './audit-entry.js';
import { AUDIT_ENCODING_VERSION, canonicalEncode, canonicalJson } from './canonical-encoding.js';
import { hashEntry, verifyChain } from './hash-chain.js';

const fields = (overrides: Partial<AuditEntryFields> = {}): AuditEntryFields => ({
  seq: 1n,
  occurredAt: new Date('2026-03-02T09:15:27.042Z'),
  actorType: 'staff',
  actorId: 'staff-1',
  action: 'case.viewed',
  caseReference: 'CND-2026-000123',
  detail: {},
  ...overrides,
});

/** `[1, <hole>, 3]`: JSON has no holes, and JSON.stringify would quietly write null. */
function sparseArray(): AuditJsonValue[] {
  const array: AuditJsonValue[] = [1];
  array[2] = 3;
  return array;
}

/** The worked examples in AUDIT-CHAIN.md, read from the document itself so that it cannot drift. */
interface WorkedExample {
  name: string;
  fields: AuditEntryFields;
  prevHash: string;
  encodingHex: string;
  hash: string;
}

function workedExamples(): WorkedExample[] {
  const doc = readFileSync(fileURLToPath(new URL('./AUDIT-CHAIN.md', import.meta.url)), 'utf8');
  const blocks = new Map<string, string>();
  for (const match of doc.matchAll(
    /<!-- (worked-example-\d+):(\w+) -->\s*```\w*\n([\s\S]*?)```/g,
  )) {
    blocks.set(`${match[1]}:${match[2]}`, must(match[3], 'the text of the block'));
  }
  const names = [
    ...new Set([...blocks.keys()].map((key) => must(key.split(':')[0], 'the name of the example'))),
  ];
  return names.map((name) => {
    const block = (part: string): string => {
      const text = blocks.get(`${name}:${part}`);
      if (text === undefined) throw new Error(`AUDIT-CHAIN.md: ${name} has no ${part} block`);
      return text;
    };
    const entry = JSON.parse(block('entry')) as Omit<AuditEntryFields, 'occurredAt'> & {
      occurredAt: string;
      prevHash: string;
    };
    const { prevHash, occurredAt, ...rest } = entry;
    return {
      name,
      fields: { ...rest, occurredAt: new Date(occurredAt) },
      prevHash,
      // One field per line; everything after `#` is commentary for the reader.
      encodingHex: block('encoding')
        .split('\n')
        .map((line) => must(line.split('#')[0], 'the text before a #').replace(/\s+/g, ''))
        .join(''),
      hash: block('hash').trim(),
    };
  });
}

describe(canonicalEncode.name, () => {
  const examples = workedExamples();

  it('finds the worked examples in AUDIT-CHAIN.md', () => {
    expect(examples.map((example) => example.name)).toEqual([
      'worked-example-1',
      'worked-example-2',
    ]);
  });

  it.each(examples.map((example) => [example.name, example] as const))(
    'produces the encoding and hash documented in %s',
    (_name, example) => {
      expect(canonicalEncode(example.prevHash, example.fields).toString('hex')).toBe(
        example.encodingHex,
      );
      expect(hashEntry(example.prevHash, example.fields)).toBe(example.hash);
    },
  );

  it('documents worked examples that form a valid chain from the genesis hash', () => {
    const entries = examples.map((example) => ({
      ...example.fields,
      prevHash: example.prevHash,
      hash: example.hash,
    }));
    expect(must(entries[0], 'the first worked example').prevHash).toBe(GENESIS_HASH);
    expect(verifyChain(entries)).toEqual({
      valid: true,
      entries: 2,
      headHash: must(examples[1], 'the second worked example').hash,
    });
  });

  it('starts with the length-prefixed version tag', () => {
    const encoding = canonicalEncode(GENESIS_HASH, fields());
    expect(encoding.readUInt32BE(0)).toBe(AUDIT_ENCODING_VERSION.length);
    expect(encoding.subarray(4, 4 + AUDIT_ENCODING_VERSION.length).toString()).toBe(
      'candor-audit-v1',
    );
  });

  it('hashes the same detail identically whatever the order of its keys, at every depth', () => {
    const a = fields({
      detail: { from: 'received', to: 'acknowledged', meta: { b: 1, a: [2, 3] } },
    });
    const b = fields({
      detail: { meta: { a: [2, 3], b: 1 }, to: 'acknowledged', from: 'received' },
    });
    expect(hashEntry(GENESIS_HASH, a)).toBe(hashEntry(GENESIS_HASH, b));
  });

  it('hashes a changed array order differently (arrays are ordered)', () => {
    expect(hashEntry(GENESIS_HASH, fields({ detail: { ids: [1, 2] } }))).not.toBe(
      hashEntry(GENESIS_HASH, fields({ detail: { ids: [2, 1] } })),
    );
  });

  it.each([
    ['actorId', { actorType: 'system', actorId: null }, { actorType: 'system', actorId: '' }],
    ['caseReference', { caseReference: null }, { caseReference: '' }],
  ] as const)('hashes a null %s and an empty one differently', (_field, asNull, asEmpty) => {
    const nullEncoding = canonicalEncode(GENESIS_HASH, fields(asNull));
    const emptyEncoding = canonicalEncode(GENESIS_HASH, fields(asEmpty));
    expect(nullEncoding.includes(Buffer.from('ffffffff', 'hex'))).toBe(true);
    expect(nullEncoding.equals(emptyEncoding)).toBe(false);
    expect(hashEntry(GENESIS_HASH, fields(asNull))).not.toBe(
      hashEntry(GENESIS_HASH, fields(asEmpty)),
    );
  });

  it('keeps field boundaries: moving text from one field to the next changes the hash', () => {
    const a = fields({ action: 'case.viewedCND', caseReference: '-2026-000123' });
    const b = fields({ action: 'case.viewed', caseReference: 'CND-2026-000123' });
    expect(hashEntry(GENESIS_HASH, a)).not.toBe(hashEntry(GENESIS_HASH, b));
  });

  it.each([
    ['a number', 42],
    ['a bigint', 42n],
    ['a decimal string from PostgreSQL', '42'],
    ['a string with a leading zero', '042'],
  ])('hashes seq given as %s like any other form of the same value', (_form, seq) => {
    expect(hashEntry(GENESIS_HASH, fields({ seq }))).toBe(
      hashEntry(GENESIS_HASH, fields({ seq: 42n })),
    );
  });

  it('encodes the time in UTC with milliseconds, whatever zone the Date was built in', () => {
    const encoding = canonicalEncode(
      GENESIS_HASH,
      fields({ occurredAt: new Date('2026-03-02T10:15:27+01:00') }),
    );
    expect(encoding.toString('latin1')).toContain('2026-03-02T09:15:27.000Z');
  });

  it('hashes times one millisecond apart differently', () => {
    const at = new Date('2026-03-02T09:15:27.042Z');
    expect(hashEntry(GENESIS_HASH, fields({ occurredAt: at }))).not.toBe(
      hashEntry(GENESIS_HASH, fields({ occurredAt: new Date(at.getTime() + 1) })),
    );
  });

  it('encodes unicode in detail, action and references as UTF-8, with lengths in bytes', () => {
    const detail = {
      note: 'Comité 監査 😀 مراجعة',
      ключ: ['ä', '\u{1F9D1}\u{200D}\u{2696}\u{FE0F}'],
    };
    const encoding = canonicalEncode(GENESIS_HASH, fields({ action: 'café.viewed', detail }));
    const json = canonicalJson(detail);
    const jsonBytes = Buffer.from(json, 'utf8');
    const at = encoding.indexOf(jsonBytes);
    expect(at).toBeGreaterThan(4);
    expect(encoding.readUInt32BE(at - 4)).toBe(jsonBytes.length);
    expect(jsonBytes.length).toBeGreaterThan(json.length);
    expect(encoding.includes(Buffer.from('café.viewed', 'utf8'))).toBe(true);
    expect(hashEntry(GENESIS_HASH, fields({ detail }))).toMatch(/^[0-9a-f]{64}$/);
  });

  it('hashes canonically equivalent but differently normalized text differently (no Unicode normalization)', () => {
    expect(hashEntry(GENESIS_HASH, fields({ detail: { n: 'caf\u00e9' } }))).not.toBe(
      hashEntry(GENESIS_HASH, fields({ detail: { n: 'cafe\u0301' } })),
    );
  });

  it.each<[string, Partial<AuditEntryFields>]>([
    ['seq 0', { seq: 0 }],
    ['a fractional seq', { seq: 1.5 }],
    ['a seq that is not a number', { seq: 'one' }],
    ['an invalid date', { occurredAt: new Date('not a date') }],
    ['a null action', { action: null as unknown as string }],
    ['an action with a lone surrogate', { action: 'case.\ud800viewed' }],
    ['a detail that is an array', { detail: [] as unknown as AuditEntryFields['detail'] }],
    ['a detail with NaN', { detail: { n: Number.NaN } }],
    ['a detail with Infinity', { detail: { n: Number.POSITIVE_INFINITY } }],
    ['a detail with undefined', { detail: { n: undefined as unknown as null } }],
    ['a detail with a Date', { detail: { at: new Date() as unknown as string } }],
    ['a detail with a bigint', { detail: { n: 1n as unknown as number } }],
    ['a detail with a lone surrogate in a key', { detail: { '\udc00': 1 } }],
    ['a detail with a sparse array', { detail: { holes: sparseArray() } }],
  ])('refuses %s rather than hash something ambiguous', (_case, overrides) => {
    expect(() => canonicalEncode(GENESIS_HASH, fields(overrides))).toThrow(/./);
  });
});

describe(canonicalJson.name, () => {
  it.each<[string, unknown, string]>([
    [
      'sorts keys and drops whitespace',
      { b: 1, a: { d: [1, 2], c: null } },
      '{"a":{"c":null,"d":[1,2]},"b":1}',
    ],
    ['writes an empty object and array', { o: {}, a: [] }, '{"a":[],"o":{}}'],
    [
      'writes numbers as ECMAScript does',
      [1, 0.1, 1e21, 1e-7, -0, 1.5e300, -42],
      '[1,0.1,1e+21,1e-7,0,1.5e+300,-42]',
    ],
    ['writes booleans and null', [true, false, null], '[true,false,null]'],
    [
      'escapes quotes, backslashes and controls',
      ['"\\\b\f\n\r\t\u0001\u001f'],
      '["\\"\\\\\\b\\f\\n\\r\\t\\u0001\\u001f"]',
    ],
    ['leaves other characters as themselves', ['é😀\u2028\u007f/'], '["é😀\u2028\u007f/"]'],
    // U+FF61 comes before U+1F600 by code point, but after it by UTF-16 code unit (0xFF61 > 0xD83D).
    [
      'sorts keys by UTF-16 code units, not code points',
      { '\uff61': 1, '😀': 2, a: 3 },
      '{"a":3,"😀":2,"｡":1}',
    ],
    ['sorts uppercase before lowercase', { b: 1, B: 2, a: 3, A: 4 }, '{"A":4,"B":2,"a":3,"b":1}'],
    [
      'accepts an object with a null prototype',
      Object.assign(Object.create(null) as object, { z: 1, y: 2 }),
      '{"y":2,"z":1}',
    ],
    [
      'keeps an own __proto__ key as data',
      JSON.parse('{"__proto__":{"x":1},"a":0}') as unknown,
      '{"__proto__":{"x":1},"a":0}',
    ],
  ])('%s', (_case, value, expected) => {
    expect(canonicalJson(value)).toBe(expected);
  });

  it('reads back to the same value', () => {
    const value = { z: [1, 'two', { three: 3.5 }], a: { nested: true, none: null }, ü: 'ünïcödé' };
    expect(JSON.parse(canonicalJson(value))).toEqual(value);
  });
});
