import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  CaseDeterminationsRepository,
  CaseFilesRepository,
  CaseMessagesRepository,
  CaseNotesRepository,
  CasesRepository,
  type DeterminationSubject,
  TransactionalConnection,
  type UnitOfWork,
} from '@candor/persistence';
import {
  approvalState,
  type CaseAction,
  requiredApprovers,
  StaffRole,
  Viewer,
} from '../access/access-policy.js';
import { AccessibleCase, CaseAccess } from '../access/case-access.service.js';
import { AuditTrail } from '../audit/audit-trail.service.js';
import { calendarDateMessage, parseCalendarDate } from '../common/calendar-date.js';
import { DomainError } from '../common/domain-error.js';
import { sealedMessage, writeFiles } from '../intake/case-records.js';
import type { IncomingFile } from '../intake/intake.types.js';
import { prepareFiles } from '../intake/prepare-files.js';
import { OutboxEvent, recordOutboxEvent } from '../notifications/outbox.js';
import { ACTION_MEASURES as MEASURES, ActionKind, Finding } from './case-outcome.js';
import type { CaseStatus } from './case-status.js';
import { checkOutcomeStatus, feedbackGiven } from './workflow.js';
import { isUuid } from '../common/uuid.js';

export interface ActionRequest {
  kind: ActionKind;
  measure: string;
  /** Disciplinary and interim: the person the measure applies to. */
  subject?: string;
  /** Corrective: who owns the fix. */
  owner?: string;
  description?: string;
  dueDate?: string;
}

type Subject = DeterminationSubject;

/**
 * The case action that lets one add evidence files: those who conduct the investigation and write
 * its notes add what they gathered. Pages ask `canAct` (the console's `may`) for this action.
 */
export const ADD_EVIDENCE_ACTION = 'add_note' satisfies CaseAction;

/** What each kind of action must say (product.md §4): who it concerns, or who owns it and by when. */
function checkAction(action: ActionRequest): void {
  if (!MEASURES[action.kind].includes(action.measure)) {
    throw new DomainError(
      'invalid',
      `measure for a ${action.kind} action must be one of: ${MEASURES[action.kind].join(', ')}`,
    );
  }
  if (action.kind !== 'corrective' && !action.subject?.trim()) {
    throw new DomainError('invalid', `a ${action.kind} action needs a subject`);
  }
  if (action.kind === 'corrective' && (!action.owner?.trim() || !action.dueDate)) {
    throw new DomainError('invalid', 'a corrective action needs an owner and a dueDate');
  }
  if (action.dueDate !== undefined && !parseCalendarDate(action.dueDate)) {
    throw new DomainError('invalid', calendarDateMessage('dueDate'));
  }
}

/**
 * What handlers record on a case: append-only notes (a correction is a new note pointing at the
 * old one), messages to the reporter, evidence, the outcome and the actions taken. A finding and a
 * disciplinary action on a General Counsel case take effect only once both the General Counsel
 * and the CFO have approved (the Code's joint determination); elsewhere the handling body's
 * approval suffices, and recording counts as the recorder's approval.
 */
@Injectable()
export class CaseRecordKeepingService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly cases: CasesRepository,
    private readonly notes: CaseNotesRepository,
    private readonly messages: CaseMessagesRepository,
    private readonly files: CaseFilesRepository,
    private readonly determinations: CaseDeterminationsRepository,
    private readonly access: CaseAccess,
    private readonly audit: AuditTrail,
  ) {}

  async addNote(
    viewer: Viewer,
    reference: string,
    note: { body: string; kind?: 'note' | 'interview'; correctsNoteId?: string },
  ): Promise<string> {
    return this.connection.transaction(async (tx) => {
      const c = await this.access.require(tx, viewer, reference, 'add_note');
      if (
        note.correctsNoteId &&
        !(await this.notes.existsInCase(tx, note.correctsNoteId, c.record.id))
      )
        throw new DomainError('invalid', 'correctsNoteId is not a note of this case');
      const id = randomUUID();
      await this.notes.insert(tx, {
        id,
        caseId: c.record.id,
        authorId: viewer.id,
        kind: note.kind ?? 'note',
        correctsNoteId: note.correctsNoteId ?? null,
        bodyEnc: c.key().seal('case_notes', 'body', id, note.body),
      });
      await this.audit.append(
        tx,
        { type: 'staff', id: viewer.id },
        {
          action: 'note.added',
          caseReference: reference,
          detail: { noteId: id, kind: note.kind ?? 'note', corrects: note.correctsNoteId ?? null },
        },
      );
      return id;
    });
  }

  /** A message to the reporter; the first one after the acknowledgement is the feedback. */
  async messageReporter(viewer: Viewer, reference: string, body: string): Promise<void> {
    await this.connection.transaction(async (tx) => {
      const c = await this.access.require(tx, viewer, reference, 'message_reporter', {
        lock: true,
      });
      const now = new Date();
      await this.messages.insert(
        tx,
        sealedMessage(c.key(), c.record.id, { sender: 'handler', staffId: viewer.id, body }, now),
      );
      const feedback = feedbackGiven(c.record, now);
      if (feedback)
        await this.cases.recordFeedbackGiven(
          tx,
          c.record.id,
          feedback.feedbackGivenAt,
          feedback.nextDueAt,
        );
      await recordOutboxEvent(tx, OutboxEvent.ReporterNews, c.record.id);
      await this.audit.append(
        tx,
        { type: 'staff', id: viewer.id },
        { action: 'message.sent', caseReference: reference, detail: { from: 'handler' } },
      );
    });
  }

  /** Checked before any upload is read, so nobody unauthorised can make the server process files. */
  async assertMayAddEvidence(viewer: Viewer, reference: string): Promise<void> {
    await this.connection.transaction((tx) =>
      this.access.require(tx, viewer, reference, ADD_EVIDENCE_ACTION),
    );
  }

  async addEvidence(
    viewer: Viewer,
    reference: string,
    incoming: readonly IncomingFile[],
  ): Promise<string[]> {
    const files = await prepareFiles(incoming);
    if (files.length === 0) throw new DomainError('invalid', 'no files were sent');
    return this.connection.transaction(async (tx) => {
      const c = await this.access.require(tx, viewer, reference, ADD_EVIDENCE_ACTION);
      const ids = await writeFiles(
        this.files,
        tx,
        c.key(),
        c.record.id,
        'staff',
        viewer.id,
        files,
        new Date(),
      );
      await this.audit.append(
        tx,
        { type: 'staff', id: viewer.id },
        { action: 'file.added', caseReference: reference, detail: { by: 'staff', fileIds: ids } },
      );
      return ids;
    });
  }

  /** A file's content, for download; the read is audited. */
  async downloadFile(
    viewer: Viewer,
    reference: string,
    fileId: string,
  ): Promise<{ name: string; mediaType: string; content: Buffer }> {
    return this.connection.transaction(async (tx) => {
      const c = await this.access.require(tx, viewer, reference, 'view');
      if (!isUuid(fileId)) throw new DomainError('not_found', 'file not found');
      const file = await this.files.findContent(tx, fileId, c.record.id);
      if (!file) throw new DomainError('not_found', 'file not found');
      const key = c.key();
      await this.audit.append(
        tx,
        { type: 'staff', id: viewer.id },
        { action: 'file.downloaded', caseReference: reference, detail: { fileId } },
      );
      return {
        name: key.openText('case_files', 'name', fileId, file.name_enc),
        mediaType: file.media_type,
        content: key.open('case_files', 'content', fileId, file.content_enc),
      };
    });
  }

  async recordOutcome(
    viewer: Viewer,
    reference: string,
    outcome: { finding: Finding; summary: string },
  ): Promise<{ id: string; effective: boolean }> {
    return this.connection.transaction(async (tx) => {
      const c = await this.access.require(tx, viewer, reference, 'record_outcome', { lock: true });
      const gate = checkOutcomeStatus(c.record.status as CaseStatus);
      if (!gate.ok) throw new DomainError('conflict', gate.message);
      const id = randomUUID();
      await this.determinations.insertOutcome(tx, {
        id,
        caseId: c.record.id,
        finding: outcome.finding,
        summaryEnc: c.key().seal('case_outcomes', 'summary', id, outcome.summary),
        recordedBy: viewer.id,
      });
      await this.audit.append(
        tx,
        { type: 'staff', id: viewer.id },
        {
          action: 'outcome.recorded',
          caseReference: reference,
          detail: { outcomeId: id, finding: outcome.finding },
        },
      );
      const effective = await this.approveIn(tx, c, viewer, 'outcome', id);
      return { id, effective };
    });
  }

  async recordAction(
    viewer: Viewer,
    reference: string,
    action: ActionRequest,
  ): Promise<{ id: string; effective: boolean }> {
    checkAction(action);
    return this.connection.transaction(async (tx) => {
      const c = await this.access.require(tx, viewer, reference, 'record_action', { lock: true });
      const id = randomUUID();
      const details = {
        subject: action.subject,
        owner: action.owner,
        description: action.description,
      };
      await this.determinations.insertAction(tx, {
        id,
        caseId: c.record.id,
        kind: action.kind,
        measure: action.measure,
        detailsEnc: c.key().seal('case_actions', 'details', id, JSON.stringify(details)),
        dueDate: action.dueDate ?? null,
        recordedBy: viewer.id,
      });
      await this.audit.append(
        tx,
        { type: 'staff', id: viewer.id },
        {
          action: 'action.recorded',
          caseReference: reference,
          detail: { actionId: id, kind: action.kind, measure: action.measure },
        },
      );
      // Corrective and interim measures cannot wait for a second signature; discipline can.
      const effective =
        action.kind === 'disciplinary'
          ? await this.approveIn(tx, c, viewer, 'action', id)
          : await this.markEffective(tx, c, viewer, 'action', id);
      return { id, effective };
    });
  }

  async approve(
    viewer: Viewer,
    reference: string,
    subject: Subject,
    subjectId: string,
  ): Promise<{ effective: boolean }> {
    return this.connection.transaction(async (tx) => {
      const c = await this.access.require(
        tx,
        viewer,
        reference,
        subject === 'outcome' ? 'approve_outcome' : 'approve_action',
        { lock: true },
      );
      const row = await this.determinations.findEffectiveAt(tx, subject, subjectId, c.record.id);
      if (!row) throw new DomainError('not_found', `${subject} not found`);
      if (row.effective_at)
        throw new DomainError('conflict', `this ${subject} has already taken effect`);
      return { effective: await this.approveIn(tx, c, viewer, subject, subjectId) };
    });
  }

  private async approveIn(
    tx: UnitOfWork,
    c: AccessibleCase,
    viewer: Viewer,
    subject: Subject,
    subjectId: string,
  ): Promise<boolean> {
    const required: StaffRole[] =
      c.record.routed_to === 'board'
        ? requiredApprovers('board', c.record.handled_by)
        : requiredApprovers(c.record.routed_to);
    const existing = (await this.determinations.listApprovals(tx, subject, subjectId)) as Array<{
      staff_id: string;
      role: StaffRole;
    }>;
    // After a re-route, approvals by a body that no longer decides the case no longer count.
    const stillRequired = existing.filter((a) => required.includes(a.role));
    const state = approvalState(required, [
      ...stillRequired.map((a) => ({ staffId: a.staff_id, role: a.role })),
      { staffId: viewer.id, role: viewer.role },
    ]);
    if (!state.ok) {
      throw state.code === 'same_approver'
        ? new DomainError(
            'conflict',
            'you have already approved this; the other required approver must approve it',
          )
        : new DomainError('conflict', `approval by ${viewer.role} is not required here`);
    }
    await this.determinations.insertApproval(tx, subject, subjectId, viewer.id, viewer.role);
    await this.audit.append(
      tx,
      { type: 'staff', id: viewer.id },
      {
        action: `${subject}.approved`,
        caseReference: c.record.reference,
        detail: { subjectId, role: viewer.role, missingRoles: state.missingRoles },
      },
    );
    return state.complete ? this.markEffective(tx, c, viewer, subject, subjectId) : false;
  }

  private async markEffective(
    tx: UnitOfWork,
    c: AccessibleCase,
    viewer: Viewer,
    subject: Subject,
    subjectId: string,
  ): Promise<true> {
    await this.determinations.markEffective(tx, subject, subjectId);
    if (subject === 'outcome') await this.cases.setFindingFromOutcome(tx, c.record.id, subjectId);
    await this.audit.append(
      tx,
      { type: 'staff', id: viewer.id },
      { action: `${subject}.effective`, caseReference: c.record.reference, detail: { subjectId } },
    );
    return true;
  }
}
