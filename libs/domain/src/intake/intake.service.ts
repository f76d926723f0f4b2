import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { CasePartiesRepository } from '@candor/persistence';
import { appConfigOf, CaseCipherService, CaseKey, generateReceipt } from '@candor/platform';
import { DataSource, EntityManager } from 'typeorm';
import { AuditActor, AuditTrail, SYSTEM } from '../audit/audit-trail.service.js';
import { acknowledgeBy } from '../cases/deadlines.js';
import { OutboxEvent, recordOutboxEvent } from '../notifications/outbox.js';
import { route } from '../routing/route.js';
import { RoutingPolicyProvider } from '../routing/routing-policy.provider.js';
import { randomCaseReference } from './case-reference.js';
import { insertFiles, insertRouting, PreparedFile } from './case-records.js';
import { IntakeThrottle } from './intake-throttle.service.js';
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
    private readonly dataSource: DataSource,
    private readonly parties: CasePartiesRepository,
    private readonly cipher: CaseCipherService,
    private readonly audit: AuditTrail,
    private readonly policies: RoutingPolicyProvider,
    private readonly throttle: IntakeThrottle,
    private readonly configService: ConfigService,
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
    return this.dataSource.transaction(async (tx) => {
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
    tx: EntityManager,
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
    const now = new Date();
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
    await insertRouting(
      tx,
      caseId,
      decision,
      'intake',
      actor.type === 'staff' ? actor.id : null,
      now,
    );
    if (!submission.anonymous && submission.reporter) {
      const { name, email, phone } = submission.reporter;
      await tx.query(
        `INSERT INTO case_reporters (case_id, name_enc, email_enc, phone_enc, name_index, email_index, created_at, news_opt_in)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [
          caseId,
          key.seal('case_reporters', 'name', caseId, name),
          key.sealOptional('case_reporters', 'email', caseId, email),
          key.sealOptional('case_reporters', 'phone', caseId, phone),
          this.cipher.nameIndex(name),
          this.cipher.emailIndex(email),
          now,
          Boolean(submission.reporter.notifyByEmail && email),
        ],
      );
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
    const fileIds = await insertFiles(
      tx,
      key,
      caseId,
      actor.type === 'staff' ? 'staff' : 'reporter',
      null,
      files,
      now,
    );

    await recordOutboxEvent(tx, OutboxEvent.CaseCreated, caseId);
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
    tx: EntityManager,
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
      const inserted = await tx.query<unknown[]>(
        `INSERT INTO cases (id, reference, channel, concern_type, status, anonymous, routed_to, handled_by, related_case_id,
           recorded_by, receipt_hash, master_key_id, data_key_id, data_key_wrapped, title_enc, description_enc,
           occurred_at_enc, location_enc, title_terms, received_at, acknowledge_by, next_due_at, updated_at)
         VALUES ($1, $2, $3, $4, 'received', $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $20, $19)
         ON CONFLICT (reference) DO NOTHING
         RETURNING id`,
        [
          caseId,
          reference,
          s.channel,
          s.concernType,
          s.anonymous,
          decision.routedTo,
          decision.handledBy,
          s.relatedCase?.id ?? null,
          actor.type === 'staff' ? actor.id : null,
          receiptHash,
          key.stored.masterKeyId,
          key.stored.dataKeyId,
          key.stored.wrapped,
          key.seal('cases', 'title', caseId, s.title),
          key.seal('cases', 'description', caseId, s.description),
          seal('occurred_at', s.occurredAt),
          seal('location', s.location),
          this.cipher.titleTerms(s.title),
          now,
          due,
        ],
      );
      if (inserted.length === 1) return reference;
    }
    throw new Error('could not draw a free case reference');
  }

  private async insertParty(
    tx: EntityManager,
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
