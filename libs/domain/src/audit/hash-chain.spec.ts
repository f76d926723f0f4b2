import { must } from '@candor/platform/checks/must.js';
import {
  type AuditEntry,
  type AuditEntryFields,
  AuditEntryError,
  GENESIS_HASH,
} from './audit-entry.js';
import {
  ChainVerifier,
  hashEntry,
  sealEntry,
  verifyChain,
  verifyChainAsync,
} from './hash-chain.js';

type Draft = Omit<AuditEntryFields, 'seq' | 'occurredAt'>;

const START = Date.UTC(2026, 2, 2, 9, 0, 0, 0);

/** Seals drafts into a valid chain, one minute apart, the way the append service will. */
function buildChain(drafts: readonly Draft[]): AuditEntry[] {
  const entries: AuditEntry[] = [];
  let prevHash = GENESIS_HASH;
  drafts.forEach((draft, index) => {
    const entry = sealEntry(prevHash, {
      ...draft,
      seq: BigInt(index + 1),
      occurredAt: new Date(START + index * 60_000),
    });
    entries.push(entry);
    prevHash = entry.hash;
  });
  return entries;
}

const actors = [
  { actorType: 'staff', actorId: 'a3c1a3f2-6a7e-4a43-9d0c-5f1b2e8d9c10' },
  { actorType: 'reporter', actorId: null },
  { actorType: 'system', actorId: null },
] as const;

function chainOf(length: number): AuditEntry[] {
  return buildChain(
    Array.from({ length }, (_, index) => ({
      ...must(actors[index % actors.length], 'an actor'),
      action: must(
        ['case.viewed', 'case.note_added', 'auth.sign_in', 'case.status_changed'][index % 4],
        'an action',
      ),
      caseReference: index % 5 === 0 ? null : `CND-2026-${String(index).padStart(6, '0')}`,
      detail: { index, tags: ['a', 'b'], nested: { even: index % 2 === 0 } },
    })),
  );
}

async function* cursor(entries: readonly AuditEntry[]): AsyncGenerator<AuditEntry> {
  for (const entry of entries) {
    await Promise.resolve();
    yield entry;
  }
}

describe(hashEntry.name, () => {
  const fields: AuditEntryFields = {
    seq: 1,
    occurredAt: new Date('2026-03-02T09:15:27.042Z'),
    actorType: 'reporter',
    actorId: null,
    action: 'receipt.sign_in_failed',
    caseReference: null,
    detail: {},
  };

  it('returns 64 lowercase hex digits', () => {
    expect(hashEntry(GENESIS_HASH, fields)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('depends on the previous hash, which is what links the chain', () => {
    expect(hashEntry(GENESIS_HASH, fields)).not.toBe(hashEntry('f'.repeat(64), fields));
  });

  it('ignores properties that are not part of the encoding', () => {
    const withExtras = { ...fields, id: 'row-1', createdBy: 'someone' } as AuditEntryFields;
    expect(hashEntry(GENESIS_HASH, withExtras)).toBe(hashEntry(GENESIS_HASH, fields));
  });
});

describe(sealEntry.name, () => {
  const base: AuditEntryFields = {
    seq: 1n,
    occurredAt: new Date('2026-03-02T09:15:27.042Z'),
    actorType: 'staff',
    actorId: 'staff-1',
    action: 'case.viewed',
    caseReference: 'CND-2026-000123',
    detail: {},
  };

  it('links the entry to the previous hash and hashes it', () => {
    const entry = sealEntry(GENESIS_HASH, base);
    expect(entry).toEqual({ ...base, prevHash: GENESIS_HASH, hash: hashEntry(GENESIS_HASH, base) });
  });

  it.each<[string, Partial<AuditEntryFields>, RegExp]>([
    [
      'a reporter with an id',
      { actorType: 'reporter', actorId: 'r-1' },
      /actorId must be null for a reporter/,
    ],
    [
      'a system actor with an id',
      { actorType: 'system', actorId: 'x' },
      /actorId must be null for a system/,
    ],
    ['a staff actor without an id', { actorId: null }, /actorId is required for a staff actor/],
    ['an unknown actor type', { actorType: 'admin' as 'staff' }, /actorType must be one of/],
    ['seq 0', { seq: 0 }, /seq must be 1 or more/],
    ['an empty action', { action: '' }, /action is required/],
    ['an empty case reference', { caseReference: '' }, /caseReference must be null/],
    [
      'an array as detail',
      { detail: [] as unknown as AuditEntryFields['detail'] },
      /detail must be a JSON object/,
    ],
  ])('refuses %s', (_case, overrides, problem) => {
    expect(() => sealEntry(GENESIS_HASH, { ...base, ...overrides })).toThrow(AuditEntryError);
    expect(() => sealEntry(GENESIS_HASH, { ...base, ...overrides })).toThrow(problem);
  });

  it('refuses a previous hash that is not 64 lowercase hex digits', () => {
    expect(() => sealEntry(GENESIS_HASH.toUpperCase().replace(/0/g, 'A'), base)).toThrow(
      /prevHash must be 64 lowercase hex digits/,
    );
  });
});

describe(ChainVerifier.name, () => {
  it('accepts a valid chain of 100 entries and reports its head', () => {
    const chain = chainOf(100);
    const sut = new ChainVerifier();
    expect(chain.map((entry) => sut.push(entry)).every(Boolean)).toBe(true);
    expect(sut.result()).toEqual({
      valid: true,
      entries: 100,
      headHash: must(chain[99], 'chain[99]').hash,
    });
  });

  it('leaves firstInvalidEntry out of a valid result, so its JSON has no such key', () => {
    expect(JSON.stringify(verifyChain(chainOf(3)))).not.toContain('firstInvalidEntry');
  });

  it('accepts an empty log, whose head is the genesis hash', () => {
    expect(new ChainVerifier().result()).toEqual({
      valid: true,
      entries: 0,
      headHash: GENESIS_HASH,
    });
  });

  it('accepts seq as node-postgres returns a bigint column: a decimal string', () => {
    const fromDatabase = chainOf(5).map((entry) => ({ ...entry, seq: String(entry.seq) }));
    expect(verifyChain(fromDatabase).valid).toBe(true);
  });

  it('names a changed field as a hash mismatch on that entry', () => {
    const chain = chainOf(10);
    chain[6] = { ...must(chain[6], 'chain[6]'), action: 'case.exported' };
    expect(verifyChain(chain)).toEqual({
      valid: false,
      entries: 10,
      headHash: must(chain[9], 'chain[9]').hash,
      firstInvalidEntry: { seq: '7', reason: 'hash_mismatch' },
    });
  });

  it('names an entry whose actor was swapped for another valid actor type', () => {
    const chain = chainOf(6);
    const staffEntry = must(chain[3], 'chain[3]');
    expect(staffEntry.actorType).toBe('staff');
    chain[3] = { ...staffEntry, actorType: 'system', actorId: null };
    expect(verifyChain(chain).firstInvalidEntry).toEqual({ seq: '4', reason: 'hash_mismatch' });
  });

  it('names an entry re-hashed after a change by the entry after it, which no longer links', () => {
    const chain = chainOf(10);
    const changed = {
      ...must(chain[4], 'chain[4]'),
      detail: { index: 4, tags: [], nested: { even: true } },
    };
    chain[4] = { ...changed, hash: hashEntry(changed.prevHash, changed) };
    expect(verifyChain(chain).firstInvalidEntry).toEqual({
      seq: '6',
      reason: 'prev_hash_mismatch',
    });
  });

  it('names the entry after a deleted one as a sequence gap', () => {
    const chain = chainOf(10);
    chain.splice(3, 1);
    expect(verifyChain(chain)).toMatchObject({
      valid: false,
      entries: 9,
      firstInvalidEntry: { seq: '5', reason: 'sequence_gap' },
    });
  });

  it('names the first of two swapped entries as a sequence gap', () => {
    const chain = chainOf(10);
    [chain[4], chain[5]] = [must(chain[5], 'chain[5]'), must(chain[4], 'chain[4]')];
    expect(verifyChain(chain).firstInvalidEntry).toEqual({ seq: '6', reason: 'sequence_gap' });
  });

  it('names an entry that repeats the previous seq', () => {
    const chain = chainOf(4);
    chain.splice(2, 0, must(chain[1], 'chain[1]'));
    expect(verifyChain(chain).firstInvalidEntry).toEqual({ seq: '2', reason: 'sequence_gap' });
  });

  it('names a first entry that does not start from the genesis hash', () => {
    const chain = chainOf(3);
    chain[0] = { ...must(chain[0], 'chain[0]'), prevHash: 'a'.repeat(64) };
    expect(verifyChain(chain).firstInvalidEntry).toEqual({
      seq: '1',
      reason: 'prev_hash_mismatch',
    });
  });

  it('names a log that does not start at seq 1', () => {
    expect(verifyChain(chainOf(5).slice(1)).firstInvalidEntry).toEqual({
      seq: '2',
      reason: 'sequence_gap',
    });
  });

  it('names an entry whose fields can no longer be encoded instead of throwing', () => {
    const chain = chainOf(5);
    chain[2] = { ...must(chain[2], 'chain[2]'), occurredAt: new Date(Number.NaN) };
    chain[3] = { ...must(chain[3], 'chain[3]'), seq: 'four' };
    expect(verifyChain(chain).firstInvalidEntry).toEqual({ seq: '3', reason: 'hash_mismatch' });
    expect(
      verifyChain(chainOf(5).map((e, i) => (i === 1 ? { ...e, seq: 'two' } : e))),
    ).toMatchObject({
      firstInvalidEntry: { seq: 'two', reason: 'sequence_gap' },
    });
  });

  it('keeps the first break, stops validating after it, and still counts every entry', () => {
    const chain = chainOf(8);
    chain[2] = { ...must(chain[2], 'chain[2]'), caseReference: 'CND-2026-999999' };
    chain[5] = { ...must(chain[5], 'chain[5]'), seq: 99n };
    const sut = new ChainVerifier();
    expect(chain.map((entry) => sut.push(entry))).toEqual([
      true,
      true,
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(sut.result()).toEqual({
      valid: false,
      entries: 8,
      headHash: must(chain[7], 'chain[7]').hash,
      firstInvalidEntry: { seq: '3', reason: 'hash_mismatch' },
    });
  });

  it('reports the stored hash of the last entry as the head, even when the chain is broken', () => {
    const chain = chainOf(4);
    chain[3] = { ...must(chain[3], 'chain[3]'), hash: 'b'.repeat(64) };
    expect(verifyChain(chain)).toMatchObject({ valid: false, headHash: 'b'.repeat(64) });
  });

  it('accepts a chain cut short at the end; only the head hash kept outside shows the cut', () => {
    const chain = chainOf(10);
    const truncated = verifyChain(chain.slice(0, 7));
    expect(truncated).toEqual({
      valid: true,
      entries: 7,
      headHash: must(chain[6], 'chain[6]').hash,
    });
    expect(truncated.headHash).not.toBe(verifyChain(chain).headHash);
  });
});

describe(verifyChainAsync.name, () => {
  it('verifies entries pulled from an async cursor like the synchronous walk', async () => {
    const chain = chainOf(25);
    await expect(verifyChainAsync(cursor(chain))).resolves.toEqual(verifyChain(chain));
  });

  it('names the broken entry from an async cursor', async () => {
    const chain = chainOf(25);
    chain[12] = {
      ...must(chain[12], 'chain[12]'),
      detail: { index: 12, tags: ['a', 'b'], nested: { even: false } },
    };
    await expect(verifyChainAsync(cursor(chain))).resolves.toMatchObject({
      valid: false,
      entries: 25,
      firstInvalidEntry: { seq: '13', reason: 'hash_mismatch' },
    });
  });
});
