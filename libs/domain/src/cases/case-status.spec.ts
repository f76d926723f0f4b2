import {
  CASE_STATUSES,
  type CaseStatus,
  isCaseStatus,
  isOpen,
  isTerminal,
  OPEN_STATUSES,
} from './case-status.js';

const expectations: [CaseStatus, boolean][] = [
  ['received', true],
  ['acknowledged', true],
  ['triage', true],
  ['investigating', true],
  ['resolved', true],
  ['closed', false],
  ['dismissed', false],
  ['reopened', true],
];

describe(isOpen.name, () => {
  it('covers every status', () => {
    expect(expectations.map(([status]) => status)).toEqual([...CASE_STATUSES]);
  });

  it.each(expectations)('treats %s as open: %s', (status, open) => {
    expect(isOpen(status)).toBe(open);
    expect(OPEN_STATUSES.includes(status as never)).toBe(open);
  });
});

describe(isTerminal.name, () => {
  it.each(expectations)('treats %s as terminal when it is not open (open: %s)', (status, open) => {
    expect(isTerminal(status)).toBe(!open);
  });
});

describe(isCaseStatus.name, () => {
  it.each([...CASE_STATUSES])('accepts %s', (status) => {
    expect(isCaseStatus(status)).toBe(true);
  });

  it.each([['archived'], ['RECEIVED'], [''], [null], [3]])('rejects %p', (value) => {
    expect(isCaseStatus(value)).toBe(false);
  });
});
