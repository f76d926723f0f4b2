// The audit scenario's read floor: the rows audit:verify reads, read the way it reads them (the
// same binary COPY in a REPEATABLE READ transaction, through the same reader, on a connection of
// its own as each run of the CLI has) and thrown away, so nothing is parsed or hashed. Its rate is
// the most any verifier reading the log from this database could reach on this machine. Each pass
// also gives the CPU the reader and its PostgreSQL backend used, as shares of the pass's wall
// time (the one near 100% is what bounds the floor), and the backend's minor page faults.
//
// Each pass then reads the log a second time on the same connection (`warm`, for the notes). A
// new backend faults in each page of PostgreSQL's shared buffers the first time it touches it (one
// fault per 4 KB without huge pages: 32k for the default 128 MB), and a COPY of a log larger than
// the buffers touches them all; the second read finds them mapped. No run of the CLI can read on a
// backend that has done so already, so the first read is its floor.
//
// Usage: node bench/copy-read-floor.js DATABASE_URL DIST PASSES
// Prints one JSON line: the rows and, per pass, the first read's figures and the warm read's.
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { cpuSecondsOf, minorFaultsOf } from './support.js';

const [databaseUrl, dist, passesArg] = process.argv.slice(2);
// The verifier's own statements, from the module audit:verify loads them from.
const { AUDIT_LOG_COPY, BEGIN_AUDIT_LOG_SNAPSHOT } = await import(
  pathToFileURL(join(dist, 'libs/persistence/src/repositories/audit-log-snapshot.js')).href
);
// And the verifier's reader of it (its socket's chunks with the rows' bytes moved together).
const { copyOut } = await import(
  pathToFileURL(join(dist, 'libs/persistence/src/database/copy-out.js')).href
);

async function readOnce(client, pid, entries) {
  await client.query(BEGIN_AUDIT_LOG_SNAPSHOT);
  const start = performance.now();
  const readerStart = process.cpuUsage();
  const backendStart = cpuSecondsOf(pid);
  const faultsStart = minorFaultsOf(pid);
  let bytes = 0;
  for await (const chunk of copyOut(client, AUDIT_LOG_COPY)) bytes += chunk.length;
  const seconds = (performance.now() - start) / 1000;
  const reader = process.cpuUsage(readerStart);
  const backendCpu = cpuSecondsOf(pid) - backendStart;
  const backendMinorFaults = minorFaultsOf(pid) - faultsStart;
  await client.query('ROLLBACK');
  return {
    rowsPerSecond: entries / seconds,
    seconds,
    bytes,
    readerCpuShare: (reader.user + reader.system) / 1e6 / seconds,
    backendCpuShare: backendCpu / seconds,
    backendMinorFaults,
  };
}

async function connected(work) {
  const client = new pg.Client({ connectionString: databaseUrl, application_name: 'candor-bench' });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

// Counted on a connection of its own: each pass's backend does nothing before its read.
const entries = await connected(async (client) => {
  const { rows } = await client.query('SELECT count(*)::int AS n FROM audit_log');
  return rows[0].n;
});
const passes = [];
for (let pass = 0; pass < Number(passesArg); pass += 1) {
  await connected(async (client) => {
    const {
      rows: [{ pid }],
    } = await client.query('SELECT pg_backend_pid() AS pid');
    const first = await readOnce(client, pid, entries);
    const warm = await readOnce(client, pid, entries);
    passes.push({ ...first, warm });
  });
}
process.stdout.write(`${JSON.stringify({ entries, passes })}\n`);
