import type { CaseAccessFacts } from '../access/access-policy.js';
import {
  checkResult,
  NO_CASE_FACTS,
  personProblems,
  protectionCutoff,
  type ReviewerCandidate,
  reviewersFor,
} from './retaliation-rules.js';

describe(checkResult.name, () => {
  it.each([
    ['a strong match', 'strong', 0.99, 0, 'review_required', false],
    ['a name-only match', 'weak', 0.99, 0, 'review_required', false],
    ['no match, drawn under the rate', 'none', 0.05, 0.1, 'review_required', true],
    ['no match, drawn at the rate', 'none', 0.1, 0.1, 'clear', false],
    ['no match at rate 0', 'none', 0, 0, 'clear', false],
    ['no match at rate 1', 'none', 0.999999, 1, 'review_required', true],
  ] as const)('answers %s', (_case, match, draw, rate, result, random) => {
    expect(checkResult(match, draw, rate)).toEqual({ result, random });
  });
});

describe(protectionCutoff.name, () => {
  it('goes back the configured number of calendar months', () => {
    expect(protectionCutoff(new Date('2028-03-31T12:00:00.000Z'), 24)).toEqual(
      new Date('2026-03-31T12:00:00.000Z'),
    );
  });
});

describe(reviewersFor.name, () => {
  const gc = { id: 'gc', role: 'general_counsel', isChair: false } as const;
  const gc2 = { id: 'gc2', role: 'general_counsel', isChair: false } as const;
  const cfo = { id: 'cfo', role: 'cfo', isChair: false } as const;
  const chair = { id: 'chair', role: 'audit_committee', isChair: true } as const;
  const member = { id: 'member', role: 'audit_committee', isChair: false } as const;
  const director = { id: 'director', role: 'board', isChair: false } as const;
  const hr = { id: 'hr', role: 'hr', isChair: false } as const;
  const everyone: ReviewerCandidate[] = [gc, gc2, cfo, chair, member, director, hr];
  const facts = (
    routedTo: CaseAccessFacts['routedTo'],
    handledBy: CaseAccessFacts['handledBy'],
    recused: string[] = [],
  ): CaseAccessFacts => ({ routedTo, handledBy, assigneeIds: [], recusedStaffIds: recused });

  it.each([
    [
      'a General Counsel case to Legal, not the CFO',
      facts('general_counsel', 'general_counsel'),
      ['gc', 'gc2'],
    ],
    [
      'a General Counsel case to Legal members who are not recused',
      facts('general_counsel', 'general_counsel', ['gc']),
      ['gc2'],
    ],
    [
      'an Audit Committee case to its chair',
      facts('audit_committee', 'audit_committee'),
      ['chair'],
    ],
    [
      'a Board case the committee handles to the committee chair',
      facts('board', 'audit_committee'),
      ['chair'],
    ],
    [
      'an Audit Committee case with a recused chair to the other members',
      facts('audit_committee', 'audit_committee', ['chair']),
      ['member'],
    ],
    ['a Board case the Board handles to the directors', facts('board', 'board'), ['director']],
    ['a check chosen at random to Legal', NO_CASE_FACTS, ['gc', 'gc2']],
  ] as const)('sends %s', (_case, caseFacts, expected) => {
    expect(reviewersFor(everyone, caseFacts)).toEqual(expected);
  });

  it('sends a General Counsel case whose Legal people are all recused to the Audit Committee chair', () => {
    expect(
      reviewersFor(everyone, facts('general_counsel', 'general_counsel', ['gc', 'gc2'])),
    ).toEqual(['chair']);
  });

  it('never sends a review to HR, even when nobody else exists', () => {
    expect(reviewersFor([hr], NO_CASE_FACTS)).toEqual([]);
  });
});

describe(personProblems.name, () => {
  it('accepts a name with an email and an employee id', () => {
    expect(
      personProblems({ name: 'Lee Park', email: 'lee.park@example.com', employeeId: 'E-104' }),
    ).toEqual([]);
  });

  it.each([
    ['a missing name', { email: 'a@b.example' }, 'name is required'],
    ['a blank name', { name: '   ' }, 'name is required'],
    ['a malformed email', { name: 'A', email: 'not-an-email' }, 'email must be an email address'],
    [
      'an employee id of punctuation',
      { name: 'A', employeeId: '--' },
      'employeeId must hold letters or digits, at most 64 characters',
    ],
  ])('refuses %s', (_case, person, problem) => {
    expect(personProblems(person)).toEqual([problem]);
  });
});
