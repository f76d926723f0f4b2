import { Injectable } from '@nestjs/common';
import { Clock } from '@candor/platform';
import {
  CaseDeterminationsRepository,
  CaseFilesRepository,
  CaseMessagesRepository,
  CaseNotesRepository,
  CasePartiesRepository,
  CasesRepository,
  TransactionalConnection,
  type UnitOfWork,
} from '@candor/persistence';
import type { CaseKey } from '@candor/platform';
import { canSee, Viewer } from '../access/access-policy.js';
import { CaseAccessService, CaseRecord } from '../access/case-access.service.js';
import { AuditTrailService } from '../audit/audit-trail.service.js';
import { caseDeadlines } from './deadlines.js';
import type { CaseStatus } from './case-status.js';

/**
 * Everything a handler sees of a case — never the reporter's identity (that needs a justified,
 * audited reveal). Every read writes an audit entry in the same transaction.
 */
@Injectable()
export class CaseDetailService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly cases: CasesRepository,
    private readonly caseParties: CasePartiesRepository,
    private readonly caseNotes: CaseNotesRepository,
    private readonly caseMessages: CaseMessagesRepository,
    private readonly caseFiles: CaseFilesRepository,
    private readonly determinations: CaseDeterminationsRepository,
    private readonly access: CaseAccessService,
    private readonly audit: AuditTrailService,
    private readonly clock: Clock,
  ) {}

  async detail(viewer: Viewer, reference: string) {
    return this.connection.transaction(async (tx) => {
      const { record, facts, key } = await this.access.require(tx, viewer, reference, 'view');
      if (record.purged_at) return this.tombstone(tx, viewer, record);
      const k = key();
      const text = await this.cases.findText(tx, record.id);
      const view = {
        reference: record.reference,
        status: record.status,
        channel: record.channel,
        concernType: record.concern_type,
        anonymous: record.anonymous,
        reporterIdentity: record.anonymous ? 'none' : 'hidden',
        routedTo: record.routed_to,
        handledBy: record.handled_by,
        relatedCase: await this.visibleRelatedCase(tx, viewer, record.related_case_id),
        title: k.openText('cases', 'title', record.id, text.title_enc),
        description: k.openText('cases', 'description', record.id, text.description_enc),
        occurredAt: k.openOptionalText('cases', 'occurred_at', record.id, text.occurred_at_enc),
        location: k.openOptionalText('cases', 'location', record.id, text.location_enc),
        receivedAt: record.received_at,
        acknowledgedAt: record.acknowledged_at,
        resolvedAt: record.resolved_at,
        closedAt: record.closed_at,
        dismissalReason: record.dismissal_reason,
        finding: record.finding,
        deadlines: this.deadlines(record),
        routing: await this.routing(tx, record.id),
        parties: await this.parties(tx, k, record.id),
        assignments: await this.assignments(tx, record.id),
        notes: await this.notes(tx, k, record.id),
        messages: await this.messages(tx, k, record.id),
        files: await this.files(tx, k, record.id),
        outcomes: await this.outcomes(tx, k, record.id),
        actions: await this.actions(tx, k, record.id),
        recused: facts.recusedStaffIds.length > 0,
      };
      await this.audit.append(
        tx,
        { type: 'staff', id: viewer.id },
        { action: 'case.viewed', caseReference: record.reference },
      );
      return view;
    });
  }

  /** A purged case: what retention keeps (reference, dates, route, concern type, finding). */
  private async tombstone(tx: UnitOfWork, viewer: Viewer, record: CaseRecord) {
    await this.audit.append(
      tx,
      { type: 'staff', id: viewer.id },
      { action: 'case.viewed', caseReference: record.reference, detail: { tombstone: true } },
    );
    return {
      reference: record.reference,
      status: record.status,
      purged: true,
      purgedAt: record.purged_at,
      channel: record.channel,
      concernType: record.concern_type,
      routedTo: record.routed_to,
      handledBy: record.handled_by,
      receivedAt: record.received_at,
      acknowledgedAt: record.acknowledged_at,
      closedAt: record.closed_at,
      dismissalReason: record.dismissal_reason,
      finding: record.finding,
      routing: await this.routing(tx, record.id),
    };
  }

  /** The linked case's reference, only for a viewer who may see that case too. */
  private async visibleRelatedCase(
    tx: UnitOfWork,
    viewer: Viewer,
    relatedId: string | null,
  ): Promise<string | null> {
    if (!relatedId) return null;
    const related = (await this.cases.findRouteById(tx, relatedId)) as
      Pick<CaseRecord, 'id' | 'reference' | 'routed_to' | 'handled_by'> | undefined;
    return related && canSee(viewer, await this.access.factsOf(tx, related))
      ? related.reference
      : null;
  }

  private deadlines(record: CaseRecord) {
    const d = caseDeadlines(
      {
        receivedAt: record.received_at,
        acknowledgedAt: record.acknowledged_at,
        feedbackGivenAt: record.feedback_given_at,
        status: record.status as CaseStatus,
      },
      this.clock.now(),
    );
    return {
      acknowledgeBy: d.acknowledgeBy,
      feedbackDueAt: d.feedbackDueAt ?? null,
      feedbackGivenAt: record.feedback_given_at,
      nextDueAt: d.nextDueAt ?? null,
      overdue: d.overdue,
      overdueItems: d.overdueItems,
    };
  }

  private routing(tx: UnitOfWork, caseId: string) {
    return this.cases.listRoutings(tx, caseId).then((rows) =>
      rows.map((r) => ({
        trigger: r.trigger,
        routedTo: r.routed_to,
        handledBy: r.handled_by,
        ruleId: r.rule_id,
        explanation: r.explanation,
        policyVersion: r.policy_version,
        decidedAt: r.decided_at,
      })),
    );
  }

  private async parties(tx: UnitOfWork, k: CaseKey, caseId: string) {
    const rows = await this.caseParties.listByCase(tx, caseId);
    return rows.map((p) => ({
      id: p.id,
      kind: p.kind,
      role: p.role,
      name: k.openOptionalText('case_parties', 'name', p.id, p.name_enc),
      contact: k.openOptionalText('case_parties', 'contact', p.id, p.contact_enc),
      staffId: p.staff_id,
      staffMatch: p.staff_match,
    }));
  }

  private async assignments(tx: UnitOfWork, caseId: string) {
    const rows = await this.cases.listAssignments(tx, caseId);
    return rows.map((a) => ({ staffId: a.staff_id, name: a.name, assignedAt: a.assigned_at }));
  }

  private async notes(tx: UnitOfWork, k: CaseKey, caseId: string) {
    const rows = await this.caseNotes.listByCase(tx, caseId);
    return rows.map((n) => ({
      id: n.id,
      authorId: n.author_id,
      author: n.author,
      kind: n.kind,
      correctsNoteId: n.corrects_note_id,
      body: k.openText('case_notes', 'body', n.id, n.body_enc),
      at: n.created_at,
    }));
  }

  private async messages(tx: UnitOfWork, k: CaseKey, caseId: string) {
    const rows = await this.caseMessages.listByCase(tx, caseId);
    return rows.map((m) => ({
      from: m.sender,
      kind: m.kind,
      staffId: m.staff_id,
      body: k.openText('case_messages', 'body', m.id, m.body_enc),
      at: m.created_at,
    }));
  }

  private async files(tx: UnitOfWork, k: CaseKey, caseId: string) {
    const rows = await this.caseFiles.listByCase(tx, caseId);
    return rows.map((f) => ({
      id: f.id,
      source: f.source,
      name: k.openText('case_files', 'name', f.id, f.name_enc),
      mediaType: f.media_type,
      size: f.size_bytes,
      metadataRemoved: f.metadata_removed,
      at: f.created_at,
    }));
  }

  private async outcomes(tx: UnitOfWork, k: CaseKey, caseId: string) {
    const rows = await this.determinations.listOutcomes(tx, caseId);
    return rows.map((o) => ({
      id: o.id,
      finding: o.finding,
      summary: k.openText('case_outcomes', 'summary', o.id, o.summary_enc),
      recordedBy: o.recorded_by,
      recordedAt: o.recorded_at,
      effective: o.effective_at !== null,
      effectiveAt: o.effective_at,
      approvals: o.approvals,
    }));
  }

  private async actions(tx: UnitOfWork, k: CaseKey, caseId: string) {
    const rows = await this.determinations.listActions(tx, caseId);
    return rows.map((x) => ({
      id: x.id,
      kind: x.kind,
      measure: x.measure,
      ...(JSON.parse(k.openText('case_actions', 'details', x.id, x.details_enc)) as Record<
        string,
        string
      >),
      dueDate: x.due_date,
      recordedAt: x.recorded_at,
      effective: x.effective_at !== null,
      effectiveAt: x.effective_at,
      approvals: x.approvals,
    }));
  }
}
