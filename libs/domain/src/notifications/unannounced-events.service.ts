import { Injectable } from '@nestjs/common';
import {
  TransactionalConnection,
  UnannouncedEventsRepository,
  type UnitOfWork,
} from '@candor/persistence';
import type { Route } from '../routing/routing.types.js';
import {
  type EventFacts,
  NotificationRecipientsService,
  type StoredEvent,
} from './notification-recipients.service.js';
import { ANNOUNCED_AUDIENCES, EVENT_RULES } from './notification-rules.js';
import { OutboxEvent, OutboxService } from './outbox.js';

/** Kept events looked at per announcement pass; the next pass (the scan) takes the rest. */
const BATCH = 500;

/** What the fan-out should do with an event that found nobody. */
export type KeepOutcome =
  /** Nobody needs to receive it (a purged case, the reporter's opt-in, a digest owner gone). */
  | { readonly kind: 'not_needed' }
  /** Kept until someone can receive it; `alerted` when this raised the administrators' alert. */
  | { readonly kind: 'kept'; readonly alerted: boolean }
  /** Someone became able to receive it meanwhile: send it to them. */
  | { readonly kind: 'recipients'; readonly recipients: string[] };

/**
 * A case that nobody can be told about must not be dropped silently (the first report before the
 * Audit Committee has accounts, a committee whose members are all recused or disabled). An event
 * that must reach someone and finds nobody is kept (notification_unannounced), and the
 * administrators get one content-free alert per body while any is kept. When a staff account is
 * created or enabled, a recusal cleared, or the scheduled scan runs, every kept event that someone
 * may now receive is raised again as a new outbox event, so whoever becomes eligible first is told.
 */
@Injectable()
export class UnannouncedEventsService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly kept: UnannouncedEventsRepository,
    private readonly recipients: NotificationRecipientsService,
    private readonly outbox: OutboxService,
  ) {}

  /**
   * Called by the fan-out, in its transaction, with the events that found no recipient: what to do
   * with each, in the order given.
   */
  async keep(tx: UnitOfWork, events: readonly StoredEvent[]): Promise<KeepOutcome[]> {
    // Keeping an event and announcing kept events are serialised (any worker, any staff change):
    // whoever comes second sees what the first committed, so an event is never kept just after
    // the account that could receive it was created, and never announced twice.
    await this.kept.lock(tx);
    const subjects = await this.subjectsOf(tx, events);
    const outcomes: KeepOutcome[] = [];
    for (const [i, event] of events.entries()) {
      outcomes.push(await this.keepOne(tx, event, subjects[i]));
    }
    return outcomes;
  }

  private async keepOne(
    tx: UnitOfWork,
    event: StoredEvent,
    subject: Subject | undefined,
  ): Promise<KeepOutcome> {
    if (subject === undefined) return { kind: 'not_needed' };
    const recipients = this.recipients.staffRecipientsOf(event, subject.facts);
    if (recipients.length > 0) return { kind: 'recipients', recipients };
    const kept = await this.kept.keep(tx, event.id, subject.body);
    // Kept already: a re-run of the fan-out.
    if (!kept) return { kind: 'kept', alerted: false };
    // The body's alert was raised when its first event was kept (an earlier one of these included).
    if (kept.anotherWaiting) return { kind: 'kept', alerted: false };
    await this.outbox.record(tx, OutboxEvent.NobodyToTell, null, {
      body: subject.body,
      about: event.caseId ? 'case' : 'notification',
    });
    return { kind: 'kept', alerted: true };
  }

  /**
   * Raises again every kept event that someone may now receive, in the caller's transaction when
   * given (so that an account's creation and the announcements it allows commit together).
   * Answers how many were raised.
   */
  announce(tx?: UnitOfWork): Promise<number> {
    return tx ? this.announceIn(tx) : this.connection.transaction((t) => this.announceIn(t));
  }

  private async announceIn(tx: UnitOfWork): Promise<number> {
    // Taken before reading, and held to the caller's commit: a fan-out keeping an event either
    // committed before (and is seen here) or waits, and then sees the account this made eligible.
    await this.kept.lock(tx);
    const waiting = await this.kept.listWaiting(tx, BATCH);
    let raised = 0;
    for (const eventId of waiting) {
      const event = await this.recipients.loadEvent(eventId, tx);
      const [subject] = event ? await this.subjectsOf(tx, [event]) : [];
      if (!event || !subject) {
        await this.resolve(tx, eventId, 'gone', null);
        continue;
      }
      if (this.recipients.staffRecipientsOf(event, subject.facts).length === 0) continue;
      // A new event rather than the old one again: the old one is relayed for good, and the
      // relay, the fan-out and the recipient checks then treat the new one like any other.
      const again = await this.outbox.record(tx, event.event, event.caseId, event.payload);
      await this.resolve(tx, eventId, 'announced', again);
      raised += 1;
    }
    return raised;
  }

  /**
   * For each event, in the order given: the body whose people are missing (null when the event
   * names none) and the event's facts (read once for all of them, for the recipients too), or
   * undefined when nobody needs to receive the event: an audience that may be empty, or a case
   * that no longer exists or was purged.
   */
  private async subjectsOf(
    tx: UnitOfWork,
    events: readonly StoredEvent[],
  ): Promise<Array<Subject | undefined>> {
    const announced = events.filter((event) => {
      const rule = EVENT_RULES[event.event];
      return ANNOUNCED_AUDIENCES.includes(rule.audience) && (event.caseId || !rule.needsCase);
    });
    const read = await this.recipients.factsOfEach(announced, tx);
    const facts = new Map(announced.map((event, i) => [event, read[i]]));
    return events.map((event) => {
      const eventFacts = facts.get(event);
      return eventFacts && subjectOf(event, eventFacts);
    });
  }

  private async resolve(
    tx: UnitOfWork,
    eventId: string,
    resolution: 'announced' | 'gone',
    announcedAs: string | null,
  ): Promise<void> {
    await this.kept.resolve(tx, eventId, resolution, announcedAs);
  }
}

/** The body an event waits for, and the facts it was resolved from. */
interface Subject {
  readonly body: Route | null;
  readonly facts: EventFacts;
}

function subjectOf(event: StoredEvent, facts: EventFacts): Subject | undefined {
  if (facts.case === null || facts.case?.purged) return undefined;
  if (EVENT_RULES[event.event].audience === 'committee_chair') {
    return { body: 'audit_committee', facts };
  }
  if (!facts.case) return { body: null, facts };
  const { routedTo, handledBy } = facts.case.facts;
  return { body: routedTo === 'board' ? handledBy : routedTo, facts };
}
