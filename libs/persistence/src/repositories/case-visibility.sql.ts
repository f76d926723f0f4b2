import { recusesSql } from './case-parties.repository.js';

// canSee in SQL, over `cases c`: the one form of the access rule that list queries (the triage
// list, its counts) and aggregates (the board report) filter with, so paging or a count never shows
// a case the detail route would refuse. The domain decides the scope (visibilityScopeOf).

/** A WHERE condition over `cases c` and the parameters it numbers from a given $n. */
export interface CaseFilterSql {
  readonly sql: string;
  readonly params: unknown[];
}

/**
 * The cases a viewer may see, as the domain's access policy decides them (its CaseVisibility,
 * plus who the viewer is and which implicated party roles recuse their role).
 */
export interface CaseVisibilityScope {
  readonly viewerId: string;
  readonly none: boolean;
  readonly routes: readonly string[];
  readonly boardHandledBy: string | null;
  readonly assignedOnly: boolean;
  readonly recusingPartyRoles: readonly string[];
}

/**
 * A CaseVisibilityScope as a condition over `cases c`, for list queries: the route, the handling
 * body of Board cases, the assignment an investigator needs, and never a case the viewer is
 * recused from. `param` is the next free $n.
 */
export function caseVisibilitySql(scope: CaseVisibilityScope, param: number): CaseFilterSql {
  if (scope.none) return { sql: 'false', params: [] };
  const viewerParam = `$${param}`;
  const routesParam = `$${param + 1}`;
  const recusal = notRecusedSql(scope.viewerId, scope.recusingPartyRoles, param, param + 2);
  const clauses = [`c.routed_to = ANY(${routesParam}::text[])`, recusal.sql];
  const params: unknown[] = [scope.viewerId, scope.routes, recusal.params[1]];
  if (scope.boardHandledBy) {
    clauses.push(`(c.routed_to <> 'board' OR c.handled_by = $${param + 3})`);
    params.push(scope.boardHandledBy);
  }
  if (scope.assignedOnly) {
    clauses.push(
      `EXISTS (SELECT 1 FROM case_assignments ca WHERE ca.case_id = c.id AND ca.staff_id = ${viewerParam}::uuid)`,
    );
  }
  return { sql: clauses.join(' AND '), params };
}

/**
 * True, over `cases c`, for the cases the viewer is not recused from, whatever their route.
 * `viewerParam` and `rolesParam` are the $n of the viewer's id and of the party roles that recuse
 * their role (params, in that order).
 */
export function notRecusedSql(
  viewerId: string,
  recusingPartyRoles: readonly string[],
  viewerParam: number,
  rolesParam: number = viewerParam + 1,
): { sql: string; params: [string, readonly string[]] } {
  const viewer = `$${viewerParam}::uuid`;
  return {
    // The viewer's name index is an InitPlan (computed once), so each candidate case costs one
    // index probe on its implicated parties.
    sql: `NOT EXISTS (SELECT 1 FROM case_parties rp WHERE rp.case_id = c.id AND ${recusesSql(
      'rp',
      viewer,
      `(SELECT name_index FROM staff WHERE id = ${viewer})`,
      `$${rolesParam}::text[]`,
    )})`,
    params: [viewerId, recusingPartyRoles],
  };
}
