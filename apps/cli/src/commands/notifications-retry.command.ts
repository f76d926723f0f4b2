import { parseArgs } from 'node:util';
import { type AppConfig, retryFailedNotifications } from '@candor/platform';
import type { CliOutput } from '../cli-output.js';
import { withDeadLetterQueues } from './notifications-queues.js';

/**
 * `notifications:retry --all | --id <job id>`: puts failed notification jobs back in the queue with
 * their attempt count reset, so each gets the full retry policy again. Sending stays idempotent: a
 * job whose email did go out is skipped by the deliveries table.
 */
export async function notificationsRetry(
  config: AppConfig,
  args: string[],
  out: CliOutput,
): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { all: { type: 'boolean', default: false }, id: { type: 'string' } },
    strict: true,
  });
  if (values.all === Boolean(values.id)) {
    out.error('notifications:retry needs either --all or --id <job id>');
    return 2;
  }
  return withDeadLetterQueues(config, async (queues) => {
    const retried = await retryFailedNotifications(queues, values.id);
    for (const job of retried) out.json({ ...job, retried: true });
    if (values.id && retried.length === 0) {
      out.error(`notifications:retry: no failed notification job with id ${values.id}`);
      return 1;
    }
    return 0;
  });
}
