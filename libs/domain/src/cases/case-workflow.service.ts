import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import {
  CaseMessagesRepository,
  CaseNotesRepository,
  CasePartiesRepository,
  CasesRepository,
  StaffRepository,
  TransactionalConnection,
  type UnitOfWork,
} from '@candor/persistence';
import { appConfigOf, CaseCipherService, Clock } from '@candor/platform';
import type { Viewer } from '../access/access-policy.js';
import { AccessibleCase, CaseAccessService } from '../access/case-access.service.js';
import { AuditTrailService } from '../audit/audit-trail.service.js';
import { DomainError } from '../common/domain-error.js';
import { routingRecord, sealedMessage } from '../intake/case-records.js';
import { LegalHoldsService } from '../legal-hold/legal-holds.service.js';
import { OutboxEvent, OutboxService } from '../notifications/outbox.js';
import { UnannouncedEventsService } from '../notifications/unannounced-events.service.js';
import { route } from '../routing/route.js';
import { RoutingPolicyService } from '../routing/routing-policy.provider.js';
import type { PartyRole, Route } from '../routing/routing.types.js';
import type { CaseStatus } from './case-status.js';
import { checkTransition, DismissalReason, statusChange } from './workflow.js';

export interface TransitionRequest {
  to: CaseStatus;
  /** Why (required to reopen); kept as a note on the case, never in the audit log. */
  reason?: string;
  dismissalReason?: DismissalReason;
}

/**
 * Moving a case through its workflow, assigning investigators, and adding implicated people
 * (which routes the case again and recomputes recusals). Each operation is one transaction with
 * its audit entry.
 */
@Injectable()
export class CaseWorkflowService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly cases: CasesRepository,
    private readonly staff: StaffRepository,
    private readonly parties: CasePartiesRepository,
    private readonly messages: CaseMessagesRepository,
    private readonly notes: CaseNotesRepository,
    private readonly access: CaseAccessService,
    private readonly audit: AuditTrailService,
    private readonly cipher: CaseCipherService,
    private readonly policies: RoutingPolicyService,
    private readonly configService: ConfigService,
    private readonly holds: LegalHoldsService,
    private readonly unannounced: UnannouncedEventsService,
    private readonly clock: Clock,
    private readonly outbox: OutboxService,
  ) {}

  async transition(viewer: Viewer, reference: string, request: TransitionRequest): Promise<void> {
    await this.connection.transaction(async (tx) => {
      const c = await this.access.require(tx, viewer, reference, 'triage', { lock: true });
      const from = c.record.status as CaseStatus;
      const details = { reason: request.reason, dismissalReason: request.dismissalReason };
      const check = checkTransition(from, request.to, details);
      if (!check.ok) {
        throw check.code === 'illegal_transition'
          ? new DomainError('conflict', check.message, { allowed: check.allowed })
          : new DomainError('invalid', check.message);
      }
      const now = this.clock.now();
      const change = statusChange(c.record, request.to, details, now);
      if (change.message)
        await this.messages.insert(
          tx,
          sealedMessage(
            c.key(),
            c.record.id,
            {
              sender: 'handler',
              kind: change.message.kind,
              staffId: viewer.id,
              body: change.message.body,
            },
            now,
          ),
        );
      if (request.reason?.trim())
        await this.addSystemNote(
          tx,
          c,
          viewer,
          `Status ${from} → ${request.to}: ${request.reason.trim()}`,
          now,
        );
      await this.cases.updateStatus(tx, { caseId: c.record.id, ...change.fields });
      await this.outbox.record(tx, change.raises, c.record.id);
      await this.audit.append(
        tx,
        { type: 'staff', id: viewer.id },
        {
          action: 'case.status_changed',
          caseReference: reference,
          detail: {
            from,
            to: request.to,
            dismissalReason: request.dismissalReason ?? null,
            reasonGiven: Boolean(request.reason?.trim()),
          },
        },
      );
    });
  }

  async assign(viewer: Viewer, reference: string, staffId: string): Promise<void> {
    await this.connection.transaction(async (tx) => {
      const c = await this.access.require(tx, viewer, reference, 'assign', { lock: true });
      const target = await this.staff.findById(tx, staffId);
      if (!target || target.disabled_at)
        throw new DomainError('invalid', 'userId is not an active staff member');
      if (target.role !== 'investigator')
        throw new DomainError('invalid', 'only investigators can be assigned to a case');
      if (c.facts.recusedStaffIds.includes(staffId))
        throw new DomainError(
          'invalid',
          'this investigator is recused from the case (implicated in it)',
        );
      await this.cases.assign(tx, c.record.id, staffId, viewer.id, this.clock.now());
      await this.audit.append(
        tx,
        { type: 'staff', id: viewer.id },
        { action: 'case.assigned', caseReference: reference, detail: { staffId } },
      );
    });
  }

  /**
   * Adds an implicated person. If they are staff (named by id, or matched by name), they are
   * recused from now on. The case is routed again with everyone implicated; a change of route is
   * recorded, notified, and takes effect for access at once.
   */
  async addImplicated(
    viewer: Viewer,
    reference: string,
    person: { name: string; role: PartyRole; staffId?: string },
  ): Promise<{
    routedTo: Route;
    handledBy: Route;
    rerouted: boolean;
    ruleId: string;
    explanation: string;
  }> {
    return this.connection.transaction(async (tx) => {
      const c = await this.access.require(tx, viewer, reference, 'add_party', { lock: true });
      const now = this.clock.now();
      const id = randomUUID();
      if (person.staffId && !(await this.staff.findById(tx, person.staffId)))
        throw new DomainError('invalid', 'staffId is not a staff member');
      const { staffId } = await this.parties.insert(tx, {
        id,
        caseId: c.record.id,
        kind: 'implicated',
        role: person.role,
        nameEnc: c.key().seal('case_parties', 'name', id, person.name),
        contactEnc: null,
        employeeIdEnc: null,
        nameIndex: this.cipher.nameIndex(person.name),
        emailIndex: null,
        employeeIdIndex: null,
        addedBy: viewer.id,
        createdAt: now,
        staff: person.staffId
          ? { kind: 'named', staffId: person.staffId }
          : { kind: 'match_by_name' },
      });
      if (staffId) await this.cases.unassign(tx, c.record.id, staffId);
      const decision = await this.reroute(tx, c, viewer, now);
      await this.audit.append(
        tx,
        { type: 'staff', id: viewer.id },
        {
          action: 'party.added',
          caseReference: reference,
          detail: { kind: 'implicated', role: person.role, recusedStaffId: staffId },
        },
      );
      return decision;
    });
  }

  /**
   * A handler reviews an automatic name match between an implicated person and a staff member:
   * confirming keeps the recusal; clearing a wrong match lifts it. Either way it is audited.
   */
  async reviewStaffMatch(
    viewer: Viewer,
    reference: string,
    partyId: string,
    decision: 'confirm' | 'clear',
  ): Promise<void> {
    await this.connection.transaction(async (tx) => {
      const c = await this.access.require(tx, viewer, reference, 'add_party', { lock: true });
      const party = await this.parties.findImplicatedStaffMatch(tx, partyId, c.record.id);
      if (!party) throw new DomainError('not_found', 'party not found');
      if (party.staff_match !== 'automatic')
        throw new DomainError('conflict', 'only an automatic match is reviewed');
      await this.holds.assertNotHeld(tx, c.record.id, 'recusal.review', {
        type: 'staff',
        id: viewer.id,
      });
      if (decision === 'confirm') await this.parties.confirmStaffMatch(tx, partyId);
      else await this.parties.clearStaffMatch(tx, partyId);
      await this.audit.append(
        tx,
        { type: 'staff', id: viewer.id },
        {
          action: decision === 'confirm' ? 'recusal.confirmed' : 'recusal.cleared',
          caseReference: reference,
          detail: { partyId, staffId: party.staff_id },
        },
      );
      // A cleared match may make someone able to receive what nobody could until now.
      if (decision === 'clear') await this.unannounced.announce(tx);
    });
  }

  private async reroute(tx: UnitOfWork, c: AccessibleCase, viewer: Viewer, now: Date) {
    const roles = await this.cases.findRerouteInputs(tx, c.record.id, c.record.related_case_id);
    const decision = route(
      this.policies.current(),
      {
        concernType: c.record.concern_type as never,
        implicatedRoles: roles.roles as PartyRole[],
        relatedCaseRoute: (roles.related_route as Route | null) ?? undefined,
      },
      { boardCommittee: appConfigOf(this.configService).boardCommittee },
    );
    const rerouted =
      decision.routedTo !== c.record.routed_to || decision.handledBy !== c.record.handled_by;
    if (rerouted) {
      await this.cases.updateRoute(tx, c.record.id, decision.routedTo, decision.handledBy);
      await this.cases.insertRouting(
        tx,
        routingRecord(c.record.id, decision, 'reroute', viewer.id, now),
      );
      await this.outbox.record(tx, OutboxEvent.CaseRerouted, c.record.id);
      await this.audit.append(
        tx,
        { type: 'staff', id: viewer.id },
        {
          action: 'case.rerouted',
          caseReference: c.record.reference,
          detail: {
            from: c.record.routed_to,
            to: decision.routedTo,
            handledBy: decision.handledBy,
            ruleId: decision.ruleId,
            policyVersion: decision.policyVersion,
          },
        },
      );
    }
    return {
      routedTo: decision.routedTo,
      handledBy: decision.handledBy,
      rerouted,
      ruleId: decision.ruleId,
      explanation: decision.explanation,
    };
  }

  private async addSystemNote(
    tx: UnitOfWork,
    c: AccessibleCase,
    viewer: Viewer,
    body: string,
    now: Date,
  ): Promise<void> {
    const id = randomUUID();
    await this.notes.insertSystemNote(tx, {
      id,
      caseId: c.record.id,
      authorId: viewer.id,
      bodyEnc: c.key().seal('case_notes', 'body', id, body),
      createdAt: now,
    });
  }
}
