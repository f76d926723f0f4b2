import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { QueueName } from '@candor/platform';
import type { Queue } from 'bullmq';
import { NotificationDeliveriesProcessor } from './notifications/notification-deliveries.processor.js';
import { NotificationEventsProcessor } from './notifications/notification-events.processor.js';
import { NotificationScheduleProcessor } from './notifications/notification-schedule.processor.js';
import { SystemProcessor } from './processors/system.processor.js';

const QUIET_MS = 60_000;

/**
 * BullMQ queues and workers report every failed reconnect as an 'error' event, and print a stack
 * trace for each when nobody listens: dozens a second while Redis is away. They reconnect on their
 * own; one line a minute says so.
 */
@Injectable()
export class RedisErrorLog implements OnApplicationBootstrap {
  private readonly logger = new Logger('Redis');
  private lastReport = 0;

  constructor(
    @InjectQueue(QueueName.System) private readonly system: Queue,
    @InjectQueue(QueueName.NotificationEvents) private readonly events: Queue,
    @InjectQueue(QueueName.NotificationDeliveries) private readonly deliveries: Queue,
    @InjectQueue(QueueName.NotificationSchedule) private readonly schedule: Queue,
    private readonly systemProcessor: SystemProcessor,
    private readonly eventsProcessor: NotificationEventsProcessor,
    private readonly deliveriesProcessor: NotificationDeliveriesProcessor,
    private readonly scheduleProcessor: NotificationScheduleProcessor,
  ) {}

  onApplicationBootstrap(): void {
    const report = (error: Error) => this.report(error);
    for (const queue of [this.system, this.events, this.deliveries, this.schedule]) {
      queue.on('error', report);
    }
    for (const host of [
      this.systemProcessor,
      this.eventsProcessor,
      this.deliveriesProcessor,
      this.scheduleProcessor,
    ]) {
      host.worker.on('error', report);
    }
  }

  private report(error: Error): void {
    const now = Date.now();
    if (now - this.lastReport < QUIET_MS) return;
    this.lastReport = now;
    this.logger.warn(`Redis unavailable, reconnecting: ${error.message}`);
  }
}
