import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import {
  AccessTokenService,
  appConfigOf,
  CaseCipherService,
  Clock,
  IssuedToken,
  Throttle,
} from '@candor/platform';
import {
  CaseFilesRepository,
  CaseMessagesRepository,
  type ReporterCaseRow,
  ReporterIdentityRepository,
  ReporterRepository,
  TransactionalConnection,
  type UnitOfWork,
} from '@candor/persistence';
import { AuditTrailService, REPORTER, SYSTEM } from '../audit/audit-trail.service.js';
import { addUtcDays } from '../cases/deadlines.js';
import { CASE_NOT_FOUND, DomainError } from '../common/domain-error.js';
import { sealedMessage, writeFiles } from '../intake/case-records.js';
import type { IncomingFile } from '../intake/intake.types.js';
import { IntakeService } from '../intake/intake.service.js';
import { prepareFiles } from '../intake/prepare-files.js';
import { OutboxEvent, OutboxService } from '../notifications/outbox.js';
import type { PartyRole, Route } from '../routing/routing.types.js';
import { ReceiptThrottleService } from './receipt-throttle.service.js';

/** A receipt session lasts 15 minutes from sign-in and does not slide: sign in again after. */
export const REPORTER_SESSION_SECONDS = 15 * 60;
/**
 * Requests a case's receipt sessions may make per minute, all together: far more than a person
 * reading and writing needs, and a bound on what a receipt can make the portal do (each message
 * notifies the handlers). Counted per case, after the token is verified, so only whoever holds
 * that receipt can spend it; a request without a valid token is refused before any count.
 */
export const REPORTER_REQUESTS_PER_MINUTE = 60;
const WRONG_RECEIPT = 'receipt not recognised';

export interface ReporterCaseView {
  reference: string;
  status: string;
  routedTo: Route;
  /** The body actually handling it (a Board case may be handled by the designated committee). */
  handledBy: Route;
  createdAt: Date;
  /** When the acknowledgement is due (7 days after receipt). */
  acknowledgeBy: Date;
  acknowledgedAt: Date | null;
  feedbackDueAt: Date | null;
  /** Until when the reporter may still write after closing; null while the case is open. */
  writableUntil: Date | null;
  /** `kind`: a plain `message`, the `acknowledgement`, or an `identity_notice` before disclosure. */
  messages: Array<{ from: 'reporter' | 'handler'; kind: string; body: string; at: Date }>;
  attachments: Array<{ id: string; name: string; size: number }>;
}

/** The repository's row, with the values the database's checks allow. */
type CaseRow = ReporterCaseRow & { routed_to: Route; handled_by: Route };

/**
 * Everything a reporter can do with their receipt: sign in, read their case, write messages, add
 * files, and report retaliation. The token names only the case; nothing about the reporter or
 * their connection is stored. Every read and write is audited with the actor "reporter".
 */
@Injectable()
export class ReporterChannelService {
  /** In this process's memory: the key is a case id, which never needs to reach Redis. */
  private readonly sessionRequests = Throttle.local([
    { name: 'case', limit: REPORTER_REQUESTS_PER_MINUTE, windowSeconds: 60 },
  ]);

  constructor(
    private readonly connection: TransactionalConnection,
    private readonly reporter: ReporterRepository,
    private readonly identities: ReporterIdentityRepository,
    private readonly messages: CaseMessagesRepository,
    private readonly files: CaseFilesRepository,
    private readonly cipher: CaseCipherService,
    private readonly audit: AuditTrailService,
    private readonly throttle: ReceiptThrottleService,
    private readonly tokens: AccessTokenService,
    private readonly intake: IntakeService,
    private readonly configService: ConfigService,
    private readonly clock: Clock,
    private readonly outbox: OutboxService,
  ) {}

  /**
   * The receipt is looked up first (a keyed hash and an index probe: microseconds), so that its
   * holder gets in even while wrong receipts are being throttled. A wrong one is refused with 429
   * while the throttle is engaged, without an audit entry each (the engaging is audited once);
   * otherwise it is counted, audited and answered with the one generic 401.
   */
  async signIn(receipt: string): Promise<IssuedToken> {
    const hash = this.cipher.receiptHash(receipt);
    const [found, refusal] = await Promise.all([
      hash
        ? this.reporter.findCaseByReceiptHash(this.connection.autocommit, hash)
        : Promise.resolve(undefined),
      this.throttle.refusal(receipt),
    ]);
    if (!found) {
      if (refusal) throw refusal;
      const engaged = await this.throttle.recordFailure(receipt);
      await this.connection.transaction(async (tx) => {
        await this.audit.append(tx, REPORTER, { action: 'reporter.sign_in_failed' });
        if (engaged) {
          await this.audit.append(tx, SYSTEM, {
            action: 'reporter.sign_in_throttled',
            detail: {
              failuresPerMinute: appConfigOf(this.configService).receiptFailuresPerMinute,
            },
          });
        }
      });
      throw new DomainError('unauthenticated', WRONG_RECEIPT);
    }
    await this.connection.transaction((tx) =>
      this.audit.append(tx, REPORTER, {
        action: 'reporter.signed_in',
        caseReference: found.reference,
      }),
    );
    return this.tokens.issue('reporter', found.id, REPORTER_SESSION_SECONDS);
  }

  /**
   * The case id a reporter token stands for, or a 401 for anything else; every request counts
   * against the case's `REPORTER_REQUESTS_PER_MINUTE` (429 beyond).
   */
  async authenticate(token: string): Promise<string> {
    const verified = await this.tokens.verify('reporter', token);
    if (!verified)
      throw new DomainError(
        'unauthenticated',
        'session expired or invalid: sign in with your receipt again',
      );
    const budget = await this.sessionRequests.take([verified.subject]);
    if (budget.blocked) {
      throw new DomainError('rate_limited', 'too many requests, try again in a minute', {
        retryAfterSeconds: budget.retryAfterSeconds,
      });
    }
    return verified.subject;
  }

  async view(caseId: string): Promise<ReporterCaseView> {
    return this.connection.transaction(async (tx) => {
      const row = await this.loadCase(tx, caseId);
      const key = this.openKey(row);
      const messages = await this.reporter.listMessages(tx, caseId);
      const files = await this.reporter.listReporterFiles(tx, caseId);
      await this.audit.append(tx, REPORTER, {
        action: 'case.viewed',
        caseReference: row.reference,
        detail: { by: 'reporter' },
      });
      return {
        reference: row.reference,
        status: row.status,
        routedTo: row.routed_to,
        handledBy: row.handled_by,
        createdAt: row.received_at,
        acknowledgeBy: row.acknowledge_by,
        acknowledgedAt: row.acknowledged_at,
        feedbackDueAt: row.feedback_due_at,
        writableUntil: this.writableUntil(row),
        messages: messages.map((m) => ({
          from: m.sender,
          kind: m.kind,
          body: key.openText('case_messages', 'body', m.id, m.body_enc),
          at: m.created_at,
        })),
        attachments: files.map((f) => ({
          id: f.id,
          name: key.openText('case_files', 'name', f.id, f.name_enc),
          size: f.size_bytes,
        })),
      };
    });
  }

  async postMessage(caseId: string, body: string): Promise<void> {
    await this.connection.transaction(async (tx) => {
      const row = await this.loadCase(tx, caseId, true);
      this.assertWritable(row);
      await this.messages.insert(
        tx,
        sealedMessage(this.openKey(row), caseId, { sender: 'reporter', body }, this.clock.now()),
      );
      await this.outbox.record(tx, OutboxEvent.ReporterMessage, caseId);
      await this.audit.append(tx, REPORTER, {
        action: 'message.sent',
        caseReference: row.reference,
        detail: { from: 'reporter' },
      });
    });
  }

  async addAttachments(caseId: string, incoming: readonly IncomingFile[]): Promise<number> {
    const files = await prepareFiles(incoming);
    if (files.length === 0) throw new DomainError('invalid', 'no files were sent');
    return this.connection.transaction(async (tx) => {
      const row = await this.loadCase(tx, caseId, true);
      this.assertWritable(row);
      const ids = await writeFiles(
        this.files,
        tx,
        this.openKey(row),
        caseId,
        'reporter',
        null,
        files,
        this.clock.now(),
      );
      await this.outbox.record(tx, OutboxEvent.ReporterMessage, caseId, { files: ids.length });
      await this.audit.append(tx, REPORTER, {
        action: 'file.added',
        caseReference: row.reference,
        detail: { by: 'reporter', count: ids.length },
      });
      return ids.length;
    });
  }

  /** A retaliation report from the follow-up page: a new, linked case with its own receipt. */
  async reportRetaliation(
    caseId: string,
    description: string,
  ): Promise<{ reference: string; receipt: string; routedTo: Route; acknowledgeBy: Date }> {
    return this.connection.transaction(async (tx) => {
      const row = await this.loadCase(tx, caseId, true);
      const reporter = row.anonymous ? undefined : await this.reporterIdentity(tx, row);
      // The people implicated in the first case stay implicated here, so everyone recused from
      // it (and the routing that kept it from them) is recused from the retaliation report too.
      const implicated = await this.implicatedParties(tx, row);
      const created = await this.intake.submitIn(
        tx,
        {
          channel: 'web',
          concernType: 'retaliation',
          title: 'Retaliation reported after an earlier report',
          description,
          anonymous: row.anonymous,
          reporter,
          implicated,
          witnesses: [],
          files: [],
          relatedCase: { id: row.id, reference: row.reference, routedTo: row.routed_to },
        },
        [],
        REPORTER,
      );
      await this.audit.append(tx, REPORTER, {
        action: 'case.retaliation_reported',
        caseReference: row.reference,
        detail: { linkedCase: created.reference },
      });
      return {
        reference: created.reference,
        receipt: created.receipt,
        routedTo: created.routedTo,
        acknowledgeBy: created.acknowledgeBy,
      };
    });
  }

  private async implicatedParties(
    tx: UnitOfWork,
    row: CaseRow,
  ): Promise<Array<{ name?: string; role: PartyRole }>> {
    const parties = await this.reporter.listImplicatedParties(tx, row.id);
    const key = this.openKey(row);
    return parties.map((p) => ({
      role: p.role as PartyRole,
      name: key.openOptionalText('case_parties', 'name', p.id, p.name_enc) ?? undefined,
    }));
  }

  private async reporterIdentity(
    tx: UnitOfWork,
    row: CaseRow,
  ): Promise<{ name: string; email?: string; phone?: string }> {
    const identity = await this.identities.findSealedIdentity(tx, row.id);
    if (!identity) throw new Error(`named case ${row.reference} has no reporter row`);
    const key = this.openKey(row);
    return {
      name: key.openText('case_reporters', 'name', row.id, identity.name_enc),
      email:
        key.openOptionalText('case_reporters', 'email', row.id, identity.email_enc) ?? undefined,
      phone:
        key.openOptionalText('case_reporters', 'phone', row.id, identity.phone_enc) ?? undefined,
    };
  }

  private async loadCase(tx: UnitOfWork, caseId: string, forUpdate = false): Promise<CaseRow> {
    const row = (await this.reporter.findCase(tx, caseId, forUpdate)) as CaseRow | undefined;
    // A purged case has no content left to show; its receipt already no longer signs in.
    if (!row || row.purged_at) throw new DomainError('not_found', CASE_NOT_FOUND);
    return row;
  }

  private openKey(row: CaseRow) {
    return this.cipher.openCaseKey({
      dataKeyId: row.data_key_id,
      masterKeyId: row.master_key_id,
      wrapped: row.data_key_wrapped,
    });
  }

  private writableUntil(row: CaseRow): Date | null {
    return row.closed_at
      ? addUtcDays(row.closed_at, appConfigOf(this.configService).reporterWriteWindowDays)
      : null;
  }

  private assertWritable(row: CaseRow): void {
    const until = this.writableUntil(row);
    if (until && until.getTime() < Date.now()) {
      throw new DomainError(
        'conflict',
        'this case was closed and can no longer receive messages or files; it stays readable',
      );
    }
  }
}
