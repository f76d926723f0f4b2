/** Every BullMQ queue and job name, in one place. */
export enum QueueName {
  /** Wiring and liveness checks between API and worker. */
  System = 'system',
}

export enum SystemJob {
  /** Proves that a worker consumes jobs; carries no data. */
  Ping = 'ping',
}
