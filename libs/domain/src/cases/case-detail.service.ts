import { Injectable } from '@nestjs/common';
import type { CaseKey } from '@candor/platform';
import { DataSource, EntityManager } from 'typeorm';
import { canSee, Viewer } from '../access/access-policy.js';
import { CaseAccess, CaseRecord } from '../access/case-access.service.js';
import { AuditTrail } from '../audit/audit-trail.service.js';
import { caseDeadlines } from './deadlines.js';
import type { CaseStatus } from './case-status.js';

/**
 * Everything a handler sees of a case — never the reporter's identity (that needs a justified,
 * audited reveal). Every read writes an audit entry in the same transaction.
 */
@Injectable()
export class CaseDetailService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CaseAccess,
    private readonly audit: AuditTrail,
  ) {}

  async detail(viewer: Viewer, reference: string) {
    return this.dataSource.transaction(async (tx) => {
      const { record, facts, key } = await this.access.require(tx, viewer, reference, 'view');
      if (record.purged_at) return this.tombstone(tx, viewer, record);
      const k = key();
      const [text] = await tx.query<
        Array<{
          title_enc: Buffer;
          description_enc: Buffer;
          occurred_at_enc: Buffer | null;
          location_enc: Buffer | null;
          related: string | null;
        }>
      >(
        `SELECT c.title_enc, c.description_enc, c.occurred_at_enc, c.location_enc, r.reference AS related
           FROM cases c LEFT JOIN cases r ON r.id = c.related_case_id WHERE c.id = $1`,
        [record.id],
      );
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
  private async tombstone(tx: EntityManager, viewer: Viewer, record: CaseRecord) {
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
    tx: EntityManager,
    viewer: Viewer,
    relatedId: string | null,
  ): Promise<string | null> {
    if (!relatedId) return null;
    const [related] = await tx.query<
      Array<Pick<CaseRecord, 'id' | 'reference' | 'routed_to' | 'handled_by'>>
    >(`SELECT id, reference, routed_to, handled_by FROM cases WHERE id = $1`, [relatedId]);
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
      new Date(),
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

  private routing(tx: EntityManager, caseId: string) {
    return tx
      .query<
        Array<{
          trigger: string;
          routed_to: string;
          handled_by: string;
          rule_id: string;
          explanation: string;
          policy_version: string;
          decided_at: Date;
        }>
      >(
        `SELECT trigger, routed_to, handled_by, rule_id, explanation, policy_version, decided_at
           FROM case_routings WHERE case_id = $1 ORDER BY decided_at, id`,
        [caseId],
      )
      .then((rows) =>
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

  private async parties(tx: EntityManager, k: CaseKey, caseId: string) {
    const rows = await tx.query<
      Array<{
        id: string;
        kind: string;
        role: string | null;
        name_enc: Buffer | null;
        contact_enc: Buffer | null;
        staff_id: string | null;
        staff_match: string | null;
      }>
    >(
      `SELECT id, kind, role, name_enc, contact_enc, staff_id, staff_match FROM case_parties WHERE case_id = $1 ORDER BY created_at, id`,
      [caseId],
    );
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

  private async assignments(tx: EntityManager, caseId: string) {
    const rows = await tx.query<Array<{ staff_id: string; name: string; assigned_at: Date }>>(
      `SELECT a.staff_id, s.name, a.assigned_at FROM case_assignments a JOIN staff s ON s.id = a.staff_id WHERE a.case_id = $1 ORDER BY a.assigned_at`,
      [caseId],
    );
    return rows.map((a) => ({ staffId: a.staff_id, name: a.name, assignedAt: a.assigned_at }));
  }

  private async notes(tx: EntityManager, k: CaseKey, caseId: string) {
    const rows = await tx.query<
      Array<{
        id: string;
        author_id: string;
        author: string;
        kind: string;
        corrects_note_id: string | null;
        body_enc: Buffer;
        created_at: Date;
      }>
    >(
      `SELECT n.id, n.author_id, s.name AS author, n.kind, n.corrects_note_id, n.body_enc, n.created_at
         FROM case_notes n JOIN staff s ON s.id = n.author_id WHERE n.case_id = $1 ORDER BY n.created_at, n.id`,
      [caseId],
    );
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

  private async messages(tx: EntityManager, k: CaseKey, caseId: string) {
    const rows = await tx.query<
      Array<{
        id: string;
        sender: string;
        kind: string;
        staff_id: string | null;
        body_enc: Buffer;
        created_at: Date;
      }>
    >(
      `SELECT id, sender, kind, staff_id, body_enc, created_at FROM case_messages WHERE case_id = $1 ORDER BY created_at, id`,
      [caseId],
    );
    return rows.map((m) => ({
      from: m.sender,
      kind: m.kind,
      staffId: m.staff_id,
      body: k.openText('case_messages', 'body', m.id, m.body_enc),
      at: m.created_at,
    }));
  }

  private async files(tx: EntityManager, k: CaseKey, caseId: string) {
    const rows = await tx.query<
      Array<{
        id: string;
        source: string;
        name_enc: Buffer;
        media_type: string;
        size_bytes: number;
        metadata_removed: boolean;
        created_at: Date;
      }>
    >(
      `SELECT id, source, name_enc, media_type, size_bytes, metadata_removed, created_at FROM case_files WHERE case_id = $1 ORDER BY created_at, id`,
      [caseId],
    );
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

  private async outcomes(tx: EntityManager, k: CaseKey, caseId: string) {
    const rows = await tx.query<
      Array<{
        id: string;
        finding: string;
        summary_enc: Buffer;
        recorded_by: string;
        recorded_at: Date;
        effective_at: Date | null;
        approvals: Array<{ staffId: string; role: string }>;
      }>
    >(
      `SELECT o.id, o.finding, o.summary_enc, o.recorded_by, o.recorded_at, o.effective_at,
              coalesce((SELECT json_agg(json_build_object('staffId', a.staff_id, 'role', a.role) ORDER BY a.approved_at)
                          FROM approvals a WHERE a.subject_type = 'outcome' AND a.subject_id = o.id), '[]') AS approvals
         FROM case_outcomes o WHERE o.case_id = $1 ORDER BY o.recorded_at, o.id`,
      [caseId],
    );
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

  private async actions(tx: EntityManager, k: CaseKey, caseId: string) {
    const rows = await tx.query<
      Array<{
        id: string;
        kind: string;
        measure: string;
        details_enc: Buffer;
        due_date: string | null;
        recorded_at: Date;
        effective_at: Date | null;
        approvals: Array<{ staffId: string; role: string }>;
      }>
    >(
      `SELECT x.id, x.kind, x.measure, x.details_enc, x.due_date::text AS due_date, x.recorded_at, x.effective_at,
              coalesce((SELECT json_agg(json_build_object('staffId', a.staff_id, 'role', a.role) ORDER BY a.approved_at)
                          FROM approvals a WHERE a.subject_type = 'action' AND a.subject_id = x.id), '[]') AS approvals
         FROM case_actions x WHERE x.case_id = $1 ORDER BY x.recorded_at, x.id`,
      [caseId],
    );
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
