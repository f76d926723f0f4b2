import { Processor, WorkerHost } from '@nestjs/bullmq';
import { QueueName, SystemJob } from '@candor/platform';
import type { Job } from 'bullmq';

/** Answers the API's liveness pings, proving that jobs flow from API through Redis to a worker. */
@Processor(QueueName.System)
export class SystemProcessor extends WorkerHost {
  process(job: Job): Promise<{ pong: true }> {
    if (job.name !== (SystemJob.Ping as string)) {
      return Promise.reject(new Error(`unknown system job ${job.name}`));
    }
    return Promise.resolve({ pong: true });
  }
}
