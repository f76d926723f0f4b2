import type { AppConfig } from '@candor/platform';
import type { CliOutput } from '../cli-output.js';
import { describeFailed, withDeadLetterQueues } from './notifications-queues.js';

/**
 * `notifications:failed`: the dead-letter list, one JSON line per failed job (job id, event,
 * recipient id, reason, attempts), oldest first. Prints nothing when there is none.
 */
export async function notificationsFailed(config: AppConfig, out: CliOutput): Promise<number> {
  await withDeadLetterQueues(config, async (queues) => {
    for (const queue of queues) {
      const jobs = await queue.getFailed(0, -1);
      jobs
        .map((job) => describeFailed(queue.name, job))
        .sort((a, b) => (a.failedAt ?? '').localeCompare(b.failedAt ?? ''))
        .forEach((failed) => out.json(failed));
    }
  });
  return 0;
}
