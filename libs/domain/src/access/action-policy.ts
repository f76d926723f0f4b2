import type { StaffRole, Viewer } from './access-policy.js';

// Who may take the actions that concern no case, decided here and nowhere else. Case actions are
// canAct's (access-policy.ts); these never open a case, so they depend on the role alone.

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

/** Every action canDo decides. Issue 17 adds the other non-case actions here. */
export type NonCaseAction = StaffAdminAction;

const MAY: Readonly<Record<NonCaseAction, readonly StaffRole[]>> = {
  'staff.list': ['admin'],
  'staff.create': ['admin'],
  'staff.disable': ['admin'],
  'staff.enable': ['admin'],
  'staff.reset_second_factor': ['admin'],
  'staff.set_notification_mode': ['admin'],
};

/** Whether the viewer may take an action that concerns no case. Unknown actions are refused. */
export function canDo(viewer: Viewer, action: NonCaseAction): boolean {
  return Object.hasOwn(MAY, action) && MAY[action].includes(viewer.role);
}
