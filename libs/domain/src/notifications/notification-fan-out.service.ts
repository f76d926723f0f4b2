import { Injectable } from '@nestjs/common';
import type { UnitOfWork } from '@candor/persistence';
import {
  NotificationRecipientsService,
  type StoredEvent,
} from './notification-recipients.service.js';
import { type KeepOutcome, UnannouncedEventsService } from './unannounced-events.service.js';

/** Who one event goes to, and what became of it if that was nobody at first. */
export interface FannedOut {
  readonly event: StoredEvent;
  /** One send job each: staff ids, and `reporter` for an opted-in named reporter. */
  readonly recipients: readonly string[];
  /** Set when the event found nobody at first (see UnannouncedEventsService). */
  readonly kept?: KeepOutcome;
}

/**
 * The fan-out of outbox events: the recipients of each, resolved now (not when it happened), and
 * the events that must reach someone and find nobody kept rather than dropped. Works in the
 * caller's transaction on any number of events with the same few statements, so the relay can fan
 * out a whole batch in the transaction that marks it relayed.
 */
@Injectable()
export class NotificationFanOutService {
  constructor(
    private readonly recipients: NotificationRecipientsService,
    private readonly unannounced: UnannouncedEventsService,
  ) {}

  async fanOut(tx: UnitOfWork, events: readonly StoredEvent[]): Promise<FannedOut[]> {
    const resolved = await this.recipients.recipientsOfEach(events, tx);
    const nobody = events.filter((_, i) => resolved[i]?.length === 0);
    const outcomes = nobody.length > 0 ? await this.unannounced.keep(tx, nobody) : [];
    const kept = new Map(nobody.map((event, i) => [event, outcomes[i]]));
    return events.map((event, i) => {
      const outcome = kept.get(event);
      if (!outcome) return { event, recipients: resolved[i] ?? [] };
      return {
        event,
        recipients: outcome.kind === 'recipients' ? outcome.recipients : [],
        kept: outcome,
      };
    });
  }
}
