import type { StaffRole, Viewer } from './access-policy.js';

// Who may take the actions that concern no case, decided here and nowhere else. Case actions are
// canAct's (access-policy.ts); these never open a case, so they depend on the role alone. The
// services call canDo before they do anything, and the console's navigation asks the same question
// to decide which entries to show, so a link is never shown to someone the page would refuse.

/**
 * Staff administration (product.md §1: the administrator manages staff accounts and never sees
 * case content). The operator's command line is outside this policy: it runs with the database's
 * credentials, not as a signed-in person.
 */
export const STAFF_ADMIN_ACTIONS = [
  'staff.list',
  'staff.create',
  'staff.disable',
  'staff.enable',
  'staff.reset_second_factor',
  'staff.set_notification_mode',
] as const;
export type StaffAdminAction = (typeof STAFF_ADMIN_ACTIONS)[number];

/** The other actions that concern no single case. */
export const OTHER_NON_CASE_ACTIONS = [
  /** List the cases one may see (the triage queue); which cases is visibleRoutesFor's question. */
  'cases.list',
  /** Record a report that arrived by letter, phone, email or in person. */
  'intake.record',
  /** Walk the whole audit log and compare it with its head (product.md §5). */
  'audit.verify',
  /** Read the periodic report to the Board. */
  'board_report.read',
  /** Submit an adverse-action check and read the result of one's own checks. */
  'retaliation.check',
  /**
   * Open the reviewers' inbox. Which reviews are in it is decided per review (its named
   * reviewers, reviewersFor); these are the roles that can ever be named.
   */
  'retaliation.review',
  /** Read the routing policy in force, rule by rule (it holds no case). */
  'routing_policy.read',
  /** See the notifications that could not be sent (who was to be told of what) and retry them. */
  'notifications.retry_failed',
] as const;

export const NON_CASE_ACTIONS = [...STAFF_ADMIN_ACTIONS, ...OTHER_NON_CASE_ACTIONS] as const;
/** Every action canDo decides. */
export type NonCaseAction = (typeof NON_CASE_ACTIONS)[number];

const ADMIN: readonly StaffRole[] = ['admin'];

const MAY: Readonly<Record<NonCaseAction, readonly StaffRole[]>> = {
  'staff.list': ADMIN,
  'staff.create': ADMIN,
  'staff.disable': ADMIN,
  'staff.enable': ADMIN,
  'staff.reset_second_factor': ADMIN,
  'staff.set_notification_mode': ADMIN,
  // Everyone whose visibleRoutesFor is not "nothing": HR and admin never see cases.
  'cases.list': ['general_counsel', 'cfo', 'audit_committee', 'board', 'investigator'],
  // The Code's addressees take in reports that arrive by other channels.
  'intake.record': ['general_counsel', 'cfo', 'audit_committee', 'board'],
  // The bodies that oversee the log.
  'audit.verify': ['audit_committee', 'general_counsel'],
  // The Board and the bodies that handle cases.
  'board_report.read': ['board', 'audit_committee', 'general_counsel', 'cfo'],
  // Only HR submits checks.
  'retaliation.check': ['hr'],
  // Whoever may place a legal hold on some case: the Legal contacts reviewersFor names.
  'retaliation.review': ['general_counsel', 'audit_committee', 'board'],
  // Part of administering the system; neither holds case content.
  'routing_policy.read': ADMIN,
  'notifications.retry_failed': ADMIN,
};

/** Whether the viewer may take an action that concerns no case. Unknown actions are refused. */
export function canDo(viewer: Pick<Viewer, 'role'>, action: NonCaseAction): boolean {
  return Object.hasOwn(MAY, action) && MAY[action].includes(viewer.role);
}

/** The roles that may take the action (for messages and documentation; decisions use canDo). */
export function rolesThatMay(action: NonCaseAction): readonly StaffRole[] {
  return Object.hasOwn(MAY, action) ? MAY[action] : [];
}
