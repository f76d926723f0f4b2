import { Injectable } from '@nestjs/common';
import {
  type CaseRecordRow,
  CasesRepository,
  type CaseVisibilityScope,
  notRecusedSql,
  type UnitOfWork,
} from '@candor/persistence';
import { CaseCipherService, CaseKey } from '@candor/platform';
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
export interface CaseRecord extends CaseRecordRow {
  routed_to: Route;
  handled_by: Route;
}

/**
 * Implicated roles that recuse a staff role when the party was not matched to anyone by name: an
 * implicated CFO recuses the CFO, an implicated General Counsel or Legal person recuses Legal,
 * even when the name was missing or misspelled. (Which parties recuse whom: recusesSql in
 * persistence.)
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
export class CaseAccessService {
  constructor(
    private readonly cipher: CaseCipherService,
    private readonly cases: CasesRepository,
  ) {}

  async require(
    tx: UnitOfWork,
    viewer: Viewer,
    reference: string,
    action: CaseAction,
    options: { lock?: boolean } = {},
  ): Promise<AccessibleCase> {
    const record = (await this.cases.findByReference(tx, reference, options)) as
      CaseRecord | undefined;
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

  /**
   * The access facts of the case with this id read in one round trip, and whether it was purged
   * (its tombstone remains); undefined when no case has that id. For the worker, which has an id
   * and no record.
   */
  async factsOfCase(
    tx: UnitOfWork,
    caseId: string,
  ): Promise<{ readonly facts: CaseAccessFacts; readonly purged: boolean } | undefined> {
    const row = await this.cases.findAccessFacts(tx, caseId, RECUSING_PARTY_ROLES);
    if (!row) return undefined;
    return {
      facts: {
        routedTo: row.routed_to as Route,
        handledBy: row.handled_by as Route,
        assigneeIds: row.assignees,
        recusedStaffIds: row.recused,
      },
      purged: row.purged,
    };
  }

  async factsOf(
    tx: UnitOfWork,
    record: Pick<CaseRecord, 'id' | 'routed_to' | 'handled_by'>,
  ): Promise<CaseAccessFacts> {
    const people = await this.cases.findAccessPeople(tx, record.id, RECUSING_PARTY_ROLES);
    return {
      routedTo: record.routed_to,
      handledBy: record.handled_by,
      assigneeIds: people.assignees,
      recusedStaffIds: people.recused,
    };
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
    return notRecusedSql(viewer.id, RECUSING_PARTY_ROLES[viewer.role], viewerParam, rolesParam);
  }
}

/**
 * canSee for list queries (see CaseVisibility): who is looking, the routes and Board cases their
 * role sees, whether only their assignments, and the implicated roles that recuse them. The
 * repositories turn it into the very same rule in SQL, so paging never shows a case the detail
 * route would refuse.
 */
export function visibilityScopeOf(viewer: Viewer): CaseVisibilityScope {
  return {
    ...visibleRoutesFor(viewer),
    viewerId: viewer.id,
    recusingPartyRoles: RECUSING_PARTY_ROLES[viewer.role],
  };
}
