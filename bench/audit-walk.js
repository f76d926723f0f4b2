// Fallback for the audit scenario when the built CLI has no `audit:verify`: the domain's
// ChainVerifier fed from a server-side cursor (500 rows per FETCH, as the verifier service does),
// in one REPEATABLE READ, READ ONLY transaction.
//
// Usage: node bench/audit-walk.js DIST DATABASE_URL   → one JSON line: valid, entries, headHash.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';

const [dist, databaseUrl] = process.argv.slice(2);
const domain = await import(pathToFileURL(join(dist, 'libs/domain/src/index.js')).href);
const client = new pg.Client({ connectionString: databaseUrl });
await client.connect();
try {
  await client.query('START TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY');
  await client.query(
    `DECLARE bench_walk NO SCROLL CURSOR FOR
       SELECT seq::text AS seq, occurred_at, actor_type, actor_id::text AS actor_id, action,
              case_reference, detail, prev_hash, hash
         FROM audit_log ORDER BY audit_log.seq`,
  );
  const verifier = new domain.ChainVerifier();
  for (;;) {
    const { rows } = await client.query('FETCH FORWARD 500 FROM bench_walk');
    for (const row of rows) {
      verifier.push({
        seq: row.seq,
        occurredAt: row.occurred_at,
        actorType: row.actor_type,
        actorId: row.actor_id,
        action: row.action,
        caseReference: row.case_reference,
        detail: row.detail,
        prevHash: row.prev_hash,
        hash: row.hash,
      });
    }
    if (rows.length < 500) break;
  }
  await client.query('ROLLBACK');
  process.stdout.write(`${JSON.stringify(verifier.result())}\n`);
} finally {
  await client.end();
}
