import { assertAuditStagedFields, AuditEntryError, type AuditStagedFields } from './audit-entry.js';

const VALID: AuditStagedFields = {
  actorType: 'staff',
  actorId: '7d2f4c1e-8a3b-4e5f-9c6d-0b1a2e3f4c5d',
  action: 'case.viewed',
  caseReference: 'CND-2026-000123',
  detail: {},
};

describe(assertAuditStagedFields.name, () => {
  it.each<[string, Partial<AuditStagedFields>]>([
    ['a staff member viewing a case', {}],
    ['a system entry with no case', { actorType: 'system', actorId: null, caseReference: null }],
    ['a reporter, never named', { actorType: 'reporter', actorId: null }],
    ['an action with underscores', { action: 'board_report.generated' }],
    ['an action of three parts', { action: 'auth.sign_in.throttled' }],
  ])('accepts %s', (_what, overrides) => {
    expect(() => assertAuditStagedFields({ ...VALID, ...overrides })).not.toThrow();
  });

  it.each<[string, Partial<AuditStagedFields>, RegExp]>([
    ['a reporter with an id', { actorType: 'reporter' }, /actorId must be null/],
    ['a staff actor without an id', { actorId: null }, /actorId is required/],
    ['an action without an area', { action: 'viewed' }, /area\.what_happened/],
    ['an action in capitals', { action: 'Case.viewed' }, /area\.what_happened/],
    ['an action with a space', { action: 'case.viewed ' }, /area\.what_happened/],
    ['an action starting with a digit', { action: 'auth.2fa_failed' }, /area\.what_happened/],
    ['an action of 101 characters', { action: `case.${'x'.repeat(96)}` }, /at most 100/],
    ['a short case reference', { caseReference: 'CND-2026-1' }, /CND-YYYY-NNNNNN/],
    ['an empty case reference', { caseReference: '' }, /CND-YYYY-NNNNNN/],
  ])('refuses %s, naming the rule', (_what, overrides, message) => {
    const append = () => assertAuditStagedFields({ ...VALID, ...overrides });
    expect(append).toThrow(AuditEntryError);
    expect(append).toThrow(message);
  });
});
