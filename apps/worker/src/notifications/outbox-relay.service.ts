import {
  BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
} from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { NOTIFICATION_SETTINGS, type NotificationSettings } from '@candor/domain';
import { OutboxRepository, TransactionalConnection } from '@candor/persistence';
import { appConfigOf, NotificationJob, QueueName, redisOptions } from '@candor/platform';
import { Queue } from 'bullmq';
import { Client } from 'pg';
import { FanOutJobData, retryingJob } from './notification-jobs.js';

/** The channel the outbox trigger notifies (migration 1763712400000). */
const CHANNEL = 'candor_outbox';
/** Rows claimed per transaction: small, so row locks and the open transaction stay short. */
const BATCH = 50;
/** How long one batch may wait for Redis before the transaction gives its rows back. */
const REDIS_TIMEOUT_MS = 5_000;
const RECONNECT_MS = 1_000;

/**
 * Moves committed outbox rows onto BullMQ. Each batch is claimed with FOR UPDATE SKIP LOCKED (so
 * several workers share the work without waiting on each other), added as fan-out jobs whose job id
 * is the outbox id, and marked relayed in the same transaction. A crash after the add and before the
 * commit leaves the rows unrelayed; the next pass adds them again under the same ids, which BullMQ
 * ignores, so nothing is fanned out twice. While Redis is away the add fails fast, the transaction
 * rolls back and the rows wait: requests never depend on Redis for notifications.
 *
 * Woken by LISTEN/NOTIFY as soon as a row commits, and by a poll as a fallback (a dropped listen
 * connection, a notification missed while reconnecting, a batch left by a crashed worker).
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private readonly databaseUrl: string;
  private readonly queue: Queue<FanOutJobData>;
  private listener: Client | undefined;
  private poll: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private wakeAgain = false;
  private stopped = false;
  private failing = false;

  constructor(
    private readonly connection: TransactionalConnection,
    private readonly outbox: OutboxRepository,
    configService: ConfigService,
    @Inject(NOTIFICATION_SETTINGS) private readonly settings: NotificationSettings,
  ) {
    const config = appConfigOf(configService);
    this.databaseUrl = config.databaseUrl;
    // A producer connection of its own: commands fail at once while Redis is away instead of
    // queueing (the workers' connections wait for Redis forever, as BullMQ requires).
    this.queue = new Queue(QueueName.NotificationEvents, {
      connection: redisOptions(config.redisUrl, 'producer'),
      prefix: config.redisPrefix,
    });
    this.queue.on('error', () => undefined); // reported once per outage by drain()
  }

  onApplicationBootstrap(): void {
    void this.listen();
    this.poll = setInterval(() => this.wake(), this.settings.relayPollMs);
    this.wake();
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearInterval(this.poll);
    await this.listener?.end().catch(() => undefined);
    await this.running;
    await this.queue.close().catch(() => undefined);
  }

  /** Starts a drain, or asks the running one to go round again. */
  wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.wakeAgain = true;
      return;
    }
    this.running = this.drain().finally(() => {
      this.running = undefined;
    });
  }

  private async drain(): Promise<void> {
    do {
      this.wakeAgain = false;
      try {
        while (!this.stopped && (await this.relayBatch()) === BATCH) {
          // a full batch: there may be more
        }
        if (this.failing) this.logger.log('outbox relay resumed');
        this.failing = false;
      } catch (error) {
        if (!this.failing) {
          this.logger.warn(
            `outbox relay waiting (rows stay in the outbox): ${error instanceof Error ? error.message : String(error)}`,
          );
        }
        this.failing = true;
        return; // the next poll tries again
      }
    } while (this.wakeAgain && !this.stopped);
  }

  private relayBatch(): Promise<number> {
    return this.connection.transaction(async (tx) => {
      const rows = await this.outbox.claimUnrelayed(tx, BATCH);
      if (rows.length === 0) return 0;
      await withTimeout(
        this.queue.addBulk(
          rows.map((row) => ({
            name: NotificationJob.FanOut,
            data: { eventId: row.id, event: row.event },
            opts: retryingJob(this.settings, row.id),
          })),
        ),
        REDIS_TIMEOUT_MS,
      );
      await this.outbox.markRelayed(
        tx,
        rows.map((row) => row.id),
      );
      return rows.length;
    });
  }

  private async listen(): Promise<void> {
    if (this.stopped) return;
    const client = new Client({
      connectionString: this.databaseUrl,
      application_name: 'candor-outbox-relay',
    });
    let retrying = false;
    const retry = () => {
      if (retrying || this.stopped) return;
      retrying = true;
      if (this.listener === client) this.listener = undefined;
      setTimeout(() => void this.listen(), RECONNECT_MS).unref();
    };
    client.on('notification', () => this.wake());
    client.on('error', retry);
    client.on('end', retry);
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
      this.listener = client;
      if (this.stopped) await client.end();
      this.wake(); // rows committed while nobody listened
    } catch {
      await client.end().catch(() => undefined);
      retry();
    }
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Redis did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
