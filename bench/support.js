// Shared plumbing for the benchmarks: child processes pinned to cores, ports, load generation with
// autocannon, and the statistics every scenario reports (median and spread over the runs).
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Everything the bench writes besides results: its private build, logs, pgbench files. */
export const WORK_DIR = join(ROOT, 'var', 'bench');
export const DIST = join(WORK_DIR, 'dist');
export const LOG_DIR = join(WORK_DIR, 'logs');

// Two cores or more: servers (API, worker, baselines that stand for a server) on core 0, load
// generators (this process, autocannon, pgbench, the raw-pg clients) on core 1. PostgreSQL and
// Redis are shared services and are not pinned.
const tasksetWorks =
  spawnSync('taskset', ['-c', '0', 'true'], { stdio: 'ignore' }).status === 0 &&
  availableParallelism() >= 2;
export const PINNING = tasksetWorks
  ? { enabled: true, server: '0', load: '1' }
  : { enabled: false, server: null, load: null };

/** Moves this process (the load generator) to its core; children inherit it unless pinned. */
export function pinSelfToLoadCore() {
  if (!PINNING.enabled) return;
  spawnSync('taskset', ['-a', '-cp', PINNING.load, String(process.pid)], { stdio: 'ignore' });
}

export function ensureDirs() {
  mkdirSync(LOG_DIR, { recursive: true });
}

export function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

function commandFor(cpu, argv) {
  return cpu && PINNING.enabled ? ['taskset', ['-c', cpu, ...argv]] : [argv[0], argv.slice(1)];
}

/**
 * Starts a long-running child whose output goes straight to a log file (no pipe through this
 * process, so a busy load generator never slows the server's logging down).
 */
export function startProcess(name, argv, { env, cpu }) {
  const log = join(LOG_DIR, `${name}.log`);
  const fd = openSync(log, 'w');
  const [command, args] = commandFor(cpu, argv);
  const child = spawn(command, args, { cwd: ROOT, env, stdio: ['ignore', fd, fd] });
  closeSync(fd);
  const exited = new Promise((resolveExit) =>
    child.once('exit', (code, signal) => resolveExit({ code, signal })),
  );
  return { name, child, pid: child.pid, log, exited };
}

export async function stopProcess(proc, timeoutMs = 10_000) {
  if (!proc || proc.child.exitCode !== null || proc.child.signalCode !== null) return;
  proc.child.kill('SIGTERM');
  // Unref'd: once the process is gone, the pending timer must not keep the bench alive for its
  // remaining seconds (it did: every run ended 10 s after printing its table).
  const outcome = await Promise.race([proc.exited, sleep(timeoutMs, 'timeout', { ref: false })]);
  if (outcome === 'timeout') {
    proc.child.kill('SIGKILL');
    await proc.exited;
  }
}

export function tail(file, lines = 20) {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

/**
 * Runs a command to its end. Output is collected; with `json`, the last line of stdout is parsed.
 */
export function run(argv, { env = process.env, cpu, input, json = false, timeoutMs } = {}) {
  const [command, args] = commandFor(cpu, argv);
  return new Promise((resolveRun, reject) => {
    const child = spawn(command, args, { cwd: ROOT, env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const timer = timeoutMs
      ? setTimeout(() => child.kill('SIGKILL'), timeoutMs).unref()
      : undefined;
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      const result = { code, signal, stdout, stderr };
      if (code !== 0) {
        const why = signal ? `signal ${signal}` : `exit ${code}`;
        const error = new Error(
          `${argv.slice(0, 3).join(' ')} failed (${why}): ${(stderr || stdout).trim().slice(-2000)}`,
        );
        error.result = result;
        reject(error);
        return;
      }
      if (json) {
        const line = stdout.trim().split('\n').pop() ?? '';
        try {
          result.json = JSON.parse(line);
        } catch {
          reject(new Error(`${argv.join(' ')} printed no JSON: ${stdout.slice(-500)}`));
          return;
        }
      }
      resolveRun(result);
    });
    if (input !== undefined) child.stdin.end(input);
    else child.stdin.end();
  });
}

/**
 * Resident set size, its peak, and the private part (USS: what the process alone holds, without
 * shared pages such as the node binary's text), in MB, from /proc (Linux).
 */
export function memoryOf(pid) {
  const kb = (text, name) =>
    Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? NaN) / 1024;
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    let privateMb = NaN;
    try {
      const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
      privateMb = kb(rollup, 'Private_Clean') + kb(rollup, 'Private_Dirty');
    } catch {
      // smaps_rollup needs Linux 4.14
    }
    return { rssMb: kb(status, 'VmRSS'), peakMb: kb(status, 'VmHWM'), privateMb };
  } catch {
    return { rssMb: NaN, peakMb: NaN, privateMb: NaN };
  }
}

/** CPU seconds (user + system) a process has used so far, from /proc (Linux). */
export function cpuSecondsOf(pid) {
  const fields = procStatOf(pid);
  // utime, stime in clock ticks (100/s)
  return fields ? (Number(fields[11]) + Number(fields[12])) / 100 : NaN;
}

/** Minor page faults of a process so far (/proc/PID/stat, Linux); NaN elsewhere. */
export function minorFaultsOf(pid) {
  const fields = procStatOf(pid);
  return fields ? Number(fields[7]) : NaN;
}

/** The fields of /proc/PID/stat after the command name (state first); undefined elsewhere. */
function procStatOf(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return undefined;
  }
}

/**
 * CPU seconds the whole machine has spent busy so far (user, nice, system, irq, softirq: not idle,
 * I/O wait or time the hypervisor gave to other guests), from /proc/stat (Linux); NaN elsewhere.
 */
export function machineCpuSeconds() {
  try {
    const [total] = readFileSync('/proc/stat', 'utf8').split('\n');
    const [, user, nice, system, , , irq, softirq] = total.trim().split(/\s+/).map(Number);
    return (user + nice + system + irq + softirq) / 100;
  } catch {
    return NaN;
  }
}

/**
 * Runs one measurement and adds what it cost: CPU seconds of the whole machine (the load
 * generator included) and of each of the given processes, usually the servers under load.
 */
export async function withCpu(pids, measure) {
  const machineBefore = machineCpuSeconds();
  const processesBefore = pids.map(cpuSecondsOf);
  const result = await measure();
  return {
    ...result,
    cpu: {
      machineSeconds: machineCpuSeconds() - machineBefore,
      processSeconds: pids.map((pid, i) => cpuSecondsOf(pid) - processesBefore[i]),
    },
  };
}

export async function waitFor(what, check, { timeoutMs = 30_000, intervalMs = 200 } = {}) {
  const deadline = Date.now() + timeoutMs;
  let lastError;
  while (Date.now() < deadline) {
    try {
      if (await check()) return;
    } catch (error) {
      lastError = error;
    }
    await sleep(intervalMs);
  }
  throw new Error(
    `timed out after ${timeoutMs} ms waiting for ${what}${lastError ? `: ${lastError.message}` : ''}`,
  );
}

export async function httpJson(url, { method = 'GET', body, headers = {} } = {}) {
  const response = await globalThis.fetch(url, {
    method,
    headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  let parsed;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    parsed = text;
  }
  return { status: response.status, body: parsed, headers: response.headers };
}

// ---- statistics ----------------------------------------------------------------------------

export function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))];
}

export function latencySummary(values) {
  const sorted = Float64Array.from(values).sort();
  return {
    count: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.length ? sorted[sorted.length - 1] : NaN,
  };
}

export function median(values) {
  const finite = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (finite.length === 0) return NaN;
  const mid = Math.floor(finite.length / 2);
  return finite.length % 2 ? finite[mid] : (finite[mid - 1] + finite[mid]) / 2;
}

/** Median of the runs, their range, and the spread: (max - min) / median. */
export function summarize(values) {
  const finite = values.filter((v) => Number.isFinite(v));
  const med = median(finite);
  const min = finite.length ? Math.min(...finite) : NaN;
  const max = finite.length ? Math.max(...finite) : NaN;
  return { median: med, min, max, spread: med ? (max - min) / med : NaN, runs: values };
}

// ---- load generation ----------------------------------------------------------------------

/**
 * One autocannon run. autocannon's own histogram keeps only 2xx latencies; every response is
 * recorded here instead, by status, so that errors and 429s are counted and timed too.
 */
export async function load({
  url,
  connections,
  duration,
  amount,
  method = 'GET',
  headers,
  body,
  requests,
  timeoutSeconds = 10,
}) {
  const byStatus = new Map();
  const all = [];
  const firstAt = new Map();
  let started = 0;
  const instance = autocannon({
    url,
    connections,
    duration,
    amount,
    method,
    headers,
    body,
    requests,
    timeout: timeoutSeconds,
  });
  instance.on('start', () => (started = performance.now()));
  instance.on('response', (_client, statusCode, _bytes, responseTime) => {
    all.push(responseTime);
    let list = byStatus.get(statusCode);
    if (!list) {
      list = [];
      byStatus.set(statusCode, list);
      firstAt.set(statusCode, performance.now() - started);
    }
    list.push(responseTime);
  });
  const result = await instance;
  const statuses = Object.fromEntries([...byStatus].map(([code, list]) => [code, list.length]));
  const ok = [...byStatus].filter(([code]) => code >= 200 && code < 300).flatMap(([, l]) => l);
  const total = all.length;
  const non2xx = total - ok.length;
  return {
    durationSeconds: result.duration,
    responses: total,
    rps: total / result.duration,
    okRps: ok.length / result.duration,
    latency: latencySummary(all),
    okLatency: latencySummary(ok),
    statuses,
    latencyByStatus: Object.fromEntries(
      [...byStatus].map(([code, list]) => [code, latencySummary(list)]),
    ),
    firstSeenMs: Object.fromEntries(firstAt),
    non2xx,
    connectionErrors: result.errors,
    timeouts: result.timeouts,
    errors: non2xx + result.errors,
  };
}

/** The median of durations given in seconds, in milliseconds to two decimals. */
export function medianMs(seconds) {
  return round(median(seconds) * 1000, 2);
}

export function round(value, digits = 1) {
  if (!Number.isFinite(value)) return value;
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
