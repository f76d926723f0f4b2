// `npm run bench [-- --quick] [-- --only intake,triage]`: builds the apps, starts the API and the
// worker in production mode against a dedicated database, runs every scenario 3 times next to a
// baseline measured in the same run, prints the table and writes bench/results/latest.json.
// See bench/README.md for what each figure means.
import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import {
  AUDIT_DATABASE,
  benchEnvironment,
  buildApps,
  clearRedis,
  createStaff,
  DATABASE,
  drainNotificationEvents,
  dropDatabase,
  recreateDatabase,
  REDIS_PREFIX,
  settleKeptNotifications,
  startApi,
  startWorker,
} from './environment.js';
import { notRun, tableLines } from './report.js';
import { auditVerify } from './scenario-audit.js';
import { httpFloor, intake, receiptSignIn } from './scenario-http.js';
import { notificationLatency, startSmtp } from './scenario-notifications.js';
import { pages } from './scenario-pages.js';
import { triage } from './scenario-triage.js';
import {
  DIST,
  ensureDirs,
  memoryOf,
  PINNING,
  pinSelfToLoadCore,
  ROOT,
  stopProcess,
  tail,
  WORK_DIR,
} from './support.js';

const PROFILE_DIR = join(WORK_DIR, 'profiles');
const SCENARIOS = ['floor', 'intake', 'pages', 'receipt', 'notifications', 'triage', 'audit'];

const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    only: { type: 'string' },
    runs: { type: 'string', default: '3' },
    'skip-build': { type: 'boolean', default: false },
    'keep-databases': { type: 'boolean', default: false },
    profile: { type: 'boolean', default: false },
    'node-args': { type: 'string', default: '' },
  },
  strict: true,
});
const only = args.only ? args.only.split(',').map((s) => s.trim()) : SCENARIOS;
for (const name of only) {
  if (!SCENARIOS.includes(name)) {
    process.stderr.write(`unknown scenario "${name}"; known: ${SCENARIOS.join(', ')}\n`);
    process.exit(2);
  }
}

const began = performance.now();
const log = (message) =>
  process.stdout.write(
    `[bench ${((performance.now() - began) / 1000).toFixed(0).padStart(4)} s] ${message}\n`,
  );

function commandOutput(command, commandArgs) {
  try {
    return execFileSync(command, commandArgs, {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return undefined;
  }
}

function findPgbench() {
  const onPath = commandOutput('sh', ['-c', 'command -v pgbench']);
  if (onPath) return onPath;
  const versioned = commandOutput('sh', [
    '-c',
    'ls -1 /usr/lib/postgresql/*/bin/pgbench 2>/dev/null | tail -1',
  ]);
  if (versioned) return versioned;
  log('pgbench is missing: installing postgresql-contrib with apt-get');
  execFileSync('sh', ['-c', 'apt-get install -y postgresql-contrib >/dev/null'], {
    stdio: 'inherit',
  });
  return commandOutput('sh', [
    '-c',
    'command -v pgbench || ls -1 /usr/lib/postgresql/*/bin/pgbench | tail -1',
  ]);
}

async function main() {
  ensureDirs();
  const quick = args.quick;
  const runs = Number(args.runs);
  const machine = {
    cpus: availableParallelism(),
    cpuModel: cpus()[0]?.model,
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    postgres: commandOutput('psql', [
      '-X',
      '-At',
      '-d',
      'postgres://postgres@127.0.0.1:5432/postgres',
      '-c',
      'SHOW server_version',
    ]),
    load: commandOutput('cat', ['/proc/loadavg']),
    pinning: PINNING.enabled
      ? `taskset: API, worker and server-side baselines on CPU ${PINNING.server}; load generators (this process, autocannon, pgbench, raw-pg clients) on CPU ${PINNING.load}; PostgreSQL and Redis unpinned (shared services)`
      : 'no pinning (taskset unavailable or a single CPU)',
  };
  log(`${quick ? 'quick' : 'full'} run, ${runs} runs per scenario: ${only.join(', ')}`);
  log(machine.pinning);

  if (!args['skip-build']) {
    log('building apps and libs into var/bench/dist');
    const t = performance.now();
    await buildApps();
    log(`built in ${((performance.now() - t) / 1000).toFixed(0)} s`);
  }
  // After the build (which may use both cores): from here on this process is the load generator.
  pinSelfToLoadCore();

  const modules = {
    domain: await import(pathToFileURL(join(DIST, 'libs/domain/src/index.js')).href),
    platform: await import(pathToFileURL(join(DIST, 'libs/platform/src/index.js')).href),
    persistence: await import(pathToFileURL(join(DIST, 'libs/persistence/src/index.js')).href),
  };
  const smtp = await startSmtp();
  const { env, apiUrl } = await benchEnvironment({ smtpUrl: smtp.url });
  log(`recreating database ${DATABASE}, clearing Redis keys ${REDIS_PREFIX}:*`);
  await recreateDatabase(env, DATABASE);
  await clearRedis();

  const ctx = {
    quick,
    runs,
    seconds: quick ? 2 : 8,
    warmupSeconds: quick ? 1 : 3,
    env,
    apiUrl,
    dist: DIST,
    modules,
    smtp,
    log,
    pgbench: only.includes('triage') ? findPgbench() : undefined,
    clearReceiptThrottle: () => clearRedis(`${REDIS_PREFIX}:rl:receipt*`),
  };
  const results = {
    startedAt: new Date().toISOString(),
    mode: quick ? 'quick' : 'full',
    runsPerScenario: runs,
    secondsPerMeasurement: ctx.seconds,
    machine,
    settings: {
      NODE_ENV: env.NODE_ENV,
      LOG_LEVEL: env.LOG_LEVEL,
      INTAKE_REPORTS_PER_MINUTE: env.INTAKE_REPORTS_PER_MINUTE,
      RECEIPT_FAILURES_PER_MINUTE: env.RECEIPT_FAILURES_PER_MINUTE,
      NOTIFY_SCAN_INTERVAL_MS: env.NOTIFY_SCAN_INTERVAL_MS,
      routeLimits: 'lifted by bench/lift-route-limits.js (default)',
      serverNodeArgs: args['node-args'],
    },
    scenarios: {},
  };
  const rows = [];
  let api;
  let worker;
  const stopAll = async () => {
    await stopProcess(api);
    await stopProcess(worker);
    await smtp.stop().catch(() => undefined);
  };
  process.once('SIGINT', () => void stopAll().then(() => process.exit(130)));

  try {
    log('starting API and worker (NODE_ENV=production)');
    // --profile: V8 CPU profiles of API and worker, written when they stop (see bench/README.md).
    // --node-args: extra Node flags for API and worker, e.g. to try GC settings.
    const extraArgs = args['node-args'].split(' ').filter(Boolean);
    const profileArgs = (name) =>
      args.profile
        ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE_DIR}`, `--cpu-prof-name=${name}.cpuprofile`]
        : [];
    api = await startApi(env, apiUrl, [...extraArgs, ...profileArgs('api')]);
    try {
      worker = await startWorker(env, [...extraArgs, ...profileArgs('worker')]);
    } catch (error) {
      log(`the worker did not start: ${error.message.split('\n')[0]}`);
    }
    ctx.api = api;
    ctx.worker = worker;
    await sleep(2000);
    ctx.idleMemory = {
      api: memoryOf(api.pid),
      worker: worker ? memoryOf(worker.pid) : { rssMb: NaN, peakMb: NaN, privateMb: NaN },
    };
    results.idleMemory = ctx.idleMemory;

    const scenario = async (name, label, fn) => {
      if (!only.includes(name)) return;
      log(`scenario ${label}`);
      const t = performance.now();
      try {
        if (api.child.exitCode !== null) throw new Error(`the API has exited:\n${tail(api.log)}`);
        const outcome = await fn();
        results.scenarios[name] = { ...outcome.raw, seconds: (performance.now() - t) / 1000 };
        rows.push(...outcome.rows);
      } catch (error) {
        log(`scenario ${label} failed: ${error.stack ?? error.message}`);
        results.scenarios[name] = { error: error.message };
        rows.push(notRun(label, error.message.split('\n')[0].slice(0, 300), 'ERROR'));
      }
      log(`scenario ${label} done in ${((performance.now() - t) / 1000).toFixed(0)} s`);
    };

    await scenario('floor', 'HTTP floor', () => httpFloor(ctx));
    if (only.includes('intake') && !worker) {
      rows.push(notRun('memory', 'the worker did not start'));
    }
    await scenario('intake', 'intake', () => {
      if (!worker) throw new Error('the worker did not start (see var/bench/logs/worker.log)');
      return intake(ctx);
    });
    await scenario('pages', 'reporter pages', () => pages(ctx));
    await scenario('receipt', 'receipt sign-in', () => receiptSignIn(ctx));
    if (only.includes('notifications') || only.includes('triage')) {
      const drainedMs = await drainNotificationEvents();
      log(`the worker's notification events fanned out (waited ${Math.round(drainedMs / 1000)} s)`);
      const settled = await settleKeptNotifications();
      if (settled > 0) log(`${settled} notifications kept for nobody by earlier scenarios settled`);
      ctx.staff = await createStaff(env, 'general_counsel');
    }
    await scenario('notifications', 'notification latency', () => notificationLatency(ctx));
    await scenario('triage', 'triage', () => triage(ctx));
    await scenario('audit', 'audit verify', () => auditVerify(ctx));
  } finally {
    await stopAll();
    if (!args['keep-databases']) {
      // Gigabytes at full size, on a shared server; the next run recreates them anyway.
      await dropDatabase(AUDIT_DATABASE).catch(() => undefined);
      await dropDatabase(DATABASE).catch(() => undefined);
    }
  }

  results.finishedAt = new Date().toISOString();
  results.totalSeconds = (performance.now() - began) / 1000;
  results.table = rows;
  const lines = tableLines(rows);
  mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
  const file = join(ROOT, 'bench/results/latest.json');
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write(
    [
      '',
      `Candor benchmarks (${results.mode}, ${runs} runs each, ${ctx.seconds} s per measurement, ${Math.round(results.totalSeconds)} s in all)`,
      `machine: ${machine.cpus} CPUs (${machine.cpuModel}), Node ${machine.node}, PostgreSQL ${machine.postgres ?? '?'}, load average at start ${machine.load ?? '?'}`,
      machine.pinning,
      'API route limits lifted for the run (bench/lift-route-limits.js); RECEIPT_FAILURES_PER_MINUTE=60 as shipped',
      ...(args['node-args'] ? [`extra Node flags for API and worker: ${args['node-args']}`] : []),
      '',
      ...lines,
      '',
      `raw figures: ${file}`,
      '',
    ].join('\n'),
  );
  const failed = rows.filter((r) => r.status === 'ERROR').length;
  process.exitCode = failed ? 1 : 0;
}

main().catch((error) => {
  process.stderr.write(`bench: ${error.stack ?? error.message}\n`);
  process.exit(1);
});
