// The intake scenario's baseline: the SQL transaction IntakeService.submitIn runs for the bench's
// report (libs/domain/src/intake/intake.service.ts and audit-trail.service.ts), replayed with raw
// `pg` by N clients in a closed loop — case row, routing decision, two parties, outbox row, the
// audit entry into `audit_staged`, then COMMIT, where a deferred trigger seals it onto the chain
// under the audit_head lock — with no HTTP, validation, encryption or TypeORM. The statements are
// the repositories' own (libs/persistence, built), run over a raw `pg` client, so the baseline
// follows them when they change; the order of the calls follows the service.
// Ciphertexts are random bytes of the sizes the application writes.
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

const policy = new domain.RoutingPolicyService().current();
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

const cases = new persistence.CasesRepository();
const parties = new persistence.CasePartiesRepository();
const outbox = new persistence.OutboxRepository();
/** A raw `pg` client as a repository's unit of work: it answers rows, as TypeORM's query does. */
const runnerOf = (client) => ({
  query: async (sql, parameters) => (await client.query(sql, parameters)).rows,
});
const AUDIT_APPEND = persistence.STAGE_AUDIT_ENTRY;

async function submit(client) {
  const tx = runnerOf(client);
  const now = new Date();
  const caseId = randomUUID();
  const due = new Date(now.getTime() + 7 * 24 * 3600 * 1000);
  await client.query('START TRANSACTION');
  try {
    let reference;
    for (let attempt = 0; attempt < 20 && !reference; attempt += 1) {
      const candidate = `CND-${now.getUTCFullYear()}-${String(randomInt(0, 1_000_000)).padStart(6, '0')}`;
      const inserted = await cases.insertIfReferenceFree(tx, {
        id: caseId,
        reference: candidate,
        channel: 'web',
        concernType: REPORT.concernType,
        anonymous: REPORT.anonymous,
        routedTo: decision.routedTo,
        handledBy: decision.handledBy,
        relatedCaseId: null,
        recordedBy: null,
        receiptHash: HMAC(),
        masterKeyId: 'bench-master',
        dataKeyId: randomUUID(),
        dataKeyWrapped: randomBytes(60),
        titleEnc: sealed(REPORT.title),
        descriptionEnc: sealed(REPORT.description),
        occurredAtEnc: sealed(REPORT.occurredAt),
        locationEnc: sealed(REPORT.location),
        titleTerms: TITLE_TERMS,
        receivedAt: now,
        acknowledgeBy: due,
      });
      if (inserted) reference = candidate;
    }
    if (!reference) throw new Error('could not draw a free case reference');
    await cases.insertRouting(tx, {
      id: randomUUID(),
      caseId,
      trigger: 'intake',
      routedTo: decision.routedTo,
      handledBy: decision.handledBy,
      ruleId: decision.ruleId,
      explanation: decision.explanation,
      policyVersion: decision.policyVersion,
      decidedBy: null,
      decidedAt: now,
    });
    const party = (kind, role, name, contact, emailIndex) => ({
      id: randomUUID(),
      caseId,
      kind,
      role,
      nameEnc: sealed(name),
      contactEnc: contact === null ? null : sealed(contact),
      employeeIdEnc: null,
      nameIndex: HMAC(),
      emailIndex,
      employeeIdIndex: null,
      addedBy: null,
      createdAt: now,
      staff: kind === 'implicated' ? { kind: 'match_by_name' } : { kind: 'none' },
    });
    for (const person of REPORT.implicated) {
      await parties.insert(tx, party('implicated', person.role, person.name, null, null));
    }
    for (const witness of REPORT.witnesses) {
      await parties.insert(tx, party('witness', null, witness.name, witness.contact, HMAC()));
    }
    await outbox.insert(tx, { id: randomUUID(), event: 'case.created', caseId, payload: {} });
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
