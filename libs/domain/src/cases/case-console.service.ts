import { Injectable } from '@nestjs/common';
import { StaffRepository, TransactionalConnection, type UnitOfWork } from '@candor/persistence';
import {
  allowedOnPurgedCase,
  CASE_ACTIONS,
  canAct,
  type CaseAction,
  requiredApprovers,
  type StaffRole,
  type Viewer,
} from '../access/access-policy.js';
import { CaseAccessService } from '../access/case-access.service.js';
import { DomainError } from '../common/domain-error.js';
import type { Route } from '../routing/routing.types.js';
import { LegalHoldsService, type LegalHoldView } from '../legal-hold/legal-holds.service.js';
import { isCaseStatus, type CaseStatus } from './case-status.js';
import { allowedTransitions } from './workflow.js';

/** What the console shows around a case's content: what this viewer may do with it, and to whom. */
export interface CaseConsoleView {
  /** Whether the report was anonymous: then there is no identity to reveal. */
  anonymous: boolean;
  /** The body handling the case now (a re-route changes it). */
  handledBy: Route;
  /** Every case action, decided by canAct for this viewer on this case as it is now. */
  may: Readonly<Record<CaseAction, boolean>>;
  /** The statuses the workflow allows next; empty for a viewer who may not move the case. */
  transitions: CaseStatus[];
  /** Investigators who may be assigned: active, not recused, not assigned already. */
  investigators: Array<{ id: string; name: string }>;
  hold: LegalHoldView | null;
  /** The roles whose approval makes a finding or a disciplinary action take effect. */
  requiredApprovers: StaffRole[];
  /** Names of the staff this case mentions (approvers, hold, recorders), by id. */
  staffNames: Readonly<Record<string, string>>;
}

/**
 * The console's questions about a case that the JSON API leaves to its client: which actions and
 * transitions to offer, which investigators may be assigned (recused staff never are), the active
 * hold. Every answer comes from the access policy and the workflow map, through CaseAccessService (a case
 * the viewer may not see is not found); nothing here reads case content.
 */
@Injectable()
export class CaseConsoleService {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly staff: StaffRepository,
    private readonly access: CaseAccessService,
    private readonly holds: LegalHoldsService,
  ) {}

  async view(viewer: Viewer, reference: string): Promise<CaseConsoleView> {
    return this.db.transaction(async (tx) => {
      const { record, facts } = await this.access.require(tx, viewer, reference, 'view');
      const may = Object.fromEntries(
        CASE_ACTIONS.map((action) => [action, canAct(viewer, action, facts)]),
      ) as Record<CaseAction, boolean>;
      if (record.purged_at) {
        // Only what this viewer may do anyway, and of that only what a tombstone allows.
        for (const action of CASE_ACTIONS) may[action] &&= allowedOnPurgedCase(action);
      }
      const status = record.status;
      const transitions = may.triage && isCaseStatus(status) ? allowedTransitions(status) : [];
      const investigators = may.assign
        ? await this.staff.assignableInvestigators(tx, record.id, facts.recusedStaffIds)
        : [];
      const hold = (await this.holds.activeHold(tx, record.id)) ?? null;
      const required =
        record.routed_to === 'board'
          ? requiredApprovers('board', record.handled_by)
          : requiredApprovers(record.routed_to);
      return {
        anonymous: record.anonymous,
        handledBy: record.handled_by,
        may,
        transitions,
        investigators,
        hold,
        requiredApprovers: required,
        staffNames: await this.namesFor(tx, record.id, hold),
      };
    });
  }

  /** Whether the viewer may still see the case (after a re-route or a recusal, say). */
  async canView(viewer: Viewer, reference: string): Promise<boolean> {
    try {
      await this.db.transaction((tx) => this.access.require(tx, viewer, reference, 'view'));
      return true;
    } catch (error) {
      if (error instanceof DomainError && error.kind === 'not_found') return false;
      throw error;
    }
  }

  /** Staff names by id, for pages that list who did what (the audit trail). */
  async staffNamesOf(ids: readonly string[]): Promise<Record<string, string>> {
    const unique = [...new Set(ids)].filter((id) => /^[0-9a-f-]{36}$/i.test(id));
    if (unique.length === 0) return {};
    const rows = await this.staff.namesByIds(this.db.autocommit, unique);
    return Object.fromEntries(rows.map((row) => [row.id, row.name]));
  }

  private async namesFor(
    tx: UnitOfWork,
    caseId: string,
    hold: LegalHoldView | null,
  ): Promise<Record<string, string>> {
    const rows = await this.staff.namesMentionedByCase(tx, caseId, hold?.placedBy ?? null);
    return Object.fromEntries(rows.map((row) => [row.id, row.name]));
  }
}
