import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import {
  CaseFilesRepository,
  CasePartiesRepository,
  CasesRepository,
  TransactionalConnection,
  type UnitOfWork,
} from '@candor/persistence';
import { appConfigOf, CaseCipherService, CaseKey, Clock, generateReceipt } from '@candor/platform';
import { AuditActor, AuditTrailService, SYSTEM } from '../audit/audit-trail.service.js';
import { acknowledgeBy } from '../cases/deadlines.js';
import { OutboxEvent, OutboxService } from '../notifications/outbox.js';
import { route } from '../routing/route.js';
import { RoutingPolicyService } from '../routing/routing-policy.provider.js';
import { randomCaseReference } from './case-reference.js';
import { PreparedFile, routingRecord, writeFiles } from './case-records.js';
import { IntakeThrottleService } from './intake-throttle.service.js';
import type { ReportSubmission, SubmittedReport } from './intake.types.js';
import { prepareFiles } from './prepare-files.js';

const REFERENCE_ATTEMPTS = 20;

/**
 * Turns a report into a case: routes it by the Code, seals its text, identity and files under a
 * fresh case key, and writes the case, its parties, files, routing decision, audit entry and
 * notification event in one transaction — all of it, or nothing.
 */
@Injectable()
export class IntakeService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly cases: CasesRepository,
    private readonly parties: CasePartiesRepository,
    private readonly files: CaseFilesRepository,
    private readonly cipher: CaseCipherService,
    private readonly audit: AuditTrailService,
    private readonly policies: RoutingPolicyService,
    private readonly throttle: IntakeThrottleService,
    private readonly configService: ConfigService,
    private readonly clock: Clock,
    private readonly outbox: OutboxService,
  ) {}

  /**
   * A report from the public (actor `reporter`: the API and the pages alike) spends the intake
   * budget only once it has passed every check; staff-recorded reports never do.
   */
  async submit(submission: ReportSubmission, actor: AuditActor): Promise<SubmittedReport> {
    const fromPublic = actor.type === 'reporter';
    if (fromPublic) this.throttle.assertOpen();
    // CPU work (type detection, image re-encoding) happens before the transaction opens.
    const files = await prepareFiles(submission.files);
    const budgetSpent = fromPublic && (await this.throttle.admit());
    return this.connection.transaction(async (tx) => {
      const created = await this.submitIn(tx, submission, files, actor);
      if (budgetSpent) {
        await this.audit.append(tx, SYSTEM, {
          action: 'intake.throttled',
          detail: { reportsPerMinute: this.throttle.reportsPerMinute },
        });
      }
      return created;
    });
  }

  /** The same, inside a transaction the caller already holds (retaliation reports). */
  async submitIn(
    tx: UnitOfWork,
    submission: ReportSubmission,
    files: readonly PreparedFile[],
    actor: AuditActor,
  ): Promise<SubmittedReport> {
    const policy = this.policies.current();
    const decision = route(
      policy,
      {
        concernType: submission.concernType,
        implicatedRoles: submission.implicated.map((p) => p.role),
        relatedCaseRoute: submission.relatedCase?.routedTo,
      },
      { boardCommittee: appConfigOf(this.configService).boardCommittee },
    );
    const now = this.clock.now();
    const caseId = randomUUID();
    const key = this.cipher.newCaseKey();
    const receipt = generateReceipt();
    const receiptHash = this.cipher.receiptHash(receipt);
    const due = acknowledgeBy(now);

    const reference = await this.insertCase(
      tx,
      key,
      caseId,
      submission,
      decision,
      receiptHash ?? null,
      now,
      due,
      actor,
    );
    await this.cases.insertRouting(
      tx,
      routingRecord(caseId, decision, 'intake', actor.type === 'staff' ? actor.id : null, now),
    );
    if (!submission.anonymous && submission.reporter) {
      const { name, email, phone } = submission.reporter;
      await this.cases.insertReporter(tx, {
        caseId,
        nameEnc: key.seal('case_reporters', 'name', caseId, name),
        emailEnc: key.sealOptional('case_reporters', 'email', caseId, email),
        phoneEnc: key.sealOptional('case_reporters', 'phone', caseId, phone),
        nameIndex: this.cipher.nameIndex(name),
        emailIndex: this.cipher.emailIndex(email),
        createdAt: now,
        newsOptIn: Boolean(submission.reporter.notifyByEmail && email),
      });
    }
    for (const person of submission.implicated) {
      await this.insertParty(
        tx,
        key,
        caseId,
        'implicated',
        person.role,
        person.name,
        undefined,
        now,
      );
    }
    for (const witness of submission.witnesses) {
      await this.insertParty(tx, key, caseId, 'witness', null, witness.name, witness.contact, now);
    }
    const fileIds = await writeFiles(
      this.files,
      tx,
      key,
      caseId,
      actor.type === 'staff' ? 'staff' : 'reporter',
      null,
      files,
      now,
    );

    await this.outbox.record(tx, OutboxEvent.CaseCreated, caseId);
    await this.audit.append(tx, actor, {
      action: 'case.created',
      caseReference: reference,
      detail: {
        channel: submission.channel,
        concernType: submission.concernType,
        anonymous: submission.anonymous,
        routedTo: decision.routedTo,
        handledBy: decision.handledBy,
        ruleId: decision.ruleId,
        policyVersion: decision.policyVersion,
        implicated: submission.implicated.length,
        witnesses: submission.witnesses.length,
        files: fileIds.length,
        relatedCase: submission.relatedCase?.reference ?? null,
      },
    });
    return {
      caseId,
      reference,
      receipt,
      routedTo: decision.routedTo,
      handledBy: decision.handledBy,
      acknowledgeBy: due,
    };
  }

  private async insertCase(
    tx: UnitOfWork,
    key: CaseKey,
    caseId: string,
    s: ReportSubmission,
    decision: { routedTo: string; handledBy: string },
    receiptHash: Buffer | null,
    now: Date,
    due: Date,
    actor: AuditActor,
  ): Promise<string> {
    const seal = (column: string, value: string | undefined) =>
      key.sealOptional('cases', column, caseId, value);
    for (let attempt = 0; attempt < REFERENCE_ATTEMPTS; attempt += 1) {
      const reference = randomCaseReference(now);
      const inserted = await this.cases.insertIfReferenceFree(tx, {
        id: caseId,
        reference,
        channel: s.channel,
        concernType: s.concernType,
        anonymous: s.anonymous,
        routedTo: decision.routedTo,
        handledBy: decision.handledBy,
        relatedCaseId: s.relatedCase?.id ?? null,
        recordedBy: actor.type === 'staff' ? actor.id : null,
        receiptHash,
        masterKeyId: key.stored.masterKeyId,
        dataKeyId: key.stored.dataKeyId,
        dataKeyWrapped: key.stored.wrapped,
        titleEnc: key.seal('cases', 'title', caseId, s.title),
        descriptionEnc: key.seal('cases', 'description', caseId, s.description),
        occurredAtEnc: seal('occurred_at', s.occurredAt),
        locationEnc: seal('location', s.location),
        titleTerms: this.cipher.titleTerms(s.title),
        receivedAt: now,
        acknowledgeBy: due,
      });
      if (inserted) return reference;
    }
    throw new Error('could not draw a free case reference');
  }

  private async insertParty(
    tx: UnitOfWork,
    key: CaseKey,
    caseId: string,
    kind: 'implicated' | 'witness',
    role: string | null,
    name: string | undefined,
    contact: string | undefined,
    now: Date,
  ): Promise<void> {
    const id = randomUUID();
    const email = contact && contact.includes('@') ? contact : undefined;
    await this.parties.insert(tx, {
      id,
      caseId,
      kind,
      role,
      nameEnc: key.sealOptional('case_parties', 'name', id, name),
      contactEnc: key.sealOptional('case_parties', 'contact', id, contact),
      employeeIdEnc: null,
      nameIndex: this.cipher.nameIndex(name),
      emailIndex: this.cipher.emailIndex(email),
      employeeIdIndex: null,
      addedBy: null,
      createdAt: now,
      // An implicated person whose name matches a staff member recuses that member at once; the
      // handler sees the match on the case ("automatic") and can review it.
      staff: kind === 'implicated' ? { kind: 'match_by_name' } : { kind: 'none' },
    });
  }
}
