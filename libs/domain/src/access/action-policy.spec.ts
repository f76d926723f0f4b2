import { STAFF_ROLES, type StaffRole } from './access-policy.js';
import { canDo, type NonCaseAction, STAFF_ADMIN_ACTIONS } from './action-policy.js';

const viewer = (role: StaffRole) => ({ id: 'staff-viewer', role });

describe(canDo.name, () => {
  const cases = STAFF_ROLES.flatMap((role) =>
    STAFF_ADMIN_ACTIONS.map((action) => [role, action, role === 'admin'] as const),
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
});
