import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
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
import { insertFiles, insertMessage } from '../intake/case-records.js';
import type { IncomingFile } from '../intake/intake.types.js';
import { prepareFiles } from '../intake/prepare-files.js';
import { OutboxEvent, recordOutboxEvent } from '../notifications/outbox.js';
import { ACTION_MEASURES as MEASURES, ActionKind, Finding } from './case-outcome.js';
import type { CaseStatus } from './case-status.js';
import { nextDueAt } from './case-workflow.service.js';
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

type Subject = 'outcome' | 'action';

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
    private readonly dataSource: DataSource,
    private readonly access: CaseAccess,
    private readonly audit: AuditTrail,
  ) {}

  async addNote(
    viewer: Viewer,
    reference: string,
    note: { body: string; kind?: 'note' | 'interview'; correctsNoteId?: string },
  ): Promise<string> {
    return this.dataSource.transaction(async (tx) => {
      const c = await this.access.require(tx, viewer, reference, 'add_note');
      if (note.correctsNoteId) {
        const found = await tx.query<unknown[]>(
          `SELECT 1 FROM case_notes WHERE id = $1 AND case_id = $2`,
          [note.correctsNoteId, c.record.id],
        );
        if (found.length === 0)
          throw new DomainError('invalid', 'correctsNoteId is not a note of this case');
      }
      const id = randomUUID();
      await tx.query(
        `INSERT INTO case_notes (id, case_id, author_id, kind, corrects_note_id, body_enc, created_at) VALUES ($1, $2, $3, $4, $5, $6, now())`,
        [
          id,
          c.record.id,
          viewer.id,
          note.kind ?? 'note',
          note.correctsNoteId ?? null,
          c.key().seal('case_notes', 'body', id, note.body),
        ],
      );
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
    await this.dataSource.transaction(async (tx) => {
      const c = await this.access.require(tx, viewer, reference, 'message_reporter', {
        lock: true,
      });
      const now = new Date();
      await insertMessage(
        tx,
        c.key(),
        c.record.id,
        { sender: 'handler', staffId: viewer.id, body },
        now,
      );
      if (c.record.acknowledged_at && !c.record.feedback_given_at) {
        const next = { ...c.record, feedback_given_at: now };
        await tx.query(
          `UPDATE cases SET feedback_given_at = $2, next_due_at = $3, updated_at = now() WHERE id = $1`,
          [c.record.id, now, nextDueAt(next)],
        );
      }
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
    await this.dataSource.transaction((tx) =>
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
    return this.dataSource.transaction(async (tx) => {
      const c = await this.access.require(tx, viewer, reference, ADD_EVIDENCE_ACTION);
      const ids = await insertFiles(
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
    return this.dataSource.transaction(async (tx) => {
      const c = await this.access.require(tx, viewer, reference, 'view');
      if (!isUuid(fileId)) throw new DomainError('not_found', 'file not found');
      const [file] = await tx.query<
        Array<{ name_enc: Buffer; media_type: string; content_enc: Buffer }>
      >(`SELECT name_enc, media_type, content_enc FROM case_files WHERE id = $1 AND case_id = $2`, [
        fileId,
        c.record.id,
      ]);
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
    return this.dataSource.transaction(async (tx) => {
      const c = await this.access.require(tx, viewer, reference, 'record_outcome', { lock: true });
      const status = c.record.status as CaseStatus;
      if (!['investigating', 'resolved', 'reopened'].includes(status)) {
        throw new DomainError(
          'conflict',
          `an outcome is recorded during or after the investigation, not while the case is ${status}`,
        );
      }
      const id = randomUUID();
      await tx.query(
        `INSERT INTO case_outcomes (id, case_id, finding, summary_enc, recorded_by, recorded_at) VALUES ($1, $2, $3, $4, $5, now())`,
        [
          id,
          c.record.id,
          outcome.finding,
          c.key().seal('case_outcomes', 'summary', id, outcome.summary),
          viewer.id,
        ],
      );
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
    return this.dataSource.transaction(async (tx) => {
      const c = await this.access.require(tx, viewer, reference, 'record_action', { lock: true });
      const id = randomUUID();
      const details = {
        subject: action.subject,
        owner: action.owner,
        description: action.description,
      };
      await tx.query(
        `INSERT INTO case_actions (id, case_id, kind, measure, details_enc, due_date, recorded_by, recorded_at) VALUES ($1, $2, $3, $4, $5, $6, $7, now())`,
        [
          id,
          c.record.id,
          action.kind,
          action.measure,
          c.key().seal('case_actions', 'details', id, JSON.stringify(details)),
          action.dueDate ?? null,
          viewer.id,
        ],
      );
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
    return this.dataSource.transaction(async (tx) => {
      const c = await this.access.require(
        tx,
        viewer,
        reference,
        subject === 'outcome' ? 'approve_outcome' : 'approve_action',
        { lock: true },
      );
      const table = subject === 'outcome' ? 'case_outcomes' : 'case_actions';
      const [row] = await tx.query<Array<{ effective_at: Date | null }>>(
        `SELECT effective_at FROM ${table} WHERE id = $1 AND case_id = $2`,
        [subjectId, c.record.id],
      );
      if (!row) throw new DomainError('not_found', `${subject} not found`);
      if (row.effective_at)
        throw new DomainError('conflict', `this ${subject} has already taken effect`);
      return { effective: await this.approveIn(tx, c, viewer, subject, subjectId) };
    });
  }

  private async approveIn(
    tx: EntityManager,
    c: AccessibleCase,
    viewer: Viewer,
    subject: Subject,
    subjectId: string,
  ): Promise<boolean> {
    const required: StaffRole[] =
      c.record.routed_to === 'board'
        ? requiredApprovers('board', c.record.handled_by)
        : requiredApprovers(c.record.routed_to);
    const existing = await tx.query<Array<{ staff_id: string; role: StaffRole }>>(
      `SELECT staff_id, role FROM approvals WHERE subject_type = $1 AND subject_id = $2`,
      [subject, subjectId],
    );
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
    await tx.query(
      `INSERT INTO approvals (subject_type, subject_id, staff_id, role, approved_at) VALUES ($1, $2, $3, $4, now())`,
      [subject, subjectId, viewer.id, viewer.role],
    );
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
    tx: EntityManager,
    c: AccessibleCase,
    viewer: Viewer,
    subject: Subject,
    subjectId: string,
  ): Promise<true> {
    const table = subject === 'outcome' ? 'case_outcomes' : 'case_actions';
    await tx.query(`UPDATE ${table} SET effective_at = now() WHERE id = $1`, [subjectId]);
    if (subject === 'outcome') {
      await tx.query(
        `UPDATE cases SET finding = (SELECT finding FROM case_outcomes WHERE id = $2), updated_at = now() WHERE id = $1`,
        [c.record.id, subjectId],
      );
    }
    await this.audit.append(
      tx,
      { type: 'staff', id: viewer.id },
      { action: `${subject}.effective`, caseReference: c.record.reference, detail: { subjectId } },
    );
    return true;
  }
}
