import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Clock } from '@candor/platform';
import {
  CaseDeterminationsRepository,
  CasesRepository,
  type DeterminationSubject,
  TransactionalConnection,
  type UnitOfWork,
} from '@candor/persistence';
import { approvalState, requiredApprovers, StaffRole, Viewer } from '../access/access-policy.js';
import { AccessibleCase, CaseAccessService } from '../access/case-access.service.js';
import { AuditTrailService } from '../audit/audit-trail.service.js';
import { calendarDateMessage, parseCalendarDate } from '../common/calendar-date.js';
import { DomainError } from '../common/domain-error.js';
import { ACTION_MEASURES as MEASURES, ActionKind, Finding } from './case-outcome.js';
import type { CaseStatus } from './case-status.js';
import { checkOutcomeStatus } from './workflow.js';

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
 * What is decided on a case: the outcome (its finding) and the actions taken. A finding and a
 * disciplinary action on a General Counsel case take effect only once both the General Counsel
 * and the CFO have approved (the Code's joint determination); elsewhere the handling body's
 * approval suffices, and recording counts as the recorder's approval.
 */
@Injectable()
export class CaseDeterminationsService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly cases: CasesRepository,
    private readonly determinations: CaseDeterminationsRepository,
    private readonly access: CaseAccessService,
    private readonly audit: AuditTrailService,
    private readonly clock: Clock,
  ) {}

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
        recordedAt: this.clock.now(),
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
        recordedAt: this.clock.now(),
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
    await this.determinations.insertApproval(
      tx,
      subject,
      subjectId,
      viewer.id,
      viewer.role,
      this.clock.now(),
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
    tx: UnitOfWork,
    c: AccessibleCase,
    viewer: Viewer,
    subject: Subject,
    subjectId: string,
  ): Promise<true> {
    await this.determinations.markEffective(tx, subject, subjectId, this.clock.now());
    if (subject === 'outcome') await this.cases.setFindingFromOutcome(tx, c.record.id, subjectId);
    await this.audit.append(
      tx,
      { type: 'staff', id: viewer.id },
      { action: `${subject}.effective`, caseReference: c.record.reference, detail: { subjectId } },
    );
    return true;
  }
}
