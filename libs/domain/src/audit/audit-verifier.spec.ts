import { Readable } from 'node:stream';
import fc from 'fast-check';
import { must } from '@candor/platform/checks/must.js';
import type { DedicatedConnection } from '@candor/persistence';
import {
  type AuditActorType,
  type AuditEntry,
  type AuditJsonValue,
  GENESIS_HASH,
} from './audit-entry.js';
import { SeqField } from './audit-copy-encoding.js';
import { AuditCopyVerifier } from './audit-copy-verifier.js';
import { auditHeadStatement } from './audit-head.service.js';
import { AuditCopyParser, type StoredAuditEntry } from './audit-log-copy.js';
import { headMismatch, verifyAuditLog } from './audit-log-verification.js';
import { canonicalEncode } from './canonical-encoding.js';
import { ChainVerifier, sealEntry, verifyChain } from './hash-chain.js';

function chainOf(
  length: number,
  at = (i: number) => Date.UTC(2026, 2, 2, 9, 0, 0, i),
): AuditEntry[] {
  const entries: AuditEntry[] = [];
  let prev = GENESIS_HASH;
  for (let i = 1; i <= length; i += 1) {
    const entry = sealEntry(prev, {
      seq: BigInt(i),
      occurredAt: new Date(at(i)),
      actorType: i % 3 === 0 ? 'staff' : 'system',
      actorId: i % 3 === 0 ? `0000000${i % 10}-aaaa-4bbb-8ccc-0123456789ab` : null,
      action: 'case.viewed',
      caseReference: i % 4 === 0 ? null : `CND-2026-${String(i).padStart(6, '0')}`,
      detail: i % 5 === 0 ? { note: 'Éé ✓ 💡', nested: { b: [1, 0.5, null], a: true } } : { i },
    });
    entries.push(entry);
    prev = entry.hash;
  }
  return entries;
}

/**
 * JSON as PostgreSQL writes a jsonb value: a space after every colon and comma, and object keys
 * shorter first, then by their bytes (not the canonical order).
 */
function jsonbText(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(jsonbText).join(', ')}]`;
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const bytes = (key: string) => Buffer.from(key, 'utf8');
  const keys = Object.keys(value).sort(
    (a, b) => bytes(a).length - bytes(b).length || Buffer.compare(bytes(a), bytes(b)),
  );
  const members = keys.map(
    (key) => `${JSON.stringify(key)}: ${jsonbText((value as Record<string, unknown>)[key])}`,
  );
  return `{${members.join(', ')}}`;
}

/** What `COPY (SELECT … FROM audit_log) TO STDOUT (FORMAT binary)` sends for these rows. */
function copyBinary(rows: Array<Omit<AuditEntry, 'detail'> & { detail: unknown }>): Buffer {
  const parts: Buffer[] = [Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1'), Buffer.alloc(8)];
  const int = (bytes: number, write: (b: Buffer) => void) => {
    const b = Buffer.alloc(bytes);
    write(b);
    return b;
  };
  const field = (value: Buffer | null) =>
    value === null
      ? [int(4, (b) => b.writeInt32BE(-1))]
      : [int(4, (b) => b.writeInt32BE(value.length)), value];
  const text = (value: string | null) => field(value === null ? null : Buffer.from(value, 'utf8'));
  for (const row of rows) {
    parts.push(int(2, (b) => b.writeInt16BE(9)));
    parts.push(...field(int(8, (b) => b.writeBigInt64BE(BigInt(row.seq)))));
    const micros = BigInt(row.occurredAt.getTime() - Date.UTC(2000, 0, 1)) * 1000n;
    parts.push(...field(int(8, (b) => b.writeBigInt64BE(micros))));
    parts.push(...text(row.actorType));
    parts.push(
      ...field(row.actorId === null ? null : Buffer.from(row.actorId.replace(/-/g, ''), 'hex')),
    );
    parts.push(...text(row.action));
    parts.push(...text(row.caseReference));
    // jsonb: a version byte, then the text as PostgreSQL writes it.
    const json = jsonbText(row.detail);
    parts.push(...field(Buffer.concat([Buffer.from([1]), Buffer.from(json, 'utf8')])));
    parts.push(...text(row.prevHash));
    parts.push(...text(row.hash));
  }
  parts.push(int(2, (b) => b.writeInt16BE(-1)));
  return Buffer.concat(parts);
}

/** Every entry, its encoding copied out of the buffer the parser reuses. */
function parseAll(chunks: Buffer[]): StoredAuditEntry[] {
  const entries: StoredAuditEntry[] = [];
  const parser = new AuditCopyParser((entry) =>
    entries.push({
      ...entry,
      encoding: entry.encoding === null ? null : Buffer.from(entry.encoding),
    }),
  );
  for (const chunk of chunks) parser.push(chunk);
  parser.end();
  return entries;
}

function inChunksOf(data: Buffer, size: number): Buffer[] {
  const chunks: Buffer[] = [];
  for (let at = 0; at < data.length; at += size) chunks.push(data.subarray(at, at + size));
  return chunks;
}

describe(AuditCopyParser.name, () => {
  it('gives back each row as the seq, canonical encoding and hashes the chain was sealed from', () => {
    const chain = chainOf(15);
    const entries = parseAll([copyBinary(chain)]);
    expect(entries).toEqual(
      chain.map((e) => ({
        seq: e.seq,
        encoding: canonicalEncode(e.prevHash, e),
        prevHash: e.prevHash,
        hash: e.hash,
      })),
    );
    const verifier = new ChainVerifier();
    for (const entry of entries) verifier.pushStored(entry);
    expect(verifier.result()).toEqual({
      valid: true,
      entries: 15,
      headHash: must(chain[14], 'chain[14]').hash,
    });
  });

  it('reads the same rows however the stream is cut into chunks', () => {
    const data = copyBinary(chainOf(12));
    const whole = parseAll([data]);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 97 }), (size) => {
        expect(parseAll(inChunksOf(data, size))).toEqual(whole);
      }),
    );
  });

  it('writes every time the way toISOString() does, from 1900 to past the year 9999', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(10_100, 0, 1) }), {
          minLength: 1,
          maxLength: 8,
        }),
        (times) => {
          const chain = chainOf(times.length, (i) => must(times[i - 1], 'a generated time'));
          const entries = parseAll([copyBinary(chain)]);
          // canonicalEncode writes the time with toISOString().
          expect(entries.map((e) => e.encoding)).toEqual(
            chain.map((e) => canonicalEncode(e.prevHash, e)),
          );
        },
      ),
    );
  });

  it('encodes any entry as canonicalEncode does: any text, seq, actor and detail', () => {
    const text = (minLength: number) => fc.string({ unit: 'binary', minLength, maxLength: 24 });
    const json: fc.Arbitrary<AuditJsonValue> = fc.letrec<{ value: AuditJsonValue }>((tie) => ({
      value: fc.oneof(
        { maxDepth: 3 },
        fc.constant(null),
        fc.boolean(),
        fc.integer(),
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        text(0),
        fc.array(tie('value'), { maxLength: 3 }),
        fc.dictionary(text(0), tie('value'), { maxKeys: 3 }),
      ),
    })).value;
    fc.assert(
      fc.property(
        fc.record({
          seq: fc.bigInt({ min: 1n, max: 2n ** 63n - 1n }),
          occurredAt: fc.date({
            min: new Date(Date.UTC(1900, 0, 1)),
            max: new Date(Date.UTC(10_100, 0, 1)),
            noInvalidDate: true,
          }),
          actorType: fc.constantFrom<AuditActorType>('staff', 'reporter', 'system'),
          actorId: fc.option(fc.uuid(), { nil: null }),
          action: text(1),
          caseReference: fc.option(text(0), { nil: null }),
          detail: fc.dictionary(text(0), json, { maxKeys: 4 }),
          prevHash: text(0),
          hash: fc.stringMatching(/^[0-9a-f]{64}$/),
        }),
        (row) => {
          const stored = must(parseAll([copyBinary([row])])[0], 'the parsed entry');
          expect(stored.encoding).toEqual(canonicalEncode(row.prevHash, row));
          expect(stored).toMatchObject({ seq: row.seq, prevHash: row.prevHash, hash: row.hash });
        },
      ),
    );
  });

  it('marks a row with text that is no UTF-8, or a null where the encoding has none, as unencodable', () => {
    const entry = must(chainOf(1)[0], 'the entry of a chain of one');
    const data = copyBinary([{ ...entry, action: 'case.vieweX' }]);
    const at = data.indexOf('case.vieweX', 0, 'latin1') + 'case.viewe'.length;
    const garbled = Buffer.from(data);
    garbled[at] = 0xff;
    const nullAction = Buffer.concat([
      data.subarray(0, data.indexOf('case.vieweX', 0, 'latin1') - 4),
      Buffer.from([0xff, 0xff, 0xff, 0xff]),
      data.subarray(data.indexOf('case.vieweX', 0, 'latin1') + 'case.vieweX'.length),
    ]);
    for (const bytes of [garbled, nullAction]) {
      const stored = must(parseAll([bytes])[0], 'the parsed entry');
      expect(stored.encoding).toBeNull();
      const verifier = new ChainVerifier();
      verifier.pushStored(stored);
      expect(verifier.result().firstInvalidEntry).toEqual({ seq: '1', reason: 'hash_mismatch' });
    }
  });

  it('marks a row whose detail is no JSON object as unencodable, so its hash cannot match', () => {
    const entry = must(chainOf(1)[0], 'the entry of a chain of one');
    const stored = must(
      parseAll([copyBinary([{ ...entry, detail: [1, 2] }])])[0],
      'the parsed entry',
    );
    expect(stored.encoding).toBeNull();
    const verifier = new ChainVerifier();
    verifier.pushStored(stored);
    expect(verifier.result().firstInvalidEntry).toEqual({ seq: '1', reason: 'hash_mismatch' });
  });

  it("refuses a stream that stops before COPY's trailer", () => {
    const data = copyBinary(chainOf(3));
    expect(() => parseAll([data.subarray(0, data.length - 2)])).toThrow(/truncated/);
  });
});

/** One way of tampering with a log, as a forger with write access to its rows might. */
type Tampering =
  | { kind: 'none' }
  | { kind: 'field'; index: number; field: 'action' | 'caseReference' | 'detail' | 'occurredAt' }
  | { kind: 'seq'; index: number; seq: bigint }
  | { kind: 'hash'; index: number; which: 'prevHash' | 'hash'; digit: number }
  | { kind: 'delete'; index: number }
  | { kind: 'swap'; index: number; other: number }
  | { kind: 'truncate'; keep: number };

function tampered(chain: AuditEntry[], t: Tampering): AuditEntry[] {
  const entries = [...chain];
  if (entries.length === 0) return entries;
  const at = (index: number) => index % entries.length;
  const entry = (index: number) => must(entries[at(index)], 'an entry of the chain');
  switch (t.kind) {
    case 'none':
      break;
    case 'field': {
      const e = entry(t.index);
      const changed: Partial<AuditEntry> =
        t.field === 'action'
          ? { action: 'case.exported' }
          : t.field === 'caseReference'
            ? { caseReference: e.caseReference === null ? 'CND-2026-999999' : null }
            : t.field === 'detail'
              ? { detail: { forged: true } }
              : { occurredAt: new Date(e.occurredAt.getTime() + 1) };
      entries[at(t.index)] = { ...e, ...changed };
      break;
    }
    case 'seq':
      entries[at(t.index)] = { ...entry(t.index), seq: t.seq };
      break;
    case 'hash': {
      const e = entry(t.index);
      const hex = e[t.which];
      const digit = (parseInt(hex[t.digit] ?? '0', 16) + 1) % 16;
      const flipped = `${hex.slice(0, t.digit)}${digit.toString(16)}${hex.slice(t.digit + 1)}`;
      entries[at(t.index)] = { ...e, [t.which]: flipped };
      break;
    }
    case 'delete':
      entries.splice(at(t.index), 1);
      break;
    case 'swap': {
      const [i, j] = [at(t.index), at(t.other)];
      [entries[i], entries[j]] = [entry(j), entry(i)];
      break;
    }
    case 'truncate':
      entries.length = Math.min(t.keep, entries.length);
      break;
  }
  return entries;
}

const index = fc.nat({ max: 40 });
const tamperingArb: fc.Arbitrary<Tampering> = fc.oneof(
  fc.constant({ kind: 'none' as const }),
  fc.record({
    kind: fc.constant('field' as const),
    index,
    field: fc.constantFrom(
      'action' as const,
      'caseReference' as const,
      'detail' as const,
      'occurredAt' as const,
    ),
  }),
  fc.record({ kind: fc.constant('seq' as const), index, seq: fc.bigInt({ min: -2n, max: 45n }) }),
  fc.record({
    kind: fc.constant('hash' as const),
    index,
    which: fc.constantFrom('prevHash' as const, 'hash' as const),
    digit: fc.nat({ max: 63 }),
  }),
  fc.record({ kind: fc.constant('delete' as const), index }),
  fc.record({ kind: fc.constant('swap' as const), index, other: index }),
  fc.record({ kind: fc.constant('truncate' as const), keep: index }),
);

describe(AuditCopyVerifier.name, () => {
  it('finds what ChainVerifier finds in any log, valid or tampered, however it is cut into chunks', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: 40 }),
        tamperingArb,
        fc.integer({ min: 1, max: 400 }),
        (length, tampering, chunkSize) => {
          const entries = tampered(chainOf(length), tampering);
          const sut = new AuditCopyVerifier();
          for (const chunk of inChunksOf(copyBinary(entries), chunkSize)) sut.push(chunk);
          sut.end();
          expect(sut.result()).toEqual(verifyChain(entries));
          expect(sut.lastSeq()).toBe(BigInt(entries.at(-1)?.seq ?? 0n));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("refuses a stream cut anywhere before COPY's trailer", () => {
    const data = copyBinary(chainOf(5));
    fc.assert(
      fc.property(
        fc.nat({ max: data.length - 1 }),
        fc.integer({ min: 1, max: 400 }),
        (cut, size) => {
          const sut = new AuditCopyVerifier();
          for (const chunk of inChunksOf(data.subarray(0, cut), size)) sut.push(chunk);
          expect(() => sut.end()).toThrow(/truncated/);
        },
      ),
    );
  });
});

describe(SeqField.name, () => {
  it('counts up in base 10 from 1, carrying past every power of ten', () => {
    const sut = new SeqField();
    for (let seq = 1; seq <= 100_001; seq += 1) {
      const digits = sut.digits.toString('latin1', sut.digits.length - sut.length);
      if (digits !== String(seq)) expect(digits).toBe(String(seq));
      sut.increment();
    }
  });
});

/** Answers the verifier's COPY with the log's bytes in small chunks, and the head query. */
function fakeClient(
  entries: AuditEntry[],
  head: { seq: string; hash: string },
): DedicatedConnection {
  return {
    query<T>(statement: string) {
      if (statement.includes('FROM audit_head')) return Promise.resolve([head] as T[]);
      return Promise.reject(new Error(`unexpected query: ${statement}`));
    },
    copyOut: () => Readable.from(inChunksOf(copyBinary(entries), 64)),
  };
}

describe(verifyAuditLog.name, () => {
  it('accepts a chain that ends at its head', async () => {
    const chain = chainOf(12);
    await expect(
      verifyAuditLog(fakeClient(chain, { seq: '12', hash: must(chain[11], 'chain[11]').hash })),
    ).resolves.toEqual({ valid: true, entries: 12, headHash: must(chain[11], 'chain[11]').hash });
  });

  it('names the first missing entry when the end of the log was cut off', async () => {
    const chain = chainOf(10);
    const client = fakeClient(chain.slice(0, 7), {
      seq: '10',
      hash: must(chain[9], 'chain[9]').hash,
    });
    await expect(verifyAuditLog(client)).resolves.toEqual({
      valid: false,
      entries: 7,
      headHash: must(chain[6], 'chain[6]').hash,
      firstInvalidEntry: { seq: '8', reason: 'head_mismatch' },
    });
  });

  it('reports a break inside the chain before any comparison with the head', async () => {
    const chain = chainOf(6);
    chain[2] = { ...must(chain[2], 'chain[2]'), action: 'case.exported' };
    const client = fakeClient(chain, { seq: '6', hash: must(chain[5], 'chain[5]').hash });
    await expect(verifyAuditLog(client)).resolves.toMatchObject({
      valid: false,
      firstInvalidEntry: { seq: '3', reason: 'hash_mismatch' },
    });
  });
});

describe(headMismatch.name, () => {
  const hash = 'a'.repeat(64);
  it.each([
    ['agree', 5n, hash, { seq: '5', hash }, undefined],
    ['agree on an empty log', 0n, GENESIS_HASH, { seq: '0', hash: GENESIS_HASH }, undefined],
    ['lack entries at the end', 5n, hash, { seq: '9', hash: 'b'.repeat(64) }, 6n],
    ['carry entries past the head', 7n, hash, { seq: '5', hash: 'b'.repeat(64) }, 6n],
    ['end on a different hash', 5n, hash, { seq: '5', hash: 'b'.repeat(64) }, 5n],
    ['have no recorded head', 2n, hash, undefined, 1n],
  ] as const)(
    'names the right entry when chain and head %s',
    (_case, seq, last, head, expected) => {
      expect(headMismatch(seq, last, head)).toBe(expected);
    },
  );
});

describe(auditHeadStatement.name, () => {
  it('states the entry, its hash and its time, and how to check them', () => {
    const text = auditHeadStatement({
      seq: '4182',
      hash: 'c'.repeat(64),
      entryAt: new Date('2026-03-02T09:15:27.042Z'),
      asOf: new Date('2026-03-03T06:00:00.000Z'),
    });
    expect(text).toContain('Last entry:      4182');
    expect(text).toContain(`Head hash:       ${'c'.repeat(64)}`);
    expect(text).toContain('Written at:      2026-03-02T09:15:27.042Z');
    expect(text).toContain('npm run cli -- audit:verify');
    expect(text).toContain('SELECT hash FROM audit_log WHERE seq = 4182;');
  });
});
