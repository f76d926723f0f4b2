import type { SqlRunner } from '@candor/persistence';
import { type AuditEntry, GENESIS_HASH } from './audit-entry.js';
import { auditHeadStatement } from './audit-head.service.js';
import { headMismatch, verifyAuditLog } from './audit-verifier.service.js';
import { sealEntry } from './hash-chain.js';

function chainOf(length: number): AuditEntry[] {
  const entries: AuditEntry[] = [];
  let prev = GENESIS_HASH;
  for (let i = 1; i <= length; i += 1) {
    const entry = sealEntry(prev, {
      seq: BigInt(i),
      occurredAt: new Date(Date.UTC(2026, 2, 2, 9, 0, 0, i)),
      actorType: 'system',
      actorId: null,
      action: 'case.viewed',
      caseReference: `CND-2026-${String(i).padStart(6, '0')}`,
      detail: { i },
    });
    entries.push(entry);
    prev = entry.hash;
  }
  return entries;
}

/** Answers the verifier's statements the way PostgreSQL would, and records every FETCH. */
function fakeDatabase(entries: AuditEntry[], head: { seq: string; hash: string }) {
  const fetches: number[] = [];
  let position = 0;
  const runner: SqlRunner = {
    query(sql: string) {
      if (sql.startsWith('DECLARE') || sql.startsWith('CLOSE')) return Promise.resolve([]);
      const fetch = /^FETCH FORWARD (\d+)/.exec(sql);
      if (fetch) {
        const batch = entries.slice(position, position + Number(fetch[1]));
        position += batch.length;
        fetches.push(batch.length);
        return Promise.resolve(
          batch.map((e) => ({
            seq: String(e.seq),
            occurred_at: e.occurredAt,
            actor_type: e.actorType,
            actor_id: e.actorId,
            action: e.action,
            case_reference: e.caseReference,
            detail: e.detail,
            prev_hash: e.prevHash,
            hash: e.hash,
          })),
        );
      }
      if (sql.includes('FROM audit_head')) return Promise.resolve([head]);
      return Promise.reject(new Error(`unexpected SQL: ${sql}`));
    },
  };
  return { runner, fetches };
}

describe(verifyAuditLog.name, () => {
  it('reads the log in batches of the given size and accepts a chain that ends at its head', async () => {
    const chain = chainOf(12);
    const { runner, fetches } = fakeDatabase(chain, { seq: '12', hash: chain[11].hash });
    await expect(verifyAuditLog(runner, 5)).resolves.toEqual({
      valid: true,
      entries: 12,
      headHash: chain[11].hash,
    });
    expect(fetches).toEqual([5, 5, 2]);
  });

  it('names the first missing entry when the end of the log was cut off', async () => {
    const chain = chainOf(10);
    const { runner } = fakeDatabase(chain.slice(0, 7), { seq: '10', hash: chain[9].hash });
    await expect(verifyAuditLog(runner, 4)).resolves.toEqual({
      valid: false,
      entries: 7,
      headHash: chain[6].hash,
      firstInvalidEntry: { seq: '8', reason: 'head_mismatch' },
    });
  });

  it('reports a break inside the chain before any comparison with the head', async () => {
    const chain = chainOf(6);
    chain[2] = { ...chain[2], action: 'case.exported' };
    const { runner } = fakeDatabase(chain, { seq: '6', hash: chain[5].hash });
    await expect(verifyAuditLog(runner)).resolves.toMatchObject({
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
