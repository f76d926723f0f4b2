// Notification latency: from a report's commit (its 201 reaching the client, just after COMMIT) to
// the email for it being accepted by an SMTP server (the end of DATA), on an otherwise idle
// machine: one report every 50 ms (20 a second), each followed to its email.
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { SMTPServer } from 'smtp-server';
import { REPORT } from './fixtures.js';
import { notRun, row } from './report.js';
import { httpJson, latencySummary, tail } from './support.js';

const REFERENCE = /CND-\d{4}-\d{6}/;
const INTERVAL_MS = 50;

/** An SMTP server in this process: accepts everything and notes when each case's email arrived. */
export async function startSmtp() {
  const arrivals = new Map();
  const waiters = new Map();
  let accepted = 0;
  let lastAcceptedAt = performance.now();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    size: 1024 * 1024,
    onData(stream, _session, callback) {
      const chunks = [];
      stream.on('data', (chunk) => chunks.push(chunk));
      stream.on('end', () => {
        const at = performance.now();
        accepted += 1;
        lastAcceptedAt = at;
        const reference = REFERENCE.exec(Buffer.concat(chunks).toString('utf8'))?.[0];
        if (reference && !arrivals.has(reference)) {
          arrivals.set(reference, at);
          waiters.get(reference)?.(at);
          waiters.delete(reference);
        }
        callback();
      });
    },
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address();
  return {
    url: `smtp://127.0.0.1:${port}`,
    get accepted() {
      return accepted;
    },
    /**
     * Resolves once no email has arrived for `quietMs` (or after `timeoutMs`), with how long it
     * waited: the emails of the reports earlier scenarios wrote are still being delivered when
     * this scenario starts, and a report timed behind that backlog would measure the backlog.
     */
    async quiet(quietMs, timeoutMs) {
      const started = performance.now();
      while (
        performance.now() - lastAcceptedAt < quietMs &&
        performance.now() - started < timeoutMs
      ) {
        await sleep(200);
      }
      return performance.now() - started;
    },
    /** Resolves with the arrival time of the email naming `reference`, or undefined on timeout. */
    arrival(reference, timeoutMs) {
      if (arrivals.has(reference)) return Promise.resolve(arrivals.get(reference));
      return new Promise((resolve) => {
        const timer = setTimeout(() => {
          waiters.delete(reference);
          resolve(undefined);
        }, timeoutMs);
        waiters.set(reference, (at) => {
          clearTimeout(timer);
          resolve(at);
        });
      });
    },
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function oneEvent(ctx, timeoutMs) {
  const answer = await httpJson(`${ctx.apiUrl}/api/v1/intake/reports`, {
    method: 'POST',
    body: REPORT,
  });
  const committedAt = performance.now();
  if (answer.status !== 201) throw new Error(`intake answered ${answer.status}`);
  const arrivedAt = await ctx.smtp.arrival(answer.body.reference, timeoutMs);
  return arrivedAt === undefined ? undefined : arrivedAt - committedAt;
}

export async function notificationLatency(ctx) {
  const scenario = 'notification latency';
  if (!ctx.worker || ctx.worker.child.exitCode !== null) {
    return { raw: {}, rows: [notRun(scenario, 'the worker is not running')] };
  }
  // One General Counsel exists (ctx.staff): each report routed to the General Counsel is one email.
  const backlogMs = await ctx.smtp.quiet(2000, 180_000);
  ctx.log(`the worker's earlier emails delivered (waited ${Math.round(backlogMs / 1000)} s)`);
  const probe = await oneEvent(ctx, 20_000);
  if (probe === undefined) {
    return {
      raw: { workerLog: tail(ctx.worker.log, 30) },
      rows: [
        notRun(
          scenario,
          'no email reached the SMTP server within 20 s of a committed report: the worker does not deliver (see var/bench/logs/worker.log)',
        ),
      ],
    };
  }
  const events = ctx.quick ? 40 : 500;
  for (let i = 0; i < 5; i += 1) await oneEvent(ctx, 5000); // warm-up
  const runs = [];
  for (let r = 0; r < ctx.runs; r += 1) {
    // A steady trickle, one report every INTERVAL_MS, each timed on its own: a few in flight at
    // once at most, far from any saturation.
    const started = performance.now();
    const pending = [];
    for (let i = 0; i < events; i += 1) {
      const wait = started + i * INTERVAL_MS - performance.now();
      if (wait > 0) await sleep(wait);
      pending.push(oneEvent(ctx, 10_000));
    }
    const outcomes = await Promise.all(pending);
    const latencies = outcomes.filter((v) => v !== undefined);
    runs.push({
      events,
      intervalMs: INTERVAL_MS,
      lost: events - latencies.length,
      latency: latencySummary(latencies),
    });
  }
  const lost = runs.reduce((sum, r) => sum + r.lost, 0);
  return {
    raw: { runs },
    rows: [
      row({
        scenario,
        figure: `commit → SMTP p50 ms (${events} events)`,
        values: runs.map((r) => r.latency.p50),
      }),
      row({
        scenario,
        figure: `commit → SMTP p99 ms (${events} events)`,
        values: runs.map((r) => r.latency.p99),
        goal: '≤ 500 ms',
        check: ({ value }) => value <= 500 && lost === 0,
        note: lost ? `${lost} emails did not arrive within 10 s` : undefined,
      }),
    ],
  };
}
