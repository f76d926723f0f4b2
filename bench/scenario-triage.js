// Triage at scale: GET /api/v1/cases?status=triage as a General Counsel at 8 connections, over
// 10k, 100k and 1M seeded cases, against the very SQL CaseListService sends (the built
// repository's statement, so the baseline follows the query when it changes) run by pgbench at 8
// clients.
// At 100k, the console's triage queue page (/staff?status=triage, same viewer and filter, with its
// counts per status) against the JSON list, measured alternately in the same runs.
import { readdirSync, readFileSync, rmSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DATABASE, ownerClient, signIn, signInConsole } from './environment.js';
import { row } from './report.js';
import {
  httpJson,
  latencySummary,
  load,
  median,
  medianMs,
  PINNING,
  run,
  withCpu,
  WORK_DIR,
} from './support.js';

const PGBENCH_DIR = join(WORK_DIR, 'pgbench');

// Realistic shape of a portal that has run for ten years: most cases closed, a few percent in
// each open status (received recently), 70% routed to the General Counsel, 25% to the Audit
// Committee, 5% to the Board; one implicated person per case (mostly employees; 3% in Legal, 1%
// the CFO, 1% the General Counsel: the roles that recuse a body), a witness on 30% of them.
// Ciphertexts are bytes of plausible sizes (the list never decrypts); references use the years
// 2016-2025 so that they never collide with the current year's intake.
const SEED_CASES = `
WITH src AS (
  SELECT i, random() AS rs, random() AS rr, random() AS rc, random() AS rt, random() AS ra,
         md5(i::text || random()::text) AS h
    FROM generate_series($1::int, $2::int) AS i
  OFFSET 0
), shaped AS (
  SELECT i, h, rt, ra,
         CASE WHEN rs < 0.02 THEN 'received' WHEN rs < 0.05 THEN 'acknowledged'
              WHEN rs < 0.09 THEN 'triage' WHEN rs < 0.15 THEN 'investigating'
              WHEN rs < 0.18 THEN 'resolved' WHEN rs < 0.20 THEN 'reopened'
              WHEN rs < 0.30 THEN 'dismissed' ELSE 'closed' END AS status,
         CASE WHEN rr < 0.70 THEN 'general_counsel' WHEN rr < 0.95 THEN 'audit_committee'
              ELSE 'board' END AS routed_to,
         CASE WHEN rc < 0.85 THEN 'web' WHEN rc < 0.90 THEN 'email' WHEN rc < 0.95 THEN 'phone'
              WHEN rc < 0.98 THEN 'mail' ELSE 'in_person' END AS channel
    FROM src
), dated AS (
  SELECT s.*,
         now() - make_interval(secs => rt * 86400 *
           CASE WHEN status IN ('closed', 'dismissed') THEN 3650 ELSE 180 END) AS received_at
    FROM shaped s
), timed AS (
  SELECT d.*,
         CASE WHEN status = 'received' THEN NULL
              ELSE received_at + make_interval(secs => ra * 6 * 86400) END AS acknowledged_at
    FROM dated d
), inserted AS (
  INSERT INTO cases (id, reference, channel, concern_type, status, anonymous, routed_to, handled_by,
    master_key_id, data_key_id, data_key_wrapped, title_enc, description_enc, occurred_at_enc,
    location_enc, title_terms, received_at, acknowledge_by, acknowledged_at, feedback_due_at,
    resolved_at, closed_at, next_due_at, updated_at)
  SELECT gen_random_uuid(),
         'CND-' || (2016 + i % 10) || '-' || lpad((i / 10)::text, 6, '0'),
         channel,
         (ARRAY['accounting','internal_controls','auditing','disclosure','insider_trading',
                'conflict_of_interest','improper_payments','gifts_entertainment',
                'discrimination_harassment','health_safety','confidential_information',
                'competition','government_dealings','records_retention'])[1 + (i * 7) % 14],
         status, ra < 0.6, routed_to,
         CASE WHEN routed_to = 'board' THEN 'audit_committee' ELSE routed_to END,
         'bench-master', h,
         decode(repeat(h, 3), 'hex'),
         decode(repeat(h, 5), 'hex'),
         decode(repeat(h, 25), 'hex'),
         decode(repeat(h, 2), 'hex'),
         decode(repeat(h, 3), 'hex'),
         '{}'::text[],
         received_at,
         received_at + interval '7 days',
         acknowledged_at,
         acknowledged_at + interval '3 months',
         CASE WHEN status IN ('resolved', 'closed') THEN received_at + interval '60 days' END,
         CASE WHEN status IN ('closed', 'dismissed') THEN received_at + interval '90 days' END,
         CASE WHEN status = 'received' THEN received_at + interval '7 days'
              WHEN status IN ('acknowledged', 'triage', 'investigating', 'reopened')
                THEN acknowledged_at + interval '3 months' END,
         received_at
    FROM timed
  RETURNING id, received_at
)
INSERT INTO case_parties (id, case_id, kind, role, name_enc, name_index, created_at)
SELECT gen_random_uuid(), ins.id,
       CASE WHEN n = 1 THEN 'implicated' ELSE 'witness' END,
       CASE WHEN n = 1 THEN
         CASE WHEN pick < 55 THEN 'employee' WHEN pick < 65 THEN 'unknown'
              WHEN pick < 73 THEN 'third_party' WHEN pick < 80 THEN 'contractor'
              WHEN pick < 88 THEN 'finance' WHEN pick < 91 THEN 'legal'
              WHEN pick < 96 THEN 'executive_officer' WHEN pick < 98 THEN 'director'
              WHEN pick < 99 THEN 'cfo' ELSE 'general_counsel' END END,
       decode(repeat(md5(random()::text), 2), 'hex'),
       decode(repeat(md5(random()::text), 2), 'hex'),
       ins.received_at
  FROM (SELECT ins.*, abs(hashtext(ins.id::text)) % 100 AS pick,
               abs(hashtext(ins.id::text || 'w')) % 10 AS wpick
          FROM inserted ins) ins
  CROSS JOIN LATERAL generate_series(1, CASE WHEN ins.wpick < 3 THEN 2 ELSE 1 END) AS n`;

const SEED_BATCH = 50_000;
const SEED_CONNECTIONS = 2;

/** The indexes of the seeded tables that no constraint stands on, with their definitions. */
const SECONDARY_INDEXES = `
SELECT ic.relname AS name, pg_get_indexdef(i.indexrelid) AS definition
  FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid
 WHERE i.indrelid IN ('cases'::regclass, 'case_parties'::regclass)
   AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)`;

/**
 * Seeds cases from..to the way a restore loads a table: the secondary indexes are dropped, the
 * batches are inserted from two connections at once, and the indexes are built again from their
 * own definitions (so the plans are the application's). Inserting 900k cases into a table with a
 * dozen indexes took over three minutes of the full run (195 s); this took 61 s.
 * The seeding sessions run without JIT (it compiled every batch's expressions anew, about a
 * second a batch) and without foreign-key triggers (`session_replication_role = replica`: each
 * party references a case inserted by the same statement). VACUUM (ANALYZE) and a CHECKPOINT
 * follow, so that the measurement does not share the machine with the seed's page writes.
 */
async function seedCases(from, to, log) {
  const started = performance.now();
  const clients = await Promise.all(
    Array.from({ length: SEED_CONNECTIONS }, () => ownerClient(DATABASE)),
  );
  const [first] = clients;
  try {
    for (const client of clients) {
      await client.query(
        `SET jit = off; SET session_replication_role = replica; SET maintenance_work_mem = '256MB'`,
      );
    }
    const { rows: indexes } = await first.query(SECONDARY_INDEXES);
    for (const { name } of indexes) await first.query(`DROP INDEX ${first.escapeIdentifier(name)}`);
    const batches = [];
    for (let start = from; start <= to; start += SEED_BATCH) batches.push(start);
    const inserted = await Promise.allSettled(
      clients.map((client) =>
        drain(batches, (start) =>
          client.query(SEED_CASES, [start, Math.min(to, start + SEED_BATCH - 1)]),
        ),
      ),
    );
    // The indexes come back even when a batch failed, so a kept database is still the app's.
    const definitions = indexes.map((index) => index.definition);
    await Promise.all(
      clients.map((client) => drain(definitions, (definition) => client.query(definition))),
    );
    const failed = inserted.find((result) => result.status === 'rejected');
    if (failed) throw failed.reason;
    await first.query('VACUUM (ANALYZE) cases, case_parties');
    await first.query('CHECKPOINT');
  } finally {
    await Promise.all(clients.map((client) => client.end()));
  }
  const seconds = (performance.now() - started) / 1000;
  log(`seeded cases ${from}..${to} in ${seconds.toFixed(1)} s`);
  return seconds;
}

/**
 * What one list costs the machine, from the runs' CPU accounting: whole-machine CPU per request
 * (API, PostgreSQL, load generator, the rest) and the API's own share, against whole-machine CPU
 * per pgbench transaction. On a machine the load saturates, the rates follow these costs.
 */
function cpuPerOperation(runs) {
  const app = medianMs(runs.map((r) => r.app.cpu.machineSeconds / r.app.responses));
  const api = medianMs(runs.map((r) => r.app.cpu.processSeconds[0] / r.app.responses));
  const sql = medianMs(runs.map((r) => r.sql.cpu.machineSeconds / r.sql.transactions));
  return `CPU per list, whole machine: app ${app} ms (API ${api} ms of it), pgbench ${sql} ms`;
}

/** Takes items off a shared list until it is empty: several connections drain one list. */
async function drain(items, each) {
  for (let item = items.shift(); item !== undefined; item = items.shift()) await each(item);
}

/**
 * The list query exactly as the built code sends it, for this viewer and filter: the criteria
 * CaseListService makes of them, turned into the statement by the repository's own
 * caseListStatement (the one the service runs).
 */
function listQuery(modules, viewer, filters) {
  const service = new modules.domain.CaseListService(undefined, undefined, undefined, undefined);
  const { criteria } = service.criteria(viewer, filters);
  const { text, values } = modules.persistence.caseListStatement(criteria);
  return { sql: text, params: values };
}

function pgArrayLiteral(values) {
  return `{${values.map((v) => `"${String(v).replace(/["\\]/g, '\\$&')}"`).join(',')}}`;
}

/** pgbench script and -D variables for a parameterized statement ($n becomes :pn). */
function pgbenchScript({ sql, params }) {
  const script = `${sql.replace(/\$(\d+)/g, (_, n) => `:p${n}`).replace(/\s+/g, ' ')};\n`;
  const defines = params.flatMap((value, i) => [
    '-D',
    `p${i + 1}=${Array.isArray(value) ? pgArrayLiteral(value) : String(value)}`,
  ]);
  return { script, defines };
}

async function pgbench(ctx, { script, defines }, seconds, tag) {
  mkdirSync(PGBENCH_DIR, { recursive: true });
  const file = join(PGBENCH_DIR, 'triage.sql');
  writeFileSync(file, script);
  const prefix = `triage-${tag}`;
  for (const f of readdirSync(PGBENCH_DIR))
    if (f.startsWith(`${prefix}.`)) rmSync(join(PGBENCH_DIR, f));
  const { stdout } = await run(
    [
      ctx.pgbench,
      '-n',
      '-M',
      'extended',
      '-c',
      '8',
      '-j',
      '1',
      '-T',
      String(seconds),
      '-r',
      '-l',
      `--log-prefix=${join(PGBENCH_DIR, prefix)}`,
      '-f',
      file,
      ...defines,
      ctx.env.DATABASE_URL,
    ],
    { cpu: PINNING.load },
  );
  const latencies = [];
  for (const f of readdirSync(PGBENCH_DIR)) {
    if (!f.startsWith(`${prefix}.`)) continue;
    for (const line of readFileSync(join(PGBENCH_DIR, f), 'utf8').split('\n')) {
      const fields = line.split(' ');
      if (fields.length >= 6) latencies.push(Number(fields[2]) / 1000);
    }
  }
  const tps = Number(/tps = ([\d.]+)/.exec(stdout)?.[1]);
  const transactions = Number(/number of transactions actually processed: (\d+)/.exec(stdout)?.[1]);
  const statementMs = Number(
    /statement latencies in milliseconds[^\n]*\n\s+([\d.]+)/.exec(stdout)?.[1],
  );
  const failed = Number(/number of failed transactions: (\d+)/.exec(stdout)?.[1] ?? 0);
  return {
    tps,
    transactions,
    statementMs,
    failed,
    latency: latencySummary(latencies),
    output: stdout,
  };
}

/** The size at which the console's queue page is measured against the JSON list. */
const PAGE_SIZE = 100_000;

/**
 * The triage queue page (HTML, with counts per status, assignees and unread messages) against
 * the JSON list route, same viewer and filter, alternating run by run: p95 within 1.5×.
 */
async function measureQueuePage(ctx, json, warmup) {
  const cookie = await signInConsole(ctx.apiUrl, ctx.staff);
  const page = { url: `${ctx.apiUrl}/staff?status=triage`, headers: { cookie } };
  const sample = await fetch(page.url, { headers: page.headers, redirect: 'manual' });
  const html = await sample.text();
  if (sample.status !== 200 || !html.includes('<table')) {
    throw new Error(`the queue page answered ${sample.status}`);
  }
  await load({ ...page, connections: 8, duration: warmup });
  const runs = [];
  for (let i = 0; i < ctx.runs; i += 1) {
    const measure = (target) => load({ ...target, connections: 8, duration: ctx.seconds });
    if (i % 2 === 0) {
      const pageRun = await measure(page);
      runs.push({ page: pageRun, json: await measure(json) });
    } else {
      const jsonRun = await measure(json);
      runs.push({ page: await measure(page), json: jsonRun });
    }
  }
  const errors = runs.reduce((sum, r) => sum + r.page.errors + r.json.errors, 0);
  return row({
    scenario: 'triage page 100k',
    figure: 'GET /staff?status=triage p95 ms',
    values: runs.map((r) => r.page.latency.p95),
    baseline: runs.map((r) => r.json.latency.p95),
    baselineLabel: 'JSON list',
    goal: '≤ 1.5× JSON',
    check: ({ ratio }) => ratio <= 1.5 && errors === 0,
    note:
      `page ${Math.round(median(runs.map((r) => r.page.okRps)))} req/s vs JSON ${Math.round(median(runs.map((r) => r.json.okRps)))} req/s` +
      (errors ? `; ${errors} errors` : ''),
  });
}

export async function triage(ctx) {
  const sizes = ctx.quick ? [10_000, 100_000] : [10_000, 100_000, 1_000_000];
  const client = await ownerClient(DATABASE);
  const raw = { sizes: {} };
  const rows = [];
  try {
    // Cases written by the earlier scenarios go: each size holds exactly the seeded cases.
    await client.query('TRUNCATE cases CASCADE');
    const viewer = { id: ctx.staff.id, role: 'general_counsel' };
    const query = listQuery(ctx.modules, viewer, { status: 'triage' });
    const bench = pgbenchScript(query);
    raw.query = query;
    let seeded = 0;
    let token;
    const p95By = {};
    for (const size of sizes) {
      const seedSeconds = await seedCases(seeded + 1, size, ctx.log);
      seeded = size;
      token ??= await signIn(ctx.apiUrl, ctx.staff);
      const url = `${ctx.apiUrl}/api/v1/cases?status=triage`;
      const headers = { authorization: `Bearer ${token}` };
      const sample = await httpJson(url, { headers });
      if (
        sample.status !== 200 ||
        !Array.isArray(sample.body?.items) ||
        sample.body.items.length === 0
      ) {
        throw new Error(
          `the case list answered ${sample.status} with ${JSON.stringify(sample.body).slice(0, 200)}`,
        );
      }
      const explain = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${query.sql}`, query.params);
      const {
        rows: [{ matching }],
      } = await client.query(
        `SELECT count(*)::int AS matching FROM cases WHERE status = 'triage' AND routed_to = 'general_counsel'`,
      );
      // The list route is cold before the first size: V8 takes thousands of requests to optimize
      // it (the first size's three runs went 265, 329, 387 req/s with the usual warm-up), which
      // would make the smallest size look slow and flatter the scaling figure.
      const warmup = size === sizes[0] ? 3 * ctx.warmupSeconds : ctx.warmupSeconds;
      await load({ url, headers, connections: 8, duration: warmup });
      await pgbench(ctx, bench, ctx.warmupSeconds, `${size}-warmup`);
      const runs = [];
      for (let i = 0; i < ctx.runs; i += 1) {
        let app;
        let sql;
        const measureApp = () =>
          withCpu([ctx.api.pid], () =>
            load({ url, headers, connections: 8, duration: ctx.seconds }),
          );
        const measureSql = () =>
          withCpu([], () => pgbench(ctx, bench, ctx.seconds, `${size}-${i}`));
        if (i % 2 === 0) {
          app = await measureApp();
          sql = await measureSql();
        } else {
          sql = await measureSql();
          app = await measureApp();
        }
        runs.push({ app, sql });
      }
      if (size === PAGE_SIZE) {
        rows.push(await measureQueuePage(ctx, { url, headers }, warmup));
      }
      raw.sizes[size] = {
        seedSeconds,
        matchingCases: matching,
        plan: explain.rows.map((r) => r['QUERY PLAN']),
        runs,
      };
      const label = size >= 1_000_000 ? `${size / 1_000_000}M` : `${size / 1000}k`;
      const errors = runs.reduce((sum, r) => sum + r.app.errors, 0);
      const planTime = /Execution Time: ([\d.]+) ms/.exec(raw.sizes[size].plan.join('\n'))?.[1];
      p95By[size] = runs.map((r) => r.app.latency.p95);
      rows.push(
        row({
          scenario: `triage ${label}`,
          figure: 'GET cases?status=triage p50 ms',
          values: runs.map((r) => r.app.latency.p50),
          baseline: runs.map((r) => r.sql.latency.p50),
          baselineLabel: 'pgbench',
        }),
        row({
          scenario: `triage ${label}`,
          figure: 'GET cases?status=triage p95 ms',
          values: p95By[size],
          baseline: runs.map((r) => r.sql.latency.p95),
          baselineLabel: 'pgbench',
          goal: size === 1_000_000 ? '≤ 10 ms and ≤ 2× SQL' : '≤ 2× SQL',
          check: ({ value, ratio }) =>
            ratio <= 2 && errors === 0 && (size !== 1_000_000 || value <= 10),
          note:
            `${matching} cases match; app ${Math.round(median(runs.map((r) => r.app.okRps)))} req/s vs pgbench ${Math.round(median(runs.map((r) => r.sql.tps)))} tps; ` +
            `EXPLAIN ANALYZE ${planTime} ms; ${cpuPerOperation(runs)}` +
            (errors ? `; ${errors} errors` : ''),
        }),
      );
    }
    const largest = sizes[sizes.length - 1];
    rows.push(
      row({
        scenario: 'triage scaling',
        figure: `p95 ${largest >= 1_000_000 ? '1M' : '100k'} / p95 10k`,
        values: p95By[largest].map((v, i) => v / p95By[10_000][i]),
        goal: largest === 1_000_000 ? '≤ 1.5×' : '— (1M in the full run)',
        check: largest === 1_000_000 ? ({ value }) => value <= 1.5 : undefined,
        digits: 2,
      }),
    );
  } finally {
    await client.end();
  }
  return { raw, rows };
}
