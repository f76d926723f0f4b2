// The audit scenario's read floor: the rows audit:verify reads, read the way it reads them (the
// same binary COPY in a REPEATABLE READ transaction, through the same reader) and thrown away, so nothing is parsed or
// hashed. Its rate is the most any verifier reading the log from this database could reach on
// this machine. Each pass also gives the CPU the reader and its PostgreSQL backend used, as shares
// of the pass's wall time: the one near 100% is what bounds the floor.
//
// Usage: node bench/copy-read-floor.js DATABASE_URL DIST PASSES
// Prints one JSON line: the rows and, per pass, rows/s and the two CPU shares.
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { cpuSecondsOf } from './support.js';

const [databaseUrl, dist, passesArg] = process.argv.slice(2);
// The verifier's own statements, from the module audit:verify loads them from.
const { AUDIT_LOG_COPY, BEGIN_AUDIT_LOG_SNAPSHOT } = await import(
  pathToFileURL(join(dist, 'libs/persistence/src/repositories/audit-log-snapshot.js')).href
);
// And the verifier's reader of it (its socket's chunks with the rows' bytes moved together).
const { copyOut } = await import(
  pathToFileURL(join(dist, 'libs/persistence/src/database/copy-out.js')).href
);
const client = new pg.Client({ connectionString: databaseUrl, application_name: 'candor-bench' });
await client.connect();
try {
  const { rows } = await client.query('SELECT count(*)::int AS n FROM audit_log');
  const entries = rows[0].n;
  const {
    rows: [{ pid }],
  } = await client.query('SELECT pg_backend_pid() AS pid');
  const passes = [];
  for (let pass = 0; pass < Number(passesArg); pass += 1) {
    await client.query(BEGIN_AUDIT_LOG_SNAPSHOT);
    const start = performance.now();
    const readerStart = process.cpuUsage();
    const backendStart = cpuSecondsOf(pid);
    let bytes = 0;
    for await (const chunk of copyOut(client, AUDIT_LOG_COPY)) bytes += chunk.length;
    const seconds = (performance.now() - start) / 1000;
    const reader = process.cpuUsage(readerStart);
    const backendCpu = cpuSecondsOf(pid) - backendStart;
    await client.query('ROLLBACK');
    passes.push({
      rowsPerSecond: entries / seconds,
      seconds,
      bytes,
      readerCpuShare: (reader.user + reader.system) / 1e6 / seconds,
      backendCpuShare: backendCpu / seconds,
    });
  }
  process.stdout.write(`${JSON.stringify({ entries, passes })}\n`);
} finally {
  await client.end();
}
