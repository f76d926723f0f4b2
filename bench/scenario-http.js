// Scenarios driven through the API with autocannon: the HTTP floor, intake (and the memory of API
// and worker after it), and receipt sign-in under a wrong-receipt attack.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { API_FLAGS } from '../scripts/heap-flags.js';
import { drainNotificationEvents } from './environment.js';
import { REPORT } from './fixtures.js';
import { row } from './report.js';
import {
  cpuSecondsOf,
  freePort,
  httpJson,
  load,
  median,
  medianMs,
  memoryOf,
  PINNING,
  ROOT,
  run,
  startProcess,
  stopProcess,
  waitFor,
  withCpu,
  WORK_DIR,
} from './support.js';

const JSON_HEADERS = { 'content-type': 'application/json' };
/** How long the worker may take to relay and fan out one window's reports. */
const DRAIN_TIMEOUT_MS = 300_000;

/**
 * The HTTP floor's baseline: `bench/bare-server.js`, Nest on Fastify with one route answering the
 * concern types' JSON and nothing else, on the API's core with the API's heap flags. `fn` gets its
 * URL; the server stops after.
 */
export async function withBareServer(ctx, fn) {
  const path = '/api/v1/intake/concern-types';
  const answer = await httpJson(`${ctx.apiUrl}${path}`);
  if (answer.status !== 200) throw new Error(`concern-types answered ${answer.status}`);
  const file = join(WORK_DIR, 'concern-types.json');
  writeFileSync(file, JSON.stringify(answer.body));
  const port = await freePort();
  const bare = startProcess(
    'bare-server',
    // The API's heap flags, so that the baseline runs with the same process settings.
    [process.execPath, ...API_FLAGS, join(ROOT, 'bench/bare-server.js'), String(port), file],
    { env: ctx.env, cpu: PINNING.server },
  );
  const bareUrl = `http://127.0.0.1:${port}${path}`;
  try {
    await waitFor('the bare server', async () => (await httpJson(bareUrl)).status === 200);
    return await fn(bareUrl, JSON.stringify(answer.body).length);
  } finally {
    await stopProcess(bare);
  }
}

/** GET concern-types through the whole API vs a bare Nest+Fastify route answering the same JSON. */
export async function httpFloor(ctx) {
  const appUrl = `${ctx.apiUrl}/api/v1/intake/concern-types`;
  return withBareServer(ctx, async (bareUrl, bytes) => {
    const connections = 16;
    await load({ url: appUrl, connections, duration: ctx.warmupSeconds });
    await load({ url: bareUrl, connections, duration: ctx.warmupSeconds });
    const runs = [];
    for (let i = 0; i < ctx.runs; i += 1) {
      // Alternate the order so that a slow moment of the machine does not always hit one side.
      const measure = (url) => load({ url, connections, duration: ctx.seconds });
      let app;
      let baseline;
      if (i % 2 === 0) {
        app = await measure(appUrl);
        baseline = await measure(bareUrl);
      } else {
        baseline = await measure(bareUrl);
        app = await measure(appUrl);
      }
      runs.push({ app, baseline });
    }
    const errors = runs.reduce((sum, r) => sum + r.app.errors + r.baseline.errors, 0);
    return {
      raw: { connections, bytes, runs },
      rows: [
        row({
          scenario: 'HTTP floor',
          figure: 'GET concern-types req/s',
          values: runs.map((r) => r.app.rps),
          baseline: runs.map((r) => r.baseline.rps),
          baselineLabel: 'bare Nest+Fastify',
          goal: '≥ 0.6× baseline',
          check: ({ ratio }) => ratio >= 0.6 && errors === 0,
          note: errors ? `${errors} non-2xx or failed responses` : undefined,
        }),
        row({
          scenario: 'HTTP floor',
          figure: 'GET concern-types p99 ms',
          values: runs.map((r) => r.app.latency.p99),
          baseline: runs.map((r) => r.baseline.latency.p99),
          baselineLabel: 'bare',
        }),
      ],
    };
  });
}

/** POST reports at 16 connections vs the same SQL transaction from 16 raw pg clients. */
export async function intake(ctx) {
  const connections = 16;
  const url = `${ctx.apiUrl}/api/v1/intake/reports`;
  const body = JSON.stringify(REPORT);
  const post = (duration) =>
    load({ url, connections, duration, method: 'POST', headers: JSON_HEADERS, body });
  // Every report, the SQL baseline's included (its transaction writes the same outbox row), is
  // relayed and fanned out by the worker on the API's core. Whatever a window leaves behind would
  // be worked off during the next windows, app and baseline alike (a fan-out job per report once
  // left 15k of them by the end of a run). So each measured window starts with the worker idle,
  // and the app's window lasts until its own reports are relayed and fanned out, so that the CPU
  // it counts is what they cost.
  const drained = () =>
    drainNotificationEvents(DRAIN_TIMEOUT_MS).then(
      () => true,
      () => false,
    );
  const measuredPost = () =>
    withCpu([ctx.api.pid, ctx.worker.pid], async () => ({
      ...(await post(ctx.seconds)),
      drained: await drained(),
    }));
  const sql = (seconds, withoutAudit = false) =>
    run(
      [
        process.execPath,
        join(ROOT, 'bench/intake-sql.js'),
        JSON.stringify({
          databaseUrl: ctx.env.DATABASE_URL,
          dist: ctx.dist,
          clients: 16,
          seconds,
          withoutAudit,
        }),
      ],
      { json: true, cpu: PINNING.load },
    ).then((r) => r.json);

  const measuredSql = async (seconds, withoutAudit) => {
    await drained();
    return sql(seconds, withoutAudit);
  };

  await post(ctx.warmupSeconds);
  await sql(ctx.warmupSeconds);
  const runs = [];
  for (let i = 0; i < ctx.runs; i += 1) {
    let app;
    let baseline;
    if (i % 2 === 0) {
      await drained();
      app = await measuredPost();
      baseline = await measuredSql(ctx.seconds);
    } else {
      baseline = await measuredSql(ctx.seconds);
      await drained();
      app = await measuredPost();
    }
    // The worker's memory once it has relayed and fanned out what the app's window wrote.
    await sleep(1000);
    const workerMemory = memoryOf(ctx.worker.pid);
    const apiMemory = memoryOf(ctx.api.pid);
    // A reference, not a baseline: the same transaction without its audit entry.
    const unaudited = await measuredSql(ctx.seconds, true);
    runs.push({
      app,
      baseline,
      unaudited,
      apiMemory,
      workerMemory,
      drained: app.drained,
    });
  }
  // What the last baseline wrote is not left for the next scenario to compete with.
  await drained();
  const errors = runs.reduce((sum, r) => sum + r.app.errors, 0);
  const baselineErrors = runs.reduce((sum, r) => sum + r.baseline.errors, 0);
  const statuses = runs.map((r) => JSON.stringify(r.app.statuses)).join(' ');
  return {
    raw: { connections, runs },
    rows: [
      row({
        scenario: 'intake',
        figure: 'POST reports req/s (16 conn)',
        values: runs.map((r) => r.app.okRps),
        baseline: runs.map((r) => r.baseline.tps),
        baselineLabel: 'SQL tx/s',
        goal: '≥ 0.5× baseline',
        check: ({ ratio }) => ratio >= 0.5,
        digits: 0,
        note: intakeCpuNote(runs),
      }),
      row({
        scenario: 'intake',
        figure: 'POST reports p50 ms',
        values: runs.map((r) => r.app.latency.p50),
        baseline: runs.map((r) => r.baseline.latency.p50),
        baselineLabel: 'SQL',
      }),
      row({
        scenario: 'intake',
        figure: 'POST reports p99 ms',
        values: runs.map((r) => r.app.latency.p99),
        baseline: runs.map((r) => r.baseline.latency.p99),
        baselineLabel: 'SQL',
        goal: '≤ 50 ms',
        check: ({ value }) => value <= 50,
      }),
      row({
        scenario: 'intake',
        figure: 'SQL p99 ms without the audit entry',
        values: runs.map((r) => r.unaudited.latency.p99),
        baseline: runs.map((r) => r.baseline.latency.p99),
        baselineLabel: 'SQL',
        note:
          'the SQL baseline without its audit entry (no turn on the audit_head lock), 16 clients: ' +
          `${Math.round(median(runs.map((r) => r.unaudited.tps)))} tx/s. Where this p99 is above 50 ms, ` +
          'the machine misses the intake p99 goal before HTTP, validation, encryption or the chain add anything',
      }),
      row({
        scenario: 'intake',
        figure: 'errors (non-2xx + failed)',
        values: runs.map((r) => r.app.errors),
        baseline: undefined,
        goal: '0',
        check: () => errors === 0,
        digits: 0,
        note:
          `statuses per run: ${statuses}` +
          (baselineErrors ? `; the SQL baseline had ${baselineErrors} errors` : ''),
      }),
      row({
        scenario: 'memory',
        figure: 'API RSS MB after intake',
        values: runs.map((r) => r.apiMemory.rssMb),
        baseline: runs.map(() => ctx.idleMemory.api.rssMb),
        baselineLabel: 'idle at start',
        goal: '≤ 150 MB',
        check: ({ value }) => value <= 150,
        digits: 0,
        note: memoryNote(
          runs.map((r) => r.apiMemory),
          ctx.idleMemory.api,
        ),
      }),
      row({
        scenario: 'memory',
        figure: 'worker RSS MB after intake',
        values: runs.map((r) => r.workerMemory.rssMb),
        baseline: runs.map(() => ctx.idleMemory.worker.rssMb),
        baselineLabel: 'idle at start',
        goal: '≤ 120 MB',
        check: ({ value }) => value <= 120,
        digits: 0,
        note:
          memoryNote(
            runs.map((r) => r.workerMemory),
            ctx.idleMemory.worker,
          ) +
          (runs.every((r) => r.drained)
            ? ''
            : `; the worker had not relayed and fanned out the run's reports within ${DRAIN_TIMEOUT_MS / 1000} s`),
      }),
    ],
  };
}

function memoryNote(samples, idle) {
  const mb = (v) => `${Math.round(v)} MB`;
  const peak = Math.max(...samples.map((m) => m.peakMb));
  const privateNow =
    samples.map((m) => m.privateMb).sort((a, b) => a - b)[1] ?? samples[0].privateMb;
  return `peak (VmHWM) ${mb(peak)}; private (USS, without shared pages such as the node binary) ${mb(privateNow)} after, ${mb(idle.privateMb)} idle`;
}

/**
 * Valid receipts alone; then wrong receipts from 8 connections while 4 others keep signing in with
 * valid ones, in the same window. The failure throttle is one bucket for everybody (Redis,
 * RECEIPT_FAILURES_PER_MINUTE) that refuses only wrong receipts; the bench clears its counters
 * before each run, but the API remembers an exhausted bucket until its window ends, so later runs
 * start with the throttle engaged, as a real attack lasting longer than a run would.
 */
export async function receiptSignIn(ctx) {
  const platform = ctx.modules.platform;
  const count = ctx.quick ? 100 : 300;
  const receipts = [];
  const reportUrl = `${ctx.apiUrl}/api/v1/intake/reports`;
  for (let i = 0; i < count; i += 8) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(8, count - i) }, () =>
        httpJson(reportUrl, { method: 'POST', body: REPORT }),
      ),
    );
    for (const answer of batch) {
      if (answer.status !== 201) throw new Error(`intake answered ${answer.status}`);
      receipts.push(answer.body.receipt);
    }
  }
  const url = `${ctx.apiUrl}/api/v1/reporter/session`;
  const signIns = (connections, duration, pick) =>
    load({
      url,
      connections,
      duration,
      requests: [
        {
          method: 'POST',
          path: '/api/v1/reporter/session',
          headers: JSON_HEADERS,
          setupRequest: (request) => ({ ...request, body: JSON.stringify({ receipt: pick() }) }),
        },
      ],
    });
  const valid = () => receipts[Math.floor(Math.random() * receipts.length)];
  const wrong = () => platform.generateReceipt();
  const hmac = () =>
    run([process.execPath, join(ROOT, 'bench/crypto-baseline.js'), 'hmac', '1'], {
      json: true,
      cpu: PINNING.server,
    }).then((r) => r.json.opsPerSecond);

  await ctx.clearReceiptThrottle();
  await signIns(8, ctx.warmupSeconds, valid);
  const runs = [];
  for (let i = 0; i < ctx.runs; i += 1) {
    await ctx.clearReceiptThrottle();
    const alone = await signIns(8, ctx.seconds, valid);
    const hmacOps = await hmac();
    await ctx.clearReceiptThrottle();
    const cpuBefore = cpuSecondsOf(ctx.api.pid);
    const wallBefore = Date.now();
    const [attack, during] = await Promise.all([
      signIns(8, ctx.seconds, wrong),
      signIns(4, ctx.seconds, valid),
    ]);
    const apiCpu = (cpuSecondsOf(ctx.api.pid) - cpuBefore) / ((Date.now() - wallBefore) / 1000);
    runs.push({ alone, hmacOps, attack, during, apiCpuShareOfOneCore: apiCpu });
  }
  await ctx.clearReceiptThrottle();

  const share = (r, code) => (r.statuses[code] ?? 0) / Math.max(1, r.responses);
  const throttled = runs.map((r) => share(r.attack, 429) * 100);
  const first429 = runs.map((r) => r.attack.firstSeenMs[429]);
  const served = runs.map((r) => share(r.during, 200) * 100);
  return {
    raw: { validReceipts: receipts.length, runs },
    rows: [
      row({
        scenario: 'receipt sign-in',
        figure: 'valid sign-ins req/s (8 conn)',
        values: runs.map((r) => r.alone.okRps),
        baseline: runs.map((r) => r.hmacOps),
        baselineLabel: 'HMAC ops/s',
        digits: 0,
        note: `statuses: ${runs.map((r) => JSON.stringify(r.alone.statuses)).join(' ')}`,
      }),
      row({
        scenario: 'receipt sign-in',
        figure: 'valid sign-in p99 ms (no attack)',
        values: runs.map((r) => r.alone.latency.p99),
        goal: '≤ 50 ms',
        check: ({ value }) => value <= 50,
      }),
      row({
        scenario: 'receipt sign-in',
        figure: 'wrong receipts answered 429 %',
        values: throttled,
        goal: 'throttle engages',
        check: () => runs.every((r) => (r.attack.statuses[429] ?? 0) > 0),
        note:
          `first 429 after ${first429.map((ms) => (ms === undefined ? 'never' : `${Math.round(ms)} ms`)).join(', ')} ` +
          '(after the first run the API still remembers the bucket exhausted until its window ends, ' +
          'so clearing Redis does not reopen it); ' +
          `attack statuses: ${runs.map((r) => JSON.stringify(r.attack.statuses)).join(' ')}; ` +
          `API CPU during attack: ${runs.map((r) => `${Math.round(r.apiCpuShareOfOneCore * 100)}%`).join(', ')} of one core`,
      }),
      row({
        scenario: 'receipt sign-in',
        figure: 'valid p99 ms during attack (4 conn)',
        values: runs.map((r) => r.during.latency.p99),
        goal: '≤ 50 ms',
        check: ({ value }) => value <= 50,
        note: `valid-receipt statuses during the attack: ${runs.map((r) => JSON.stringify(r.during.statuses)).join(' ')}`,
      }),
      row({
        scenario: 'receipt sign-in',
        figure: 'valid sign-ins served (200) % during attack',
        values: served,
        goal: 'valid sign-ins kept',
        check: ({ value }) => value >= 99,
        note:
          'the failure throttle is one bucket for everybody, but only wrong receipts are refused: ' +
          'the receipt is looked up before the throttle is consulted',
      }),
    ],
  };
}

/**
 * What one report costs the machine, against one transaction of the SQL baseline: on a machine
 * the load saturates, the rates follow these costs.
 */
function intakeCpuNote(runs) {
  const perReport = (pick) => medianMs(runs.map((r) => pick(r.app.cpu) / r.app.responses));
  const sql = medianMs(runs.map((r) => r.baseline.cpu.machineSeconds / r.baseline.transactions));
  return (
    `CPU per report, whole machine, relay and fan-out included: app ${perReport((c) => c.machineSeconds)} ms ` +
    `(API ${perReport((c) => c.processSeconds[0])} ms, worker ${perReport((c) => c.processSeconds[1])} ms of it); ` +
    `SQL baseline ${sql} ms per transaction`
  );
}
