import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { Client } from 'pg';
import request from 'supertest';
import { DataSource } from 'typeorm';
import {
  auditEntryOf,
  AuditTrailService,
  canonicalJson,
  AuditVerifierService,
  hashEntry,
  sealEntry,
  SYSTEM,
} from '@candor/domain';
import type { AuditAction, AuditDetail, AuditJsonValue } from '@candor/domain';
import { AUDIT_LOG_COLUMNS, type AuditLogRow } from '@candor/persistence';
import { must } from '@candor/platform';
import { anonymousReport, namedReport } from '../support/factories.js';
import { runToEnd } from '../support/processes.js';
import { bearer, createStaff, TestStaff } from '../support/staff.js';
import { startTestApp, TestApp } from '../support/test-app.js';

// Rows are read back as the owner, as AuditLogRow, to tamper with and to restore exactly.
const FIELDS = [
  'occurred_at',
  'actor_type',
  'actor_id',
  'action',
  'case_reference',
  'detail',
  'prev_hash',
  'hash',
] as const;
type Field = (typeof FIELDS)[number];
const PRINTABLE = Array.from({ length: 94 }, (_, i) => String.fromCharCode(33 + i)).join('');
const HEX = '0123456789abcdef';

/** Replaces one character with another from the alphabet: never the same character. */
function flipChar(text: string, position: number, shift: number, alphabet: string): string {
  const pick = (i: number) => must(alphabet[i % alphabet.length], 'a character of the alphabet');
  if (text.length === 0) return pick(shift);
  const at = position % text.length;
  const index = alphabet.indexOf(must(text[at], 'the character to change'));
  const replacement = index < 0 ? pick(shift) : pick(index + 1 + (shift % (alphabet.length - 1)));
  return text.slice(0, at) + replacement + text.slice(at + 1);
}

function flipJson(value: AuditJsonValue, position: number, shift: number): AuditJsonValue {
  if (typeof value === 'string') return flipChar(value, position, shift, PRINTABLE);
  if (typeof value === 'number') return value + 1 + (shift % 1000);
  if (typeof value === 'boolean') return !value;
  if (value === null) return shift;
  if (Array.isArray(value)) return value.length > 0 ? value.slice(1) : [shift];
  return { ...value, tampered: shift };
}

/** The entry with one field changed, as a tamperer with the owner's rights would change it. */
function tamper(entry: AuditLogRow, field: Field, position: number, shift: number): unknown {
  switch (field) {
    case 'occurred_at':
      return new Date(entry.occurred_at.getTime() + (1 + shift) * (position % 2 ? 1 : -1));
    case 'actor_type': {
      const others = ['staff', 'reporter', 'system'].filter((t) => t !== entry.actor_type);
      return others[shift % others.length];
    }
    case 'actor_id':
      return entry.actor_id === null
        ? '7d2f4c1e-8a3b-4e5f-9c6d-0b1a2e3f4c5d'
        : flipChar(entry.actor_id.replace(/-/g, ''), position, shift, HEX).replace(
            /^(.{8})(.{4})(.{4})(.{4})(.{12})$/,
            '$1-$2-$3-$4-$5',
          );
    case 'action':
      return flipChar(entry.action, position, shift, PRINTABLE);
    case 'case_reference':
      return entry.case_reference === null
        ? 'CND-2026-999999'
        : flipChar(entry.case_reference, position, shift, PRINTABLE);
    case 'detail': {
      const keys = Object.keys(entry.detail);
      if (keys.length === 0) return JSON.stringify({ tampered: shift });
      const key = must(keys[position % keys.length], 'a key of the detail');
      return JSON.stringify({
        ...entry.detail,
        [key]: flipJson(must(entry.detail[key], `the detail's ${key}`), position, shift),
      });
    }
    case 'prev_hash':
      return flipChar(entry.prev_hash, position, shift, HEX);
    case 'hash':
      return flipChar(entry.hash, position, shift, HEX);
  }
}

/**
 * Entries these tests write themselves carry a `test.*` action that the application never writes,
 * so that they cannot be mistaken for real ones; the cast is the one way past AUDIT_ACTIONS.
 */
const testOnly = (action: `test.${string}`) => action as unknown as AuditAction;

describe(AuditVerifierService.name, () => {
  let sut: TestApp;
  /** The schema owner with triggers off (session_replication_role = replica): the tamperer. */
  let owner: Client;
  let committee: TestStaff;
  let counsel: TestStaff;

  const http = () => request(sut.app.getHttpServer());
  const verifier = () => sut.app.get(AuditVerifierService);
  const entries = async () =>
    (
      await owner.query<AuditLogRow>(
        `SELECT ${AUDIT_LOG_COLUMNS} FROM audit_log ORDER BY audit_log.seq`,
      )
    ).rows;
  async function rewrite(entry: AuditLogRow, field: Field, value: unknown): Promise<void> {
    await owner.query(`UPDATE audit_log SET ${field} = $2 WHERE seq = $1`, [entry.seq, value]);
  }
  async function reinsert(entry: AuditLogRow): Promise<void> {
    await owner.query(
      `INSERT INTO audit_log (seq, occurred_at, actor_type, actor_id, action, case_reference, detail, prev_hash, hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        entry.seq,
        entry.occurred_at,
        entry.actor_type,
        entry.actor_id,
        entry.action,
        entry.case_reference,
        JSON.stringify(entry.detail),
        entry.prev_hash,
        entry.hash,
      ],
    );
  }

  beforeAll(async () => {
    sut = await startTestApp({ RECEIPT_FAILURES_PER_MINUTE: '1000' });
    owner = new Client({ connectionString: sut.db.ownerUrl });
    await owner.connect();
    await owner.query(`SET session_replication_role = replica`);
    committee = await createStaff(sut, 'audit_committee', { chair: true });
    counsel = await createStaff(sut, 'general_counsel');
    // A log with every kind of actor and detail: reports, receipts right and wrong, sign-ins.
    for (const report of [
      anonymousReport(),
      namedReport(),
      anonymousReport({ title: 'Éé ✓ 💡' }),
    ]) {
      const created = await http().post('/api/v1/intake/reports').send(report);
      expect(created.status).toBe(201);
      const session = await http()
        .post('/api/v1/reporter/session')
        .send({ receipt: created.body.receipt });
      await http()
        .get('/api/v1/reporter/case')
        .set('authorization', `Bearer ${session.body.token}`);
    }
    await http()
      .post('/api/v1/reporter/session')
      .send({ receipt: 'AAAA-BBBB-CCCC-DDDD-EEEE-FFFF' });
    await http()
      .post('/api/v1/auth/login')
      .send({ email: counsel.email, password: 'wrong password!', otp: '000000' });
  });
  afterAll(async () => {
    await owner.end();
    await sut.close();
  });

  it('reports a valid chain, how many entries it has and its head, to the Audit Committee and the General Counsel', async () => {
    const [count] = await sut.db.query<{ n: string }>(`SELECT count(*)::text AS n FROM audit_log`);
    const { n } = must(count, 'a count of the log');
    const [headRow] = await sut.db.query<{ hash: string }>(`SELECT hash FROM audit_head`);
    const head = must(headRow, 'the audit head');
    for (const staff of [committee, counsel]) {
      const res = await http()
        .get('/api/v1/audit/verify')
        .set(...bearer(staff));
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ valid: true, entries: Number(n), headHash: head.hash });
    }
  });

  it('answers 404 to every other role, as for a route they cannot use', async () => {
    for (const role of ['cfo', 'hr', 'investigator', 'board'] as const) {
      const staff = await createStaff(sut, role);
      const res = await http()
        .get('/api/v1/audit/verify')
        .set(...bearer(staff));
      expect(res.status).toBe(404);
      expect(res.body).toEqual({ statusCode: 404, error: 'Not Found', message: 'not found' });
    }
    expect((await http().get('/api/v1/audit/verify')).status).toBe(401);
  });

  it('names the changed entry whatever field of whatever entry a tamperer changes', async () => {
    const stored = await entries();
    expect(stored.length).toBeGreaterThan(20);
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: stored.length - 1 }),
        fc.constantFrom(...FIELDS),
        fc.nat({ max: 10_000 }),
        fc.nat({ max: 10_000 }),
        async (index, field, position, shift) => {
          const entry = must(stored[index], `entry ${index}`);
          await rewrite(entry, field, tamper(entry, field, position, shift));
          try {
            const result = await verifier().verify();
            expect(result).toMatchObject({
              valid: false,
              entries: stored.length,
              firstInvalidEntry: {
                seq: entry.seq,
                reason: field === 'prev_hash' ? 'prev_hash_mismatch' : 'hash_mismatch',
              },
            });
          } finally {
            await rewrite(
              entry,
              field,
              field === 'detail' ? JSON.stringify(entry.detail) : entry[field],
            );
          }
        },
      ),
      { numRuns: 300 },
    );
    await expect(verifier().verify()).resolves.toMatchObject({
      valid: true,
      entries: stored.length,
    });
  });

  it('names the entry after a deleted one, and a deleted last entry through the recorded head', async () => {
    const stored = await entries();
    const middle = must(stored[10], 'entry 10');
    const next = must(stored[11], 'entry 11');
    await owner.query(`DELETE FROM audit_log WHERE seq = $1`, [middle.seq]);
    try {
      await expect(verifier().verify()).resolves.toMatchObject({
        valid: false,
        entries: stored.length - 1,
        firstInvalidEntry: { seq: next.seq, reason: 'sequence_gap' },
      });
    } finally {
      await reinsert(middle);
    }

    const last = must(stored.at(-1), 'the last entry');
    const beforeLast = must(stored.at(-2), 'the entry before the last');
    await owner.query(`DELETE FROM audit_log WHERE seq = $1`, [last.seq]);
    try {
      await expect(verifier().verify()).resolves.toEqual({
        valid: false,
        entries: stored.length - 1,
        headHash: beforeLast.hash,
        firstInvalidEntry: { seq: last.seq, reason: 'head_mismatch' },
      });
    } finally {
      await reinsert(last);
    }
    await expect(verifier().verify()).resolves.toMatchObject({ valid: true });
  });

  it('names the entry after one inserted in the middle, and a well-forged entry added past the head', async () => {
    const stored = await entries();
    const at = must(stored[5], 'entry 5');
    // Make room at seq 6 (two steps: seq is a primary key), then slip in a well-sealed entry.
    await owner.query(`UPDATE audit_log SET seq = -seq WHERE seq >= $1`, [at.seq]);
    await owner.query(`UPDATE audit_log SET seq = -seq + 1 WHERE seq < 0`);
    const forged = sealEntry(must(stored[4], 'entry 4').hash, {
      seq: BigInt(at.seq),
      occurredAt: at.occurred_at,
      actorType: 'system',
      actorId: null,
      action: 'case.purged',
      caseReference: null,
      detail: {},
    });
    await owner.query(
      `INSERT INTO audit_log (seq, occurred_at, actor_type, actor_id, action, case_reference, detail, prev_hash, hash)
       VALUES ($1, $2, 'system', NULL, 'case.purged', NULL, '{}', $3, $4)`,
      [at.seq, at.occurred_at, forged.prevHash, forged.hash],
    );
    try {
      await expect(verifier().verify()).resolves.toMatchObject({
        valid: false,
        entries: stored.length + 1,
        firstInvalidEntry: { seq: String(Number(at.seq) + 1), reason: 'prev_hash_mismatch' },
      });
    } finally {
      await owner.query(`DELETE FROM audit_log WHERE seq = $1`, [at.seq]);
      await owner.query(`UPDATE audit_log SET seq = -seq WHERE seq > $1`, [at.seq]);
      await owner.query(`UPDATE audit_log SET seq = -seq - 1 WHERE seq < 0`);
    }
    await expect(verifier().verify()).resolves.toMatchObject({ valid: true });

    // A forger who extends the chain correctly but cannot move audit_head along is caught there.
    const last = must(stored.at(-1), 'the last entry');
    const extra = sealEntry(last.hash, {
      seq: BigInt(last.seq) + 1n,
      occurredAt: new Date(),
      actorType: 'system',
      actorId: null,
      action: 'case.viewed',
      caseReference: null,
      detail: {},
    });
    await owner.query(
      `INSERT INTO audit_log (seq, occurred_at, actor_type, actor_id, action, case_reference, detail, prev_hash, hash)
       VALUES ($1, $2, 'system', NULL, 'case.viewed', NULL, '{}', $3, $4)`,
      [String(extra.seq), extra.occurredAt, extra.prevHash, extra.hash],
    );
    try {
      await expect(verifier().verify()).resolves.toMatchObject({
        valid: false,
        firstInvalidEntry: { seq: String(extra.seq), reason: 'head_mismatch' },
      });
    } finally {
      await owner.query(`DELETE FROM audit_log WHERE seq = $1`, [String(extra.seq)]);
    }
    await expect(verifier().verify()).resolves.toMatchObject({ valid: true });
  });

  it('prints the verification from audit:verify, exiting 0 on a valid chain and 1 on a broken one', async () => {
    const valid = await runToEnd('cli', ['audit:verify'], sut.env);
    expect(valid.code).toBe(0);
    expect(JSON.parse(valid.output.trim())).toMatchObject({ valid: true });

    const entry = must((await entries())[3], 'entry 3');
    await rewrite(entry, 'action', 'case.exported');
    try {
      const broken = await runToEnd('cli', ['audit:verify'], sut.env);
      expect(broken.code).toBe(1);
      expect(JSON.parse(broken.output.trim())).toMatchObject({
        valid: false,
        firstInvalidEntry: { seq: entry.seq, reason: 'hash_mismatch' },
      });
      const api = await http()
        .get('/api/v1/audit/verify')
        .set(...bearer(committee));
      expect(api.body).toMatchObject({ valid: false, firstInvalidEntry: { seq: entry.seq } });
    } finally {
      await rewrite(entry, 'action', entry.action);
    }
  });

  it('refuses the application role any write to the log and its head but an INSERT of a staged entry', async () => {
    const app = new Client({ connectionString: sut.db.appUrl });
    await app.connect();
    try {
      for (const sql of [
        `UPDATE audit_log SET action = 'case.viewed' WHERE seq = 1`,
        `DELETE FROM audit_log WHERE seq = 1`,
        `TRUNCATE audit_log`,
        `ALTER TABLE audit_log DISABLE TRIGGER USER`,
        `INSERT INTO audit_log (seq, occurred_at, actor_type, action, detail, prev_hash, hash)
         VALUES (999999, now(), 'system', 'forged', '{}', '${'0'.repeat(64)}', '${'0'.repeat(64)}')`,
        `UPDATE audit_head SET seq = seq`,
        `SELECT audit_append('2026-01-01T00:00:00.000Z', 'system', NULL, 'forged', NULL, '{}')`,
        `SELECT * FROM audit_staged`,
        `UPDATE audit_staged SET action = 'case.viewed'`,
        `DELETE FROM audit_staged`,
        `TRUNCATE audit_staged`,
        `ALTER TABLE audit_staged DISABLE TRIGGER USER`,
      ]) {
        await expect(app.query(sql)).rejects.toMatchObject({
          code: '42501',
          message: expect.stringMatching(/permission denied|must be owner/),
        });
      }
    } finally {
      await app.end();
    }
  });

  /** A connection as the application role, for what a compromised API could send. */
  async function asApp<T>(fn: (app: Client) => Promise<T>): Promise<T> {
    const app = new Client({ connectionString: sut.db.appUrl });
    await app.connect();
    try {
      return await fn(app);
    } finally {
      await app.end();
    }
  }

  it('refuses the application role a staged detail that is not canonical JSON, so the chain stays verifiable', async () => {
    const before = await verifier().verify();
    expect(before).toMatchObject({ valid: true });
    await asApp(async (app) => {
      // The probe's entry: jsonb stores {"a": 2, "b": 1}, the hash would be over the text as sent.
      await expect(
        app.query(
          `INSERT INTO audit_staged (occurred_at, actor_type, actor_id, action, case_reference, detail)
           VALUES ($1, 'system', NULL, 'case.viewed', NULL, '{"b":1,   "a":2}')`,
          [new Date().toISOString()],
        ),
      ).rejects.toMatchObject({ code: '23514' });
      for (const detail of [
        '{"b":1,   "a":2}',
        '{"b":1,"a":2}',
        '{"a":1, "b":2}',
        ' {"a":1}',
        '{"a":1.0}',
        '{"a":1e2}',
        '{"a":-0}',
        '{"a":0.10}',
        '{"a":1E+21}',
        '{"a":1000000000000000000000}',
        '{"a":"\\u00e9"}',
        '{"a":"\\u001F"}',
        '{"a":"\\/"}',
        '{"a":1,"a":2}',
        // Code point order; RFC 8785 sorts by UTF-16 code units, which puts U+1F600 first.
        '{"\uff5e":1,"\u{1f600}":2}',
        '{}  ',
        '[]',
        '"text"',
        'null',
      ]) {
        await expect(
          app.query(
            `INSERT INTO audit_staged (actor_type, action, detail) VALUES ('system', 'test.poison', $1)`,
            [detail],
          ),
        ).rejects.toMatchObject({
          code: '23514',
          message: expect.stringMatching(/detail must be a JSON object in canonical form/),
        });
      }
      // The same values in canonical form are sealed, and verify.
      for (const detail of [
        '{"a":2,"b":1}',
        '{"a":100}',
        '{"a":1e+21}',
        '{"a":0.1}',
        '{"a":"\u00e9"}',
        '{"a":"\\u001f"}',
        '{"\u{1f600}":2,"\uff5e":1}',
        '{}',
      ]) {
        await app.query(
          `INSERT INTO audit_staged (actor_type, action, detail) VALUES ('system', 'test.canonical', $1)`,
          [detail],
        );
      }
    });
    const sealed = (await entries()).slice(before.entries);
    expect(sealed.map((e) => [e.action, canonicalJson(e.detail)])).toEqual([
      ['test.canonical', '{"a":2,"b":1}'],
      ['test.canonical', '{"a":100}'],
      ['test.canonical', '{"a":1e+21}'],
      ['test.canonical', '{"a":0.1}'],
      ['test.canonical', '{"a":"\u00e9"}'],
      ['test.canonical', '{"a":"\\u001f"}'],
      ['test.canonical', '{"\u{1f600}":2,"\uff5e":1}'],
      ['test.canonical', '{}'],
    ]);
    await expect(verifier().verify()).resolves.toMatchObject({
      valid: true,
      entries: before.entries + 8,
    });
  });

  it("stamps a staged entry with the database's clock and refuses a time from the application role", async () => {
    const before = (await entries()).length;
    await asApp(async (app) => {
      // The probe's entry: a staff member's id on an action dated years back.
      for (const time of ['2020-03-01T09:00:00.000Z', new Date().toISOString(), 'not a time']) {
        await expect(
          app.query(
            `INSERT INTO audit_staged (occurred_at, actor_type, actor_id, action, case_reference, detail)
             VALUES ($1, 'staff', $2, 'case.viewed', 'CND-2020-000001', '{}')`,
            [time, counsel.id],
          ),
        ).rejects.toMatchObject({
          code: '23514',
          message: expect.stringMatching(/occurred_at is set by the database/),
        });
      }
      const [started] = (
        await app.query<{ start: Date }>(
          `SELECT date_trunc('milliseconds', clock_timestamp()) AS start`,
        )
      ).rows;
      const { start } = must(started, 'the time before the insert');
      await app.query(
        `INSERT INTO audit_staged (actor_type, actor_id, action, detail)
         VALUES ('staff', $1, 'case.viewed', '{}')`,
        [counsel.id],
      );
      const [ended] = (await app.query<{ end: Date }>(`SELECT clock_timestamp() AS end`)).rows;
      const { end } = must(ended, 'the time after the insert');
      const sealed = (await entries()).slice(before);
      expect(sealed).toHaveLength(1);
      const entry = must(sealed[0], 'the sealed entry');
      expect(entry.occurred_at.getTime()).toBeGreaterThanOrEqual(start.getTime());
      expect(entry.occurred_at.getTime()).toBeLessThanOrEqual(end.getTime());
    });
    const [old] = await sut.db.query<{ n: string }>(
      `SELECT count(*)::text AS n FROM audit_log WHERE occurred_at < now() - interval '1 day'`,
    );
    expect(must(old, 'a count of old entries').n).toBe('0');
    await expect(verifier().verify()).resolves.toMatchObject({ valid: true, entries: before + 1 });
  });

  it('refuses the application role an actor, action or case reference the application never writes', async () => {
    const before = (await entries()).length;
    await asApp(async (app) => {
      for (const [actorType, actorId, action, caseReference, code] of [
        ['reporter', counsel.id, 'case.viewed', null, '23514'],
        ['system', counsel.id, 'case.viewed', null, '23514'],
        ['staff', null, 'case.viewed', null, '23514'],
        ['staff', randomUUID(), 'case.viewed', null, '23503'],
        ['auditor', null, 'case.viewed', null, '23514'],
        ['system', null, '', null, '23514'],
        ['system', null, 'Case viewed', null, '23514'],
        ['system', null, 'case.viewed\n', null, '23514'],
        ['system', null, `case.${'x'.repeat(100)}`, null, '23514'],
        ['system', null, 'case.viewed', '', '23514'],
        ['system', null, 'case.viewed', 'CND-2026-1', '23514'],
        ['system', null, 'case.viewed', 'CND-2026-000001 ', '23514'],
      ] as const) {
        await expect(
          app.query(
            `INSERT INTO audit_staged (actor_type, actor_id, action, case_reference, detail)
             VALUES ($1, $2, $3, $4, '{}')`,
            [actorType, actorId, action, caseReference],
          ),
        ).rejects.toMatchObject({ code });
      }
    });
    expect((await entries()).length).toBe(before);
    await expect(verifier().verify()).resolves.toMatchObject({ valid: true, entries: before });
  });

  it('writes canonical JSON in SQL exactly as the TypeScript encoder does, for any detail and any number', async () => {
    // Any text PostgreSQL can hold (no U+0000), as keys and values, beside realistic ones.
    const anyText = fc
      .string({ unit: 'binary', maxLength: 8 })
      .filter((text) => !text.includes('\u0000'));
    const key = fc.oneof(fc.constantFrom('b', 'aa', 'é', '😀', '\uff5e', 'Z', 'routedTo'), anyText);
    const scalar = fc.oneof(
      anyText,
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
    );
    const detail = fc.dictionary(
      key,
      fc.oneof(
        scalar,
        fc.array(scalar, { maxLength: 3 }),
        fc.dictionary(key, scalar, { maxKeys: 4 }),
      ),
      { maxKeys: 6 },
    ) as fc.Arbitrary<AuditDetail>;
    await fc.assert(
      fc.asyncProperty(fc.array(detail, { minLength: 1, maxLength: 40 }), async (details) => {
        const { rows } = await owner.query<{ text: string }>(
          `SELECT audit_canonical_json(d) AS text
             FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS a(d, i) ORDER BY i`,
          [JSON.stringify(details)],
        );
        expect(rows.map((r) => r.text)).toEqual(details.map((d) => canonicalJson(d)));
      }),
      { numRuns: 50 },
    );
    // Numbers alone, many at a time: the shortest round trip is where two encoders part first.
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.oneof(
            fc.double({ noNaN: true, noDefaultInfinity: true }),
            fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e25, max: 1e25 }),
            fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e-3, max: 1e-3 }),
            fc.bigInt({ min: -(2n ** 64n), max: 2n ** 64n }).map(Number),
            fc.integer({ min: -1e6, max: 1e6 }).map((i) => i / 1000),
          ),
          { minLength: 1, maxLength: 500 },
        ),
        async (numbers) => {
          const {
            rows: [row],
          } = await owner.query<{ text: string }>(
            `SELECT audit_canonical_json($1::jsonb) AS text`,
            [JSON.stringify(numbers)],
          );
          expect(must(row, 'the canonical text').text).toBe(canonicalJson(numbers));
        },
      ),
      { numRuns: 100 },
    );
  });

  it('refuses UPDATE, DELETE and TRUNCATE even to the owner while the triggers are on', async () => {
    const strict = new Client({ connectionString: sut.db.ownerUrl });
    await strict.connect();
    try {
      for (const sql of [
        `UPDATE audit_log SET action = 'case.viewed' WHERE seq = 1`,
        `DELETE FROM audit_log WHERE seq = 1`,
        `TRUNCATE audit_log`,
      ]) {
        await expect(strict.query(sql)).rejects.toMatchObject({
          code: '42501',
          message: expect.stringMatching(
            /audit_log is append-only: (UPDATE|DELETE|TRUNCATE) refused/,
          ),
        });
      }
    } finally {
      await strict.end();
    }
  });

  it("seals a transaction's entries at COMMIT in the order written, and nothing of it when the seal fails", async () => {
    const dataSource = sut.app.get(DataSource);
    const trail = sut.app.get(AuditTrailService);
    const before = (await entries()).length;
    await dataSource.transaction(async (tx) => {
      for (const step of [1, 2, 3]) {
        await trail.append(tx, SYSTEM, { action: testOnly('test.ordered'), detail: { step } });
      }
      // Not on the chain before COMMIT: the head is not locked while the transaction works.
      const [{ n }] = await tx.query(`SELECT count(*)::int AS n FROM audit_log`);
      expect(n).toBe(before);
    });
    const sealed = (await entries()).slice(before);
    expect(sealed.map((e) => [e.action, e.detail])).toEqual([
      ['test.ordered', { step: 1 }],
      ['test.ordered', { step: 2 }],
      ['test.ordered', { step: 3 }],
    ]);

    // A seal that fails (here: the head of the chain is gone, as only the owner could make it)
    // fails the COMMIT, and the transaction's other writes go with it.
    const strict = new Client({ connectionString: sut.db.ownerUrl });
    await strict.connect();
    try {
      await strict.query('BEGIN');
      await strict.query(`DELETE FROM audit_head`);
      await strict.query(
        `INSERT INTO audit_staged (actor_type, actor_id, action, case_reference, detail)
         VALUES ('system', NULL, 'test.unsealable', NULL, '{}')`,
      );
      await expect(strict.query('COMMIT')).rejects.toThrow(/audit_head is missing/);
    } finally {
      await strict.end();
    }
    const [head] = await sut.db.query<{ seq: string }>(`SELECT seq::text AS seq FROM audit_head`);
    expect(must(head, 'the audit head').seq).toBe(String(before + 3));
    expect((await entries()).length).toBe(before + 3);
    const { rows } = await owner.query<{ n: string }>(
      `SELECT count(*)::text AS n FROM audit_staged`,
    );
    expect(must(rows[0], 'a count of staged entries').n).toBe('0');
    await expect(verifier().verify()).resolves.toMatchObject({ valid: true });
  });

  it('keeps one gap-free chain when 50 transactions append at once', async () => {
    const dataSource = sut.app.get(DataSource);
    const trail = sut.app.get(AuditTrailService);
    const before = (await entries()).length;
    await Promise.all(
      Array.from({ length: 50 }, (_, writer) =>
        dataSource.transaction(async (tx) => {
          // Keep each transaction open a moment, so that they overlap at the head lock.
          await tx.query(`SELECT pg_sleep(0.005)`);
          await trail.append(tx, SYSTEM, {
            action: testOnly('test.parallel_write'),
            detail: { writer },
          });
        }),
      ),
    );
    const written = await sut.db.query<{ seq: string; writer: number }>(
      `SELECT seq::text AS seq, (detail->>'writer')::int AS writer
         FROM audit_log WHERE action = 'test.parallel_write' ORDER BY seq`,
    );
    expect(written.map((w) => Number(w.seq))).toEqual(
      Array.from({ length: 50 }, (_, i) => before + 1 + i),
    );
    expect(written.map((w) => w.writer).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 50 }, (_, i) => i),
    );
    // Sealed at COMMIT: nothing is left waiting in the staging table.
    const [staged] = await owner
      .query<{ n: string }>(`SELECT count(*)::text AS n FROM audit_staged`)
      .then((r) => r.rows);
    expect(must(staged, 'a count of staged entries').n).toBe('0');
    const [counts] = await sut.db.query<{ n: string; max: string }>(
      `SELECT count(*)::text AS n, max(seq)::text AS max FROM audit_log`,
    );
    expect(counts).toEqual({ n: String(before + 50), max: String(before + 50) });
    await expect(verifier().verify()).resolves.toMatchObject({ valid: true, entries: before + 50 });
  });

  it('seals in the database exactly the hash the TypeScript encoder computes, for any detail', async () => {
    const dataSource = sut.app.get(DataSource);
    const trail = sut.app.get(AuditTrailService);
    // Keys that sort differently by UTF-16 code units, by code points and by jsonb's length-first
    // order; escapes; numbers JSON and PostgreSQL write differently (1e21, 0.1, -0, 2^53).
    const key = fc.constantFrom('b', 'aa', 'é', '😀', '\uff5e', 'Z', 'a b', 'quote"', 'k');
    const scalar = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 12 }),
      fc.constantFrom('tab\tnew\nline', 'back\\slash', '\u001f', '\u2028', 'Éé ✓ 💡'),
      fc.constantFrom(0, -0, 0.1, 1e21, 1e-7, 2 ** 53, -17, 123.456),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
    );
    const detail = fc.dictionary(
      key,
      fc.oneof(scalar, fc.array(scalar, { maxLength: 3 }), fc.dictionary(key, scalar)),
      { maxKeys: 6 },
    ) as fc.Arbitrary<AuditDetail>;
    await fc.assert(
      fc.asyncProperty(detail, fc.boolean(), async (detailValue, withCase) => {
        await dataSource.transaction((tx) =>
          trail.append(
            tx,
            { type: 'staff', id: counsel.id },
            {
              action: testOnly('test.encoding'),
              caseReference: withCase ? 'CND-2026-000001' : null,
              detail: detailValue,
            },
          ),
        );
        const {
          rows: [last],
        } = await owner.query<AuditLogRow>(
          `SELECT ${AUDIT_LOG_COLUMNS} FROM audit_log ORDER BY audit_log.seq DESC LIMIT 1`,
        );
        const row = must(last, 'the entry just appended');
        expect(row.action).toBe('test.encoding');
        expect(canonicalJson(row.detail)).toBe(canonicalJson(detailValue));
        expect(hashEntry(row.prev_hash, auditEntryOf(row))).toBe(row.hash);
      }),
      { numRuns: 150 },
    );
    await expect(verifier().verify()).resolves.toMatchObject({ valid: true });
  });

  it('prints the head of the chain and the statement for the Audit Committee chair from audit:head', async () => {
    const [headRow] = await sut.db.query<{ seq: string; hash: string }>(
      `SELECT seq::text AS seq, hash FROM audit_head`,
    );
    const head = must(headRow, 'the audit head');
    const { code, output } = await runToEnd('cli', ['audit:head'], sut.env);
    expect(code).toBe(0);
    const printed = JSON.parse(output.trim()) as Record<string, string>;
    expect(printed).toMatchObject({ seq: head.seq, hash: head.hash });
    expect(printed.text).toContain(`Last entry:      ${head.seq}`);
    expect(printed.text).toContain(`Head hash:       ${head.hash}`);
    expect(printed.text).toContain('audit:verify');
  });
});
