import { Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import {
  NotificationDeliveriesRepository,
  NotificationFactsRepository,
  ReporterIdentityRepository,
  StaffEnrolmentsRepository,
  StaffRepository,
  TransactionalConnection,
} from '@candor/persistence';
import { appConfigOf, CaseCipherService, MailTransport } from '@candor/platform';
import {
  NotificationRecipientsService,
  REPORTER_RECIPIENT,
  type StoredEvent,
} from './notification-recipients.service.js';
import { EVENT_RULES, reasonFor } from './notification-rules.js';
import { OutboxEvent } from './outbox.js';
import {
  type CaseLink,
  caseUrl,
  enrolmentUrl,
  type MailContent,
  renderMail,
  reporterUrl,
  retaliationReviewsUrl,
  stableMessageId,
} from './notification-templates.js';

/** What became of one (event, recipient); only ids and this word are ever logged. */
export type DeliveryOutcome =
  | 'sent'
  | 'already_done'
  | 'queued_for_digest'
  | 'not_a_recipient'
  | 'event_gone'
  | 'nothing_to_send';

/**
 * What a send job remembers outside the database. The database can be away just after the mail
 * server took a message (the record then fails and the job is retried); the job's own state in
 * Redis says that the message was taken, so the retry records it instead of sending it again.
 */
export interface SendJournal {
  /** Whether an earlier attempt of this job had the message accepted by the mail server. */
  readonly accepted: boolean;
  /** Remembers that the mail server accepted the message; called before the database is written. */
  markAccepted(): Promise<void>;
}

const NO_JOURNAL: SendJournal = { accepted: false, markAccepted: () => Promise.resolve() };

/**
 * Sends one notification to one recipient, at most once in practice: check the deliveries table,
 * send, note the acceptance in the job (SendJournal), record. Once a message is accepted it is
 * never sent again: a failed record (the database away) is retried on its own. Only a crash in the
 * few milliseconds between the SMTP server's "250 OK" and the note in the job can still send it
 * twice; the Message-ID is the same on every attempt, so mail clients show such a duplicate once.
 * Closing that window for good would need the SMTP server to take part in a transaction, which
 * SMTP cannot.
 */
@Injectable()
export class NotificationDeliveryService {
  private readonly logger = new Logger(NotificationDeliveryService.name);
  private readonly publicBaseUrl: string;

  constructor(
    private readonly connection: TransactionalConnection,
    private readonly staff: StaffRepository,
    private readonly deliveries: NotificationDeliveriesRepository,
    private readonly enrolments: StaffEnrolmentsRepository,
    private readonly facts: NotificationFactsRepository,
    private readonly reporters: ReporterIdentityRepository,
    private readonly recipients: NotificationRecipientsService,
    private readonly transport: MailTransport,
    private readonly cipher: CaseCipherService,
    configService: ConfigService,
  ) {
    this.publicBaseUrl = appConfigOf(configService).publicBaseUrl;
  }

  async deliver(
    eventId: string,
    recipient: string,
    journal: SendJournal = NO_JOURNAL,
  ): Promise<DeliveryOutcome> {
    const outcome = journal.accepted
      ? await this.recordAccepted(eventId, recipient)
      : await this.attempt(eventId, recipient, journal);
    this.logger.debug(`event ${eventId} recipient ${recipient}: ${outcome}`);
    return outcome;
  }

  private async attempt(
    eventId: string,
    recipient: string,
    journal: SendJournal,
  ): Promise<DeliveryOutcome> {
    const event = await this.recipients.loadEvent(eventId);
    if (!event) return 'event_gone';
    if (await this.alreadyHandled(eventId, recipient)) return 'already_done';
    // Checked again at send time: a recusal, a re-route or a disabled account since the fan-out
    // wins over the job that is already queued.
    if (!(await this.recipients.recipientsOf(event)).includes(recipient)) return 'not_a_recipient';

    let to: string;
    let content: MailContent | undefined;
    if (recipient === REPORTER_RECIPIENT) {
      const address = await this.reporterAddress(event);
      if (!address) return 'not_a_recipient';
      to = address;
      content = { kind: 'reporter_news', url: reporterUrl(this.publicBaseUrl) };
    } else {
      const staff = await this.staff.findById(this.connection.autocommit, recipient);
      if (!staff) return 'not_a_recipient';
      if (EVENT_RULES[event.event].digestible && staff.notification_mode === 'daily_digest') {
        await this.record(event, recipient, 'digest_pending', null);
        return 'queued_for_digest';
      }
      to = staff.email;
      content = await this.staffContent(event, recipient);
    }
    if (!content) {
      await this.record(event, recipient, 'skipped', null);
      return 'nothing_to_send';
    }

    const messageId = stableMessageId(event.id, recipient);
    await this.transport.send({ ...renderMail(content), to, messageId });
    await journal.markAccepted();
    await this.record(event, recipient, 'sent', messageId);
    return 'sent';
  }

  /** A retry after the mail server took the message and the record failed: record it, only. */
  private async recordAccepted(eventId: string, recipient: string): Promise<DeliveryOutcome> {
    const recorded = await this.deliveries.recordSent(
      this.connection.autocommit,
      eventId,
      recipient,
      stableMessageId(eventId, recipient),
    );
    return recorded ? 'sent' : 'event_gone';
  }

  private async staffContent(
    event: StoredEvent,
    staffId: string,
  ): Promise<MailContent | undefined> {
    const mail = EVENT_RULES[event.event].mail;
    switch (mail) {
      case 'case': {
        const reason = reasonFor(event.event, event.payload);
        if (!event.caseId) {
          return EVENT_RULES[event.event].needsCase
            ? undefined
            : { kind: 'task', reason, url: this.taskUrl(event) };
        }
        const link = await this.caseLink(event.caseId);
        return link && { kind: 'case', reason, case: link };
      }
      case 'audit_head': {
        const { seq, hash, day } = event.payload;
        if (typeof seq !== 'string' || typeof hash !== 'string' || typeof day !== 'string') {
          return undefined;
        }
        return { kind: 'audit_head', seq, hash, day };
      }
      case 'digest': {
        const cases = await this.digestCases(event, staffId);
        return cases.length > 0 ? { kind: 'digest', cases } : undefined;
      }
      case 'enrolment':
        return this.enrolmentContent(event, staffId);
      case 'reporter_news':
        return undefined; // only ever addressed to the reporter
      case 'sign_in_paused': {
        const { minutes } = event.payload;
        return typeof minutes === 'number' ? { kind: 'sign_in_paused', minutes } : undefined;
      }
      case 'nobody_to_tell':
        return { kind: 'nobody_to_tell', reason: reasonFor(event.event, event.payload) };
      default:
        return unknownMail(mail);
    }
  }

  /**
   * Claims the staff member's pending items older than the digest's slot and lists them. Claiming
   * first and listing what this digest claimed makes a re-run (after a crash or a 4xx) send the
   * same list again rather than an empty or a different one. Each item is checked again: a case
   * the person may no longer see is left out.
   */
  private async digestCases(event: StoredEvent, staffId: string): Promise<CaseLink[]> {
    const slot = typeof event.payload.slot === 'string' ? event.payload.slot : event.createdAt;
    await this.deliveries.claimForDigest(this.connection.autocommit, event.id, staffId, slot);
    const itemIds = await this.deliveries.listDigested(
      this.connection.autocommit,
      event.id,
      staffId,
    );
    const links = new Map<string, CaseLink>();
    for (const itemId of itemIds) {
      const listed = await this.recipients.loadEvent(itemId);
      if (!listed) continue;
      if (!(await this.recipients.recipientsOf(listed)).includes(staffId)) continue;
      const link = listed.caseId
        ? await this.caseLink(listed.caseId)
        : { reference: 'Retaliation review', url: this.taskUrl(listed) };
      if (link) links.set(link.url, link);
    }
    return [...links.values()].sort((a, b) => a.reference.localeCompare(b.reference));
  }

  /**
   * The enrolment email, with the link's token opened from its sealed copy on the enrolment row:
   * the token never passes through Redis or a log. A link used, revoked, replaced or expired since
   * the event was raised is not sent (the row's sealed copy is gone by then).
   */
  private async enrolmentContent(
    event: StoredEvent,
    staffId: string,
  ): Promise<MailContent | undefined> {
    const { enrolmentId } = event.payload;
    if (typeof enrolmentId !== 'string') return undefined;
    const row = await this.enrolments.findSendable(
      this.connection.autocommit,
      enrolmentId,
      staffId,
    );
    if (!row) return undefined;
    const token = this.cipher.openSystemSecret('staff_enrolments', 'token', row.id, row.token_enc);
    return {
      kind: 'enrolment',
      purpose: row.kind as 'account' | 'second_factor',
      url: enrolmentUrl(this.publicBaseUrl, token),
      expiresAt: row.expires_at,
    };
  }

  /** Where a task that names no case is done; only retaliation reviews are raised without one. */
  private taskUrl(event: StoredEvent): string {
    if (event.event !== OutboxEvent.RetaliationReviewRequired) {
      throw new Error(`event ${event.event} has no case to link to`);
    }
    return retaliationReviewsUrl(this.publicBaseUrl);
  }

  private async caseLink(caseId: string): Promise<CaseLink | undefined> {
    const reference = await this.facts.caseReference(this.connection.autocommit, caseId);
    return reference === undefined
      ? undefined
      : { reference, url: caseUrl(this.publicBaseUrl, reference) };
  }

  private async reporterAddress(event: StoredEvent): Promise<string | null> {
    const row = await this.reporters.findNewsAddress(this.connection.autocommit, event.caseId);
    if (!row?.email_enc) return null;
    const key = this.cipher.openCaseKey({
      dataKeyId: row.data_key_id,
      masterKeyId: row.master_key_id,
      wrapped: row.data_key_wrapped,
    });
    return key.openOptionalText('case_reporters', 'email', row.id, row.email_enc);
  }

  private async alreadyHandled(eventId: string, recipient: string): Promise<boolean> {
    return this.deliveries.exists(this.connection.autocommit, eventId, recipient);
  }

  private async record(
    event: StoredEvent,
    recipient: string,
    status: 'sent' | 'digest_pending' | 'skipped',
    messageId: string | null,
  ): Promise<void> {
    await this.deliveries.record(this.connection.autocommit, {
      eventId: event.id,
      recipient,
      event: event.event,
      caseId: event.caseId,
      status,
      messageId,
    });
  }
}

function unknownMail(mail: never): never {
  throw new Error(`Unknown mail kind "${String(mail)}"`);
}
