import { ROUTES, type Route } from '../routing/routing.types.js';
import { canDo } from './action-policy.js';

// Who may see and do what on a case (product.md §1, §4, §6, §8), decided here and nowhere else.
// Every case route calls canSee/canAct; list queries build their SQL filter from visibleRoutesFor,
// and canSee is itself defined through that filter, so a list can never show a case its detail
// route would refuse (or the other way round).

export const STAFF_ROLES = [
  'general_counsel',
  'cfo',
  'audit_committee',
  'board',
  'investigator',
  'hr',
  'admin',
] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export function isStaffRole(value: unknown): value is StaffRole {
  return typeof value === 'string' && (STAFF_ROLES as readonly string[]).includes(value);
}

export interface Viewer {
  readonly id: string;
  readonly role: StaffRole;
}

export interface CaseAccessFacts {
  readonly routedTo: Route;
  /** The body that investigates: for a Board case, the Board or its designated committee. */
  readonly handledBy: Route;
  /** Staff ids of the current assignments only: an investigator sees a case only while assigned. */
  readonly assigneeIds: readonly string[];
  /** Staff ids matched to implicated people; recomputed whenever the parties change. */
  readonly recusedStaffIds: readonly string[];
}

export const CASE_ACTIONS = [
  'view',
  'triage',
  'assign',
  'add_party',
  'add_note',
  'message_reporter',
  'record_outcome',
  'approve_outcome',
  'record_action',
  'approve_action',
  'place_hold',
  'release_hold',
  'reveal_identity',
  'view_audit',
  'staff_record_intake',
] as const;
/** `triage` covers every status transition of the workflow. */
export type CaseAction = (typeof CASE_ACTIONS)[number];

/**
 * What may still be done with a case retention purged: look at its tombstone and its audit trail.
 * Every other action is refused (CaseAccessService.require), and the console offers nothing else.
 */
export const PURGED_CASE_ACTIONS: readonly CaseAction[] = ['view', 'view_audit'];

export function allowedOnPurgedCase(action: CaseAction): boolean {
  return PURGED_CASE_ACTIONS.includes(action);
}

/**
 * The SQL side of canSee, for list queries:
 *
 *   none                  → no rows at all
 *   routed_to IN (routes)
 *   AND (boardHandledBy IS NULL OR routed_to <> 'board' OR handled_by = boardHandledBy)
 *   AND (NOT assignedOnly OR <viewer has a current assignment on the case>)
 *   AND <viewer is not recused from the case>
 *
 * The recusal condition is not expressed here (it depends on the case, not on the role) but is
 * mandatory: canSee refuses recused viewers whatever else holds, and a list that forgot it would
 * show an implicated General Counsel the case about them.
 */
export interface CaseVisibility {
  readonly routes: Route[];
  /**
   * When set, a case routed to the Board is visible only if it is handled by this body. The stored
   * handled_by is used rather than the current board-committee setting, so that cases routed
   * before a change of setting stay with the body that has been handling them.
   */
  readonly boardHandledBy: Route | null;
  readonly assignedOnly: boolean;
  readonly none: boolean;
}

const NOTHING: CaseVisibility = {
  routes: [],
  boardHandledBy: null,
  assignedOnly: false,
  none: true,
};

/** The cases a role may see before recusal is applied; see CaseVisibility for the SQL. */
export function visibleRoutesFor(viewer: Viewer): CaseVisibility {
  switch (viewer.role) {
    case 'general_counsel':
    case 'cfo':
      // The Code makes them jointly responsible for everything not sent to the Board or the AC.
      return {
        routes: ['general_counsel'],
        boardHandledBy: null,
        assignedOnly: false,
        none: false,
      };
    case 'audit_committee':
      return {
        routes: ['audit_committee', 'board'],
        boardHandledBy: 'audit_committee',
        assignedOnly: false,
        none: false,
      };
    case 'board':
      // Directors see Board cases even when their committee handles them: the Code gives the Board
      // the responsibility, the committee only acts for it.
      return { routes: ['board'], boardHandledBy: null, assignedOnly: false, none: false };
    case 'investigator':
      // Any route: the handling body designates investigators for its own cases.
      return { routes: [...ROUTES], boardHandledBy: null, assignedOnly: true, none: false };
    case 'hr':
    case 'admin':
      // HR only submits adverse-action checks; admin never sees case content (product.md §1).
      return NOTHING;
    default:
      return unknownRole(viewer.role);
  }
}

function unknownRole(role: never): never {
  // A role cast past the type system must fail closed and loudly, not fall into some branch.
  throw new Error(`Unknown staff role "${String(role)}"`);
}

/** Applies a CaseVisibility to one case, exactly as the SQL filter does (recusal aside). */
export function matchesVisibility(
  visibility: CaseVisibility,
  viewerId: string,
  facts: CaseAccessFacts,
): boolean {
  if (visibility.none || !visibility.routes.includes(facts.routedTo)) {
    return false;
  }
  if (
    visibility.boardHandledBy !== null &&
    facts.routedTo === 'board' &&
    facts.handledBy !== visibility.boardHandledBy
  ) {
    return false;
  }
  return !visibility.assignedOnly || facts.assigneeIds.includes(viewerId);
}

export function isRecused(viewer: Viewer, facts: CaseAccessFacts): boolean {
  return facts.recusedStaffIds.includes(viewer.id);
}

/** Whether the viewer may see the case at all. A case they may not see answers 404, not 403. */
export function canSee(viewer: Viewer, facts: CaseAccessFacts): boolean {
  // Checked first and on every access: recusal overrides role, route and assignment.
  if (isRecused(viewer, facts)) {
    return false;
  }
  return matchesVisibility(visibleRoutesFor(viewer), viewer.id, facts);
}

/** The roles that form the body responsible for the case: the ones who decide it. */
export function handlingRoles(facts: Pick<CaseAccessFacts, 'routedTo' | 'handledBy'>): StaffRole[] {
  switch (facts.routedTo) {
    case 'general_counsel':
      return ['general_counsel', 'cfo'];
    case 'audit_committee':
      return ['audit_committee'];
    case 'board':
      if (facts.handledBy === 'board' || facts.handledBy === 'audit_committee') {
        return [facts.handledBy];
      }
      // Only the Board or its designated committee may handle a Board case (routing guarantees it).
      throw new Error(`A Board case cannot be handled by "${facts.handledBy}"`);
    default:
      return unknownRoute(facts.routedTo);
  }
}

function unknownRoute(route: never): never {
  throw new Error(`Unknown route "${String(route)}"`);
}

/**
 * What an assigned investigator may do. The Code lets the handling body "designate others to
 * conduct or manage investigations on its behalf and recommend disciplinary action": conducting
 * means recording findings as notes, naming the people involved, and asking the reporter for
 * detail. Deciding (status, assignment, outcome, actions, approvals), holds and identity stay
 * with the body; a recommendation is written as a note.
 */
const INVESTIGATOR_ACTIONS: readonly CaseAction[] = [
  'view',
  'add_note',
  'add_party',
  'message_reporter',
];

/** Legal holds (product.md §8) are the only actions some members of a handling body may not take. */
const HOLD_ACTIONS: readonly CaseAction[] = ['place_hold', 'release_hold'];

function handlerMay(role: StaffRole, action: CaseAction, facts: CaseAccessFacts): boolean {
  if (HOLD_ACTIONS.includes(action)) {
    // Legal for General Counsel cases, the committee for its own cases. When the Board handles its
    // own cases nobody else can see them, so the Board must be able to preserve them itself.
    return facts.routedTo === 'general_counsel' ? role === 'general_counsel' : true;
  }
  // Everything else is the body's, the CFO included: the Code makes the CFO jointly responsible
  // with the General Counsel, so the CFO also approves outcomes and actions.
  return true;
}

/**
 * Whether the viewer may record a report that arrived by letter, phone or email. There is no case
 * yet, so this is a question about the role alone; the recorder then sees the case only if canSee
 * lets them (a General Counsel who records a letter about themselves is recused from it).
 */
export function canRecordIntake(viewer: Viewer): boolean {
  return canDo(viewer, 'intake.record');
}

/** Whether the viewer may take the action on the case. Nothing is allowed on a case one cannot see. */
export function canAct(viewer: Viewer, action: CaseAction, facts: CaseAccessFacts): boolean {
  if (action === 'staff_record_intake') {
    return canRecordIntake(viewer);
  }
  if (!canSee(viewer, facts)) {
    return false;
  }
  if (viewer.role === 'investigator') {
    return INVESTIGATOR_ACTIONS.includes(action);
  }
  if (!handlingRoles(facts).includes(viewer.role)) {
    // A director on a Board case the Audit Committee handles: informed, not acting.
    return action === 'view';
  }
  return handlerMay(viewer.role, action, facts);
}

/**
 * The roles whose approval makes a finding or a disciplinary action take effect (product.md §4,
 * "joint determination"): General Counsel and CFO together for General Counsel cases; otherwise one
 * approval by the handling body. For Board cases that body is `handledBy`, which is therefore
 * required there: guessing it would let the wrong body make the determination.
 */
export function requiredApprovers(routedTo: Exclude<Route, 'board'>): StaffRole[];
export function requiredApprovers(routedTo: Route, handledBy: Route): StaffRole[];
export function requiredApprovers(routedTo: Route, handledBy?: Route): StaffRole[] {
  if (routedTo === 'board' && handledBy === undefined) {
    throw new Error('requiredApprovers needs handledBy for a Board case');
  }
  return handlingRoles({ routedTo, handledBy: handledBy ?? routedTo });
}

export interface Approval {
  readonly staffId: string;
  readonly role: StaffRole;
}

export type ApprovalErrorCode = 'same_approver' | 'role_not_required';

export type ApprovalState =
  | { readonly ok: true; readonly complete: boolean; readonly missingRoles: StaffRole[] }
  | { readonly ok: false; readonly code: ApprovalErrorCode; readonly message: string };

/**
 * Whether the approvals given so far (in order, the new one last) complete the required set. A
 * second approval by the same person is refused, so that one person holding or borrowing two
 * accounts' worth of authority cannot make a joint determination alone; an approval by a role that
 * is not required is refused rather than ignored, since it signals a mistaken caller.
 */
export function approvalState(
  requiredRoles: readonly StaffRole[],
  approvals: readonly Approval[],
): ApprovalState {
  const seen = new Set<string>();
  for (const approval of approvals) {
    if (seen.has(approval.staffId)) {
      return {
        ok: false,
        code: 'same_approver',
        message:
          'This person has already approved; the second approval must come from someone else.',
      };
    }
    seen.add(approval.staffId);
    if (!requiredRoles.includes(approval.role)) {
      return {
        ok: false,
        code: 'role_not_required',
        message: `Approval by ${approval.role} is not part of this determination; required: ${requiredRoles.join(', ')}.`,
      };
    }
  }
  const missingRoles = requiredRoles.filter(
    (role) => !approvals.some((approval) => approval.role === role),
  );
  return {
    ok: true,
    complete: missingRoles.length === 0,
    missingRoles: [...new Set(missingRoles)],
  };
}
