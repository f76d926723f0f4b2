import { Injectable } from '@nestjs/common';
import {
  type CaseAccessPeopleRow,
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

/**
 * A case's access facts from its route and its access people (findAccessPeople, or the same
 * columns read with something else: accessFactsColumns, with RECUSING_PARTY_ROLES).
 */
export function accessFacts(
  route: { readonly routed_to: string; readonly handled_by: string },
  people: CaseAccessPeopleRow,
): CaseAccessFacts {
  return {
    routedTo: route.routed_to as Route,
    handledBy: route.handled_by as Route,
    assigneeIds: people.assignees,
    recusedStaffIds: people.recused,
  };
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

  async factsOf(
    tx: UnitOfWork,
    record: Pick<CaseRecord, 'id' | 'routed_to' | 'handled_by'>,
  ): Promise<CaseAccessFacts> {
    return accessFacts(
      record,
      await this.cases.findAccessPeople(tx, record.id, RECUSING_PARTY_ROLES),
    );
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
