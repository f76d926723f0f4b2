/** Every BullMQ queue and job name, in one place. */
export enum QueueName {
  /** Wiring and liveness checks between API and worker. */
  System = 'system',
  /** One job per outbox row (job id = outbox id): resolves who must be told. */
  NotificationEvents = 'notification-events',
  /** One job per event and recipient: renders and sends one email, or queues it for the digest. */
  NotificationDeliveries = 'notification-deliveries',
  /** The repeatable scan that raises deadline reminders, the daily audit head and digests. */
  NotificationSchedule = 'notification-schedule',
}

export enum SystemJob {
  /** Proves that a worker consumes jobs; carries no data. */
  Ping = 'ping',
}

export enum NotificationJob {
  /** Resolves an outbox event's recipients and adds one Send job each. */
  FanOut = 'fan-out',
  /** Sends one notification to one recipient. */
  Send = 'send',
  /** Scans the database for scheduled notifications that are due. */
  Scan = 'scan',
}
