import { parseArgs } from 'node:util';
import { AuditHeadService, AuditVerifier } from '@candor/domain';
import type { CliOutput } from '../cli-output.js';
import { withServices } from '../cli-context.js';

/** `audit:verify`: the verification as one JSON line; exit 1 when the chain is broken. */
export async function auditVerify(args: string[], out: CliOutput): Promise<number> {
  parseArgs({ args, options: {}, strict: true });
  const result = await withServices((get) => get(AuditVerifier).verify());
  out.json(result);
  return result.valid ? 0 : 1;
}

/**
 * `audit:head`: the head of the chain as one JSON line, with `text`, the statement for the Audit
 * Committee chair (`npm run cli -- audit:head | jq -r .text` prints it alone).
 */
export async function auditHead(args: string[], out: CliOutput): Promise<number> {
  parseArgs({ args, options: {}, strict: true });
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
