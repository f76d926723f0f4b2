import { Injectable } from '@nestjs/common';
import { CaseCipherService, CaseKey } from '@candor/platform';
import type { EntityManager } from 'typeorm';
import { CASE_NOT_FOUND, DomainError } from '../common/domain-error.js';
import type { PartyRole, Route } from '../routing/routing.types.js';
import {
  allowedOnPurgedCase,
  CaseAccessFacts,
  CaseAction,
  canAct,
  StaffRole,
  Viewer,
  visibleRoutesFor,
} from './access-policy.js';

/** The columns every case operation needs (no text: that is decrypted where it is shown). */
export interface CaseRecord {
  id: string;
  reference: string;
  status: string;
  concern_type: string;
  channel: string;
  anonymous: boolean;
  routed_to: Route;
  handled_by: Route;
  related_case_id: string | null;
  received_at: Date;
  acknowledge_by: Date;
  acknowledged_at: Date | null;
  feedback_due_at: Date | null;
  feedback_given_at: Date | null;
  resolved_at: Date | null;
  closed_at: Date | null;
  dismissal_reason: string | null;
  finding: string | null;
  next_due_at: Date | null;
  /** Set when retention purged the case: only its tombstone remains, and no key to open. */
  purged_at: Date | null;
  master_key_id: string;
  data_key_id: string;
  data_key_wrapped: Buffer;
}

export const CASE_RECORD_COLUMNS = `c.id, c.reference, c.status, c.concern_type, c.channel, c.anonymous, c.routed_to, c.handled_by,
  c.related_case_id, c.received_at, c.acknowledge_by, c.acknowledged_at, c.feedback_due_at, c.feedback_given_at,
  c.resolved_at, c.closed_at, c.dismissal_reason, c.finding, c.next_due_at, c.purged_at, c.master_key_id, c.data_key_id, c.data_key_wrapped`;

/**
 * Implicated roles that recuse a staff role when the party was not matched to anyone by name: an
 * implicated CFO recuses the CFO, an implicated General Counsel or Legal person recuses Legal,
 * even when the name was missing or misspelled.
 */
export const RECUSING_PARTY_ROLES: Readonly<Record<StaffRole, readonly PartyRole[]>> = {
  general_counsel: ['general_counsel', 'legal'],
  cfo: ['cfo'],
  audit_committee: [],
  board: [],
  investigator: [],
  hr: [],
  admin: [],
};

/**
 * When an implicated party recuses a staff member, for case access, lists and notifications:
 * - the party was matched to them (named by staff, or confirmed);
 * - an automatic match by name: every staff member of that name, not just the first;
 * - a party nobody was matched to, by role (RECUSING_PARTY_ROLES).
 * A handler's cleared match ('cleared') recuses nobody. `staffId`, `staffNameIndex` and
 * `recusingRoles` are SQL expressions for the staff member's id, name index and the party roles
 * that recuse their role.
 */
export function recusesSql(
  party: string,
  staffId: string,
  staffNameIndex: string,
  recusingRoles: string,
): string {
  return `${party}.kind = 'implicated' AND (
    ${party}.staff_id = ${staffId}
    OR (${party}.staff_match = 'automatic' AND ${party}.name_index = ${staffNameIndex})
    OR (${party}.staff_id IS NULL AND ${party}.staff_match IS NULL AND ${party}.role = ANY(${recusingRoles})))`;
}

/** RECUSING_PARTY_ROLES as an SQL expression over a staff role column. */
function recusingRolesSql(staffRole: string): string {
  const cases = Object.entries(RECUSING_PARTY_ROLES)
    .filter(([, roles]) => roles.length > 0)
    .map(
      ([role, roles]) =>
        `WHEN '${role}' THEN ARRAY[${roles.map((r) => `'${r}'`).join(', ')}]::text[]`,
    );
  return `(CASE ${staffRole} ${cases.join(' ')} ELSE ARRAY[]::text[] END)`;
}

export interface AccessibleCase {
  readonly record: CaseRecord;
  readonly facts: CaseAccessFacts;
  readonly key: () => CaseKey;
}

/**
 * The one place where a staff request meets a case: it loads the facts the access policy needs
 * (route, handling body, assignees, recusals — fresh on every request) and asks canAct. A case the
 * caller may not see, or may see but not act on, answers 404: its existence is not disclosed.
 */
@Injectable()
export class CaseAccess {
  constructor(private readonly cipher: CaseCipherService) {}

  async require(
    tx: EntityManager,
    viewer: Viewer,
    reference: string,
    action: CaseAction,
    options: { lock?: boolean } = {},
  ): Promise<AccessibleCase> {
    const [record] = await tx.query<CaseRecord[]>(
      `SELECT ${CASE_RECORD_COLUMNS} FROM cases c WHERE c.reference = $1 ${options.lock ? 'FOR UPDATE' : ''}`,
      [reference],
    );
    if (!record) throw new DomainError('not_found', CASE_NOT_FOUND);
    const facts = await this.factsOf(tx, record);
    if (!canAct(viewer, action, facts)) throw new DomainError('not_found', CASE_NOT_FOUND);
    if (record.purged_at && !allowedOnPurgedCase(action)) {
      throw new DomainError(
        'conflict',
        'this case was purged after its retention period: only its tombstone remains',
      );
    }
    return {
      record,
      facts,
      key: () =>
        this.cipher.openCaseKey({
          dataKeyId: record.data_key_id,
          masterKeyId: record.master_key_id,
          wrapped: record.data_key_wrapped,
        }),
    };
  }

  async factsOf(
    tx: EntityManager,
    record: Pick<CaseRecord, 'id' | 'routed_to' | 'handled_by'>,
  ): Promise<CaseAccessFacts> {
    const [people] = await tx.query<Array<{ assignees: string[]; recused: string[] }>>(
      `SELECT
         ARRAY(SELECT staff_id::text FROM case_assignments WHERE case_id = $1) AS assignees,
         ARRAY(SELECT s.id::text FROM staff s
                WHERE EXISTS (SELECT 1 FROM case_parties p
                               WHERE p.case_id = $1 AND ${recusesSql('p', 's.id', 's.name_index', recusingRolesSql('s.role'))})) AS recused`,
      [record.id],
    );
    return {
      routedTo: record.routed_to,
      handledBy: record.handled_by,
      assigneeIds: people.assignees,
      recusedStaffIds: people.recused,
    };
  }

  /**
   * The SQL form of canSee for list queries over `cases c` (see CaseVisibility): the same rule, so
   * pagination never shows a case the detail route would refuse. `param` is the next free $n.
   */
  visibilityFilter(viewer: Viewer, param: number): { sql: string; params: unknown[] } {
    const visibility = visibleRoutesFor(viewer);
    if (visibility.none) return { sql: 'false', params: [] };
    const viewerParam = `$${param}`;
    const routesParam = `$${param + 1}`;
    const recusal = this.notRecusedFilter(viewer, param, param + 2);
    const clauses = [`c.routed_to = ANY(${routesParam}::text[])`, recusal.sql];
    const params: unknown[] = [viewer.id, visibility.routes, recusal.params[1]];
    if (visibility.boardHandledBy) {
      clauses.push(`(c.routed_to <> 'board' OR c.handled_by = $${param + 3})`);
      params.push(visibility.boardHandledBy);
    }
    if (visibility.assignedOnly) {
      clauses.push(
        `EXISTS (SELECT 1 FROM case_assignments ca WHERE ca.case_id = c.id AND ca.staff_id = ${viewerParam}::uuid)`,
      );
    }
    return { sql: clauses.join(' AND '), params };
  }

  /**
   * The recusal half of canSee alone, over `cases c`: true for the cases the viewer is not
   * recused from, whatever their route. For aggregates over every case (the board report), which
   * must leave out what the viewer is recused from and nothing else. `viewerParam` and
   * `rolesParam` are the $n of the viewer's id and of their recusing party roles (params, in
   * that order).
   */
  notRecusedFilter(
    viewer: Viewer,
    viewerParam: number,
    rolesParam: number = viewerParam + 1,
  ): { sql: string; params: [string, readonly string[]] } {
    const viewerId = `$${viewerParam}::uuid`;
    return {
      // The viewer's name index is an InitPlan (computed once), so each candidate case costs one
      // index probe on its implicated parties.
      sql: `NOT EXISTS (SELECT 1 FROM case_parties rp WHERE rp.case_id = c.id AND ${recusesSql(
        'rp',
        viewerId,
        `(SELECT name_index FROM staff WHERE id = ${viewerId})`,
        `$${rolesParam}::text[]`,
      )})`,
      params: [viewer.id, RECUSING_PARTY_ROLES[viewer.role]],
    };
  }
}
