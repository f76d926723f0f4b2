import {
  CASE_ACTIONS,
  canAct,
  canRecordIntake,
  STAFF_ROLES,
  type StaffRole,
  visibleRoutesFor,
} from './access-policy.js';
import { canDo, NON_CASE_ACTIONS, type NonCaseAction } from './action-policy.js';

const viewer = (role: StaffRole) => ({ id: 'staff-viewer', role });

/** Who may take each action that concerns no case: the table product.md §1, §5 and §6 describe. */
const EXPECTED: Record<NonCaseAction, readonly StaffRole[]> = {
  'staff.list': ['admin'],
  'staff.create': ['admin'],
  'staff.disable': ['admin'],
  'staff.enable': ['admin'],
  'staff.reset_second_factor': ['admin'],
  'staff.set_notification_mode': ['admin'],
  'cases.list': ['general_counsel', 'cfo', 'audit_committee', 'board', 'investigator'],
  'intake.record': ['general_counsel', 'cfo', 'audit_committee', 'board'],
  'audit.verify': ['audit_committee', 'general_counsel'],
  'board_report.read': ['board', 'audit_committee', 'general_counsel', 'cfo'],
  'retaliation.check': ['hr'],
  'retaliation.review': ['general_counsel', 'audit_committee', 'board'],
  'routing_policy.read': ['admin'],
  'notifications.retry_failed': ['admin'],
};

describe(canDo.name, () => {
  const cases = STAFF_ROLES.flatMap((role) =>
    NON_CASE_ACTIONS.map((action) => [role, action, EXPECTED[action].includes(role)] as const),
  );

  it.each(cases)('lets %s take %s: %s', (role, action, allowed) => {
    expect(canDo(viewer(role), action)).toBe(allowed);
  });

  it('refuses an action it does not know, whatever the role', () => {
    for (const role of STAFF_ROLES) {
      expect(canDo(viewer(role), 'staff.delete' as NonCaseAction)).toBe(false);
      expect(canDo(viewer(role), 'toString' as NonCaseAction)).toBe(false);
    }
  });

  it('lists cases for exactly the roles that can see some case', () => {
    for (const role of STAFF_ROLES) {
      expect(canDo(viewer(role), 'cases.list')).toBe(!visibleRoutesFor(viewer(role)).none);
    }
  });

  it('records intake exactly as canAct decides staff_record_intake', () => {
    const facts = {
      routedTo: 'general_counsel',
      handledBy: 'general_counsel',
      assigneeIds: [],
      recusedStaffIds: [],
    } as const;
    expect(CASE_ACTIONS).toContain('staff_record_intake');
    for (const role of STAFF_ROLES) {
      const allowed = canDo(viewer(role), 'intake.record');
      expect(canRecordIntake(viewer(role))).toBe(allowed);
      expect(canAct(viewer(role), 'staff_record_intake', facts)).toBe(allowed);
    }
  });
});
