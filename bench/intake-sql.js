// The intake scenario's baseline: the SQL transaction IntakeService.submitIn runs for the bench's
// report (libs/domain/src/intake/intake.service.ts and audit-trail.service.ts; the audit entry's
// statement is imported from its repository in libs/persistence), replayed with raw `pg` by N
// clients in a closed loop — case row, routing decision, two parties, outbox row, the
// audit entry into `audit_staged`, then COMMIT, where a deferred trigger seals it onto the chain
// under the audit_head lock — with no HTTP, validation, encryption or TypeORM.
// Ciphertexts are random bytes of the sizes the application writes. Keep it in step with the
// service when that changes.
//
// With "withoutAudit": true it leaves the audit entry out: the same transaction with no turn on the
// audit_head lock, which shows what the machine gives before the chain is paid for.
//
// Usage: node bench/intake-sql.js '{"databaseUrl":…,"dist":…,"clients":16,"seconds":10[,"withoutAudit":true]}'
// Prints one JSON line: transactions, errors, latency percentiles (ms), the machine's CPU seconds.
import { randomBytes, randomInt, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { REPORT } from './fixtures.js';
import { machineCpuSeconds } from './support.js';

const options = JSON.parse(process.argv[2]);
const domain = await import(pathToFileURL(join(options.dist, 'libs/domain/src/index.js')).href);
const persistence = await import(
  pathToFileURL(join(options.dist, 'libs/persistence/src/index.js')).href
);

const policy = new domain.RoutingPolicyProvider().current();
const decision = domain.route(
  policy,
  {
    concernType: REPORT.concernType,
    implicatedRoles: REPORT.implicated.map((p) => p.role),
    relatedCaseRoute: undefined,
  },
  { boardCommittee: 'audit_committee' },
);
// AES-256-GCM as envelope-cipher.ts writes it: version, key id, IV, ciphertext, tag.
const sealed = (text) => randomBytes(1 + 1 + 36 + 12 + Buffer.byteLength(text ?? '') + 16);
const HMAC = () => randomBytes(32);
const TITLE_TERMS = Array.from({ length: 8 }, () => randomBytes(16).toString('base64url'));

const INSERT_CASE = `INSERT INTO cases (id, reference, channel, concern_type, status, anonymous, routed_to, handled_by, related_case_id,
   recorded_by, receipt_hash, master_key_id, data_key_id, data_key_wrapped, title_enc, description_enc,
   occurred_at_enc, location_enc, title_terms, received_at, acknowledge_by, next_due_at, updated_at)
 VALUES ($1, $2, $3, $4, 'received', $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $20, $19)
 ON CONFLICT (reference) DO NOTHING
 RETURNING id`;
const INSERT_ROUTING = `INSERT INTO case_routings (id, case_id, trigger, routed_to, handled_by, rule_id, explanation, policy_version, decided_by, decided_at)
 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`;
const INSERT_PARTY = `INSERT INTO case_parties (id, case_id, kind, role, name_enc, contact_enc, name_index, email_index, created_at, staff_id, staff_match)
 SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9, m.id, CASE WHEN m.id IS NULL THEN NULL ELSE 'automatic' END
   FROM (SELECT NULL::uuid AS none) x
   LEFT JOIN LATERAL (
     SELECT s.id FROM staff s
      WHERE $3 = 'implicated' AND s.disabled_at IS NULL AND s.name_index = $7
      ORDER BY s.created_at LIMIT 1
   ) m ON true`;
const INSERT_OUTBOX = `INSERT INTO outbox (id, event, case_id, payload, created_at) VALUES ($1, $2, $3, $4, now())`;
const AUDIT_APPEND = persistence.STAGE_AUDIT_ENTRY;

async function submit(client) {
  const now = new Date();
  const caseId = randomUUID();
  const due = new Date(now.getTime() + 7 * 24 * 3600 * 1000);
  await client.query('START TRANSACTION');
  try {
    let reference;
    for (let attempt = 0; attempt < 20 && !reference; attempt += 1) {
      const candidate = `CND-${now.getUTCFullYear()}-${String(randomInt(0, 1_000_000)).padStart(6, '0')}`;
      const inserted = await client.query(INSERT_CASE, [
        caseId,
        candidate,
        'web',
        REPORT.concernType,
        REPORT.anonymous,
        decision.routedTo,
        decision.handledBy,
        null,
        null,
        HMAC(),
        'bench-master',
        randomUUID(),
        randomBytes(60),
        sealed(REPORT.title),
        sealed(REPORT.description),
        sealed(REPORT.occurredAt),
        sealed(REPORT.location),
        TITLE_TERMS,
        now,
        due,
      ]);
      if (inserted.rowCount === 1) reference = candidate;
    }
    if (!reference) throw new Error('could not draw a free case reference');
    await client.query(INSERT_ROUTING, [
      randomUUID(),
      caseId,
      'intake',
      decision.routedTo,
      decision.handledBy,
      decision.ruleId,
      decision.explanation,
      decision.policyVersion,
      null,
      now,
    ]);
    for (const person of REPORT.implicated) {
      await client.query(INSERT_PARTY, [
        randomUUID(),
        caseId,
        'implicated',
        person.role,
        sealed(person.name),
        null,
        HMAC(),
        null,
        now,
      ]);
    }
    for (const witness of REPORT.witnesses) {
      await client.query(INSERT_PARTY, [
        randomUUID(),
        caseId,
        'witness',
        null,
        sealed(witness.name),
        sealed(witness.contact),
        HMAC(),
        HMAC(),
        now,
      ]);
    }
    await client.query(INSERT_OUTBOX, [randomUUID(), 'case.created', caseId, '{}']);
    if (options.withoutAudit) {
      await client.query('COMMIT');
      return;
    }
    const texts = domain.canonicalStagedTexts({
      actorType: 'reporter',
      actorId: null,
      action: 'case.created',
      caseReference: reference,
      detail: {
        channel: 'web',
        concernType: REPORT.concernType,
        anonymous: REPORT.anonymous,
        routedTo: decision.routedTo,
        handledBy: decision.handledBy,
        ruleId: decision.ruleId,
        policyVersion: decision.policyVersion,
        implicated: REPORT.implicated.length,
        witnesses: REPORT.witnesses.length,
        files: 0,
        relatedCase: null,
      },
    });
    await client.query(AUDIT_APPEND, [
      texts.actorType,
      texts.actorId,
      texts.action,
      texts.caseReference,
      texts.detail,
    ]);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

const clients = await Promise.all(
  Array.from({ length: options.clients }, async () => {
    const client = new pg.Client({
      connectionString: options.databaseUrl,
      application_name: 'candor-bench',
    });
    await client.connect();
    return client;
  }),
);

const latencies = [];
const errors = [];
const machineCpuAtStart = machineCpuSeconds();
const start = performance.now();
const end = start + options.seconds * 1000;
await Promise.all(
  clients.map(async (client) => {
    while (performance.now() < end) {
      const t0 = performance.now();
      try {
        await submit(client);
        latencies.push(performance.now() - t0);
      } catch (error) {
        errors.push(error.message);
      }
    }
  }),
);
const elapsed = (performance.now() - start) / 1000;
// The whole machine's CPU over the measured window only (not this process's start-up).
const machineSeconds = machineCpuSeconds() - machineCpuAtStart;
await Promise.all(clients.map((c) => c.end()));

latencies.sort((a, b) => a - b);
const at = (p) =>
  latencies[Math.min(latencies.length - 1, Math.ceil((p / 100) * latencies.length) - 1)];
process.stdout.write(
  `${JSON.stringify({
    transactions: latencies.length,
    errors: errors.length,
    errorSamples: [...new Set(errors)].slice(0, 3),
    durationSeconds: elapsed,
    tps: latencies.length / elapsed,
    cpu: { machineSeconds },
    latency: { p50: at(50), p95: at(95), p99: at(99), max: latencies[latencies.length - 1] },
  })}\n`,
);
