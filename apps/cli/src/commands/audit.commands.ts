import { parseArgs } from 'node:util';
import { describeConnectionError } from '@candor/persistence/database/connection-error.js';
import { loadPg } from '@candor/persistence/database/load-pg.js';
import type { CliOutput } from '../cli-output.js';
import { cliConfig } from '../cli-config.js';

/**
 * `audit:verify`: the verification as one JSON line; exit 1 when the chain is broken. It needs one
 * connection and none of the application's services, so it starts without them, and connects
 * while the verifier's modules load: on a long log the walk is what takes the time, but start-up
 * is what an operator waits for on every run.
 */
export async function auditVerify(args: string[], out: CliOutput): Promise<number> {
  parseArgs({ args, options: {}, strict: true });
  const { databaseUrl } = cliConfig();
  const pg = await loadPg();
  const client = new pg.Client({
    connectionString: databaseUrl,
    connectionTimeoutMillis: 5000,
    application_name: 'candor-audit-verify',
  });
  const [connected, verification] = await Promise.allSettled([
    client.connect(),
    Promise.all([
      import('@candor/domain/audit/audit-log-verification.js'),
      import('@candor/persistence/database/dedicated-connection.js'),
    ]),
  ]);
  if (connected.status === 'rejected') {
    throw new Error(describeConnectionError(databaseUrl, connected.reason));
  }
  try {
    if (verification.status === 'rejected') throw verification.reason;
    const [{ verifyAuditLogOn }, { dedicatedConnection }] = verification.value;
    const result = await verifyAuditLogOn(dedicatedConnection(client));
    out.json(result);
    return result.valid ? 0 : 1;
  } finally {
    await client.end();
  }
}

/**
 * `audit:head`: the head of the chain as one JSON line, with `text`, the statement for the Audit
 * Committee chair (`npm run cli -- audit:head | jq -r .text` prints it alone).
 */
export async function auditHead(args: string[], out: CliOutput): Promise<number> {
  parseArgs({ args, options: {}, strict: true });
  const [{ AuditHeadService }, { withServices }] = await Promise.all([
    import('@candor/domain'),
    import('../cli-context.js'),
  ]);
  const head = await withServices((get) => get(AuditHeadService).current());
  out.json({
    seq: head.seq,
    hash: head.hash,
    entryAt: head.entryAt?.toISOString() ?? null,
    asOf: head.asOf.toISOString(),
    text: head.text,
  });
  return 0;
}
