import { parseArgs } from 'node:util';
import { RetentionService } from '@candor/domain';
import type { CliOutput } from '../cli-output.js';
import { withServices } from '../cli-context.js';

/**
 * `retention:run [--dry-run]`: purges the cases past their retention period that are not on legal
 * hold, and prints what was purged and what was kept for a hold; `--dry-run` changes nothing.
 */
export async function retentionRun(args: string[], out: CliOutput): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { 'dry-run': { type: 'boolean', default: false } },
    strict: true,
  });
  out.json(await withServices((get) => get(RetentionService).run({ dryRun: values['dry-run'] })));
  return 0;
}
