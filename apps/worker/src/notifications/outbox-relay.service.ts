import { setTimeout as sleep } from 'node:timers/promises';
import {
  BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
} from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import {
  type FannedOut,
  NOTIFICATION_SETTINGS,
  NotificationFanOutService,
  type NotificationSettings,
  storedEvent,
} from '@candor/domain';
import { OutboxRepository, TransactionalConnection, type UnitOfWork } from '@candor/persistence';
import { appConfigOf, NotificationJob, QueueName, redisOptions } from '@candor/platform';
import { Queue } from 'bullmq';
import { Client } from 'pg';
import { FailureLog, failureKind } from './failure-log.js';
import {
  FanOutJobData,
  logKept,
  retryingJob,
  SendJobData,
  sendJobsOf,
} from './notification-jobs.js';

/** The channel the outbox trigger notifies (migration 1763712400000). */
const CHANNEL = 'candor_outbox';
/** Rows claimed per transaction: small, so row locks and the open transaction stay short. */
const BATCH = 50;
/**
 * How long a wake-up waits for the events committed just after the one that woke it, so that a
 * burst is fanned out in one batch (the same few statements for one event or fifty) rather than
 * one transaction per event. Small beside the time an email takes to arrive.
 */
const GATHER_MS = 20;
/** How long one batch may wait for Redis before the transaction gives its rows back. */
const REDIS_TIMEOUT_MS = 5_000;
const RECONNECT_MS = 1_000;

/**
 * Fans out committed outbox rows. Each batch is claimed with FOR UPDATE SKIP LOCKED (so several
 * workers share the work without waiting on each other), fanned out (NotificationFanOutService:
 * recipients resolved, events that find nobody kept), its send jobs added under ids made of the
 * event and the recipient, and marked relayed, all in one transaction. A crash after the add and
 * before the commit leaves the rows unrelayed; the next pass adds the same job ids again, which
 * BullMQ ignores, so nothing is sent twice. While Redis is away the add fails fast, the transaction
 * rolls back and the rows wait: requests never depend on Redis for notifications.
 *
 * A batch that cannot be fanned out otherwise (an event the rules trip over) goes onto the fan-out
 * queue instead, one job per event under the event's id, where each is retried on its own
 * (NotificationEventsProcessor) and none holds up the others.
 *
 * Woken by LISTEN/NOTIFY as soon as a row commits, and by a poll as a fallback (a dropped listen
 * connection, a notification missed while reconnecting, a batch left by a crashed worker).
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private readonly failures = new FailureLog(this.logger);
  private readonly databaseUrl: string;
  private readonly fanOutJobs: Queue<FanOutJobData>;
  private readonly sendJobs: Queue<SendJobData>;
  private listener: Client | undefined;
  private poll: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private wakeAgain = false;
  private stopped = false;
  private failing = false;

  constructor(
    private readonly connection: TransactionalConnection,
    private readonly outbox: OutboxRepository,
    private readonly fanOut: NotificationFanOutService,
    configService: ConfigService,
    @Inject(NOTIFICATION_SETTINGS) private readonly settings: NotificationSettings,
  ) {
    const config = appConfigOf(configService);
    this.databaseUrl = config.databaseUrl;
    // Producer connections of their own: commands fail at once while Redis is away instead of
    // queueing (the workers' connections wait for Redis forever, as BullMQ requires).
    const producer = <T>(name: QueueName) => {
      const queue = new Queue<T>(name, {
        connection: redisOptions(config.redisUrl, 'producer'),
        prefix: config.redisPrefix,
      });
      queue.on('error', () => undefined); // reported once per outage by drain()
      return queue;
    };
    this.fanOutJobs = producer<FanOutJobData>(QueueName.NotificationEvents);
    this.sendJobs = producer<SendJobData>(QueueName.NotificationDeliveries);
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
    await Promise.all(
      [this.fanOutJobs, this.sendJobs].map((q) => q.close().catch(() => undefined)),
    );
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
      await sleep(GATHER_MS);
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

  /** Relays one batch; answers how many rows it claimed. */
  private async relayBatch(): Promise<number> {
    let relayed: { claimed: number; fannedOut: FannedOut[] };
    try {
      relayed = await this.connection.transaction((tx) => this.fanOutBatch(tx));
    } catch (error) {
      // Redis or the database away fails this too, and the rows wait for the next pass.
      const queued = await this.connection.transaction((tx) => this.queueBatch(tx));
      if (queued > 0) {
        const kind = failureKind(
          'fan-out',
          error instanceof Error ? error : new Error(String(error)),
        );
        this.failures.warn(
          kind,
          `the relay could not fan out a batch (${kind}): its ${queued} events went to the fan-out queue, which retries each on its own`,
        );
      }
      return queued;
    }
    logKept(this.logger, relayed.fannedOut);
    return relayed.claimed;
  }

  private async fanOutBatch(tx: UnitOfWork): Promise<{ claimed: number; fannedOut: FannedOut[] }> {
    const rows = await this.outbox.claimUnrelayed(tx, BATCH);
    if (rows.length === 0) return { claimed: 0, fannedOut: [] };
    const fannedOut = await this.fanOut.fanOut(
      tx,
      rows.flatMap((row) => storedEvent(row) ?? []),
    );
    const sends = sendJobsOf(this.settings, fannedOut);
    if (sends.length > 0) await withTimeout(this.sendJobs.addBulk(sends), REDIS_TIMEOUT_MS);
    await this.outbox.markRelayed(
      tx,
      rows.map((row) => row.id),
    );
    return { claimed: rows.length, fannedOut };
  }

  private async queueBatch(tx: UnitOfWork): Promise<number> {
    const rows = await this.outbox.claimUnrelayed(tx, BATCH);
    if (rows.length === 0) return 0;
    await withTimeout(
      this.fanOutJobs.addBulk(
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
