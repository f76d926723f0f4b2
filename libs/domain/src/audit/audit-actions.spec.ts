import { AUDIT_ACTIONS, isAuditAction } from './audit-actions.js';
import { AUDIT_ACTION_MAX_LENGTH, AUDIT_ACTION_PATTERN } from './audit-entry.js';

describe('AUDIT_ACTIONS', () => {
  it('lists each action once', () => {
    expect(new Set(AUDIT_ACTIONS).size).toBe(AUDIT_ACTIONS.length);
  });

  it.each(AUDIT_ACTIONS)('%s has the shape the database accepts', (action) => {
    expect(action).toMatch(AUDIT_ACTION_PATTERN);
    expect(action.length).toBeLessThanOrEqual(AUDIT_ACTION_MAX_LENGTH);
  });

  it('tells a listed action from anything else', () => {
    expect(isAuditAction('case.viewed')).toBe(true);
    expect(isAuditAction('case.deleted')).toBe(false);
    expect(isAuditAction(undefined)).toBe(false);
  });
});
