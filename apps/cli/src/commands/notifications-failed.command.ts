import { type AppConfig, listFailedNotifications } from '@candor/platform';
import type { CliOutput } from '../cli-output.js';
import { withDeadLetterQueues } from './notifications-queues.js';

/**
 * `notifications:failed`: the dead-letter list, one JSON line per failed job (job id, event,
 * recipient id, reason, attempts), oldest first. Prints nothing when there is none.
 */
export async function notificationsFailed(config: AppConfig, out: CliOutput): Promise<number> {
  await withDeadLetterQueues(config, async (queues) => {
    for (const failed of await listFailedNotifications(queues)) out.json(failed);
  });
  return 0;
}
