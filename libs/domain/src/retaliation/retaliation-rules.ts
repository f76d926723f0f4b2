import {
  canAct,
  type CaseAccessFacts,
  isRecused,
  type StaffRole,
} from '../access/access-policy.js';
import { addUtcMonthsClamped } from '../cases/deadlines.js';

// Anti-retaliation rules (product.md §6) as plain functions: who is protected until when, what a
// check answers, and who reviews it. The services around them only load and store.

export const ADVERSE_ACTIONS = [
  'termination',
  'demotion',
  'suspension',
  'pay_cut',
  'transfer',
  'negative_review',
  'other',
] as const;
export type AdverseAction = (typeof ADVERSE_ACTIONS)[number];

export const REVIEW_DECISIONS = ['cleared', 'blocked', 'escalated'] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];
export type ReviewStatus = 'pending' | ReviewDecision;

export type CheckResult = 'clear' | 'review_required';

/**
 * How an employee matched a protected person: `strong` by normalized email or employee id, `weak`
 * by name alone (two people can share a name, but a review is cheaper than a reprisal), `none`.
 */
export type MatchStrength = 'strong' | 'weak' | 'none';

export const RETALIATION_LIMITS = {
  nameMax: 200,
  emailMax: 254,
  employeeIdMax: 64,
  reasonMax: 2_000,
} as const;

/**
 * People on a case closed at or after this time are still protected; people on an open case
 * always are. Measured from closing (product.md §6: "a configurable period after it closes").
 */
export function protectionCutoff(now: Date, protectionMonths: number): Date {
  return addUtcMonthsClamped(now, -protectionMonths);
}

/**
 * The answer to HR. `draw` is a uniform random number in [0, 1) drawn for every check, protected
 * or not, so that both paths do the same work; a protected employee always needs a review, and an
 * unprotected one does with probability `randomReviewRate`, so that "review required" tells HR
 * nothing about protection.
 */
export function checkResult(
  match: MatchStrength,
  draw: number,
  randomReviewRate: number,
): { result: CheckResult; random: boolean } {
  if (match !== 'none') return { result: 'review_required', random: false };
  return draw < randomReviewRate
    ? { result: 'review_required', random: true }
    : { result: 'clear', random: false };
}

/** A staff member as the reviewer rule sees them (disabled accounts are never loaded). */
export interface ReviewerCandidate {
  readonly id: string;
  readonly role: StaffRole;
  readonly isChair: boolean;
}

/**
 * Access facts standing for "no case": a check sent to review at random goes to Legal (the General
 * Counsel's people), the default contact for anything that concerns no particular body.
 */
export const NO_CASE_FACTS: CaseAccessFacts = {
  routedTo: 'general_counsel',
  handledBy: 'general_counsel',
  assigneeIds: [],
  recusedStaffIds: [],
};

/**
 * The Legal contact of the body handling the case: whoever may place a legal hold on it (the
 * General Counsel's people for General Counsel cases; the Audit Committee for its cases and the
 * Board cases it handles, its chair when there is one; the Board for the Board cases it handles).
 * Never someone recused from the case. If the body has nobody left who may review, the Audit
 * Committee (chair first) reviews: it oversees Legal, and a check must never go unreviewed.
 */
export function reviewersFor(
  staff: readonly ReviewerCandidate[],
  facts: CaseAccessFacts,
): string[] {
  const chairsFirst = (people: readonly ReviewerCandidate[]) => {
    const chairs = people.filter((s) => s.role === 'audit_committee' && s.isChair);
    return chairs.length > 0 && people.every((s) => s.role === 'audit_committee') ? chairs : people;
  };
  const contacts = staff.filter((s) => canAct(s, 'place_hold', facts));
  if (contacts.length > 0) return chairsFirst(contacts).map((s) => s.id);
  const committee = staff.filter((s) => s.role === 'audit_committee' && !isRecused(s, facts));
  return chairsFirst(committee).map((s) => s.id);
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** What is wrong with a person as described by HR or a handler; empty when nothing is. */
export function personProblems(person: {
  name?: unknown;
  email?: unknown;
  employeeId?: unknown;
}): string[] {
  const problems: string[] = [];
  if (typeof person.name !== 'string' || !person.name.trim()) {
    problems.push('name is required');
  } else if (person.name.trim().length > RETALIATION_LIMITS.nameMax) {
    problems.push(`name must be at most ${RETALIATION_LIMITS.nameMax} characters`);
  }
  if (person.email !== undefined) {
    if (
      typeof person.email !== 'string' ||
      person.email.trim().length > RETALIATION_LIMITS.emailMax ||
      !EMAIL.test(person.email.trim())
    ) {
      problems.push('email must be an email address');
    }
  }
  if (person.employeeId !== undefined) {
    if (
      typeof person.employeeId !== 'string' ||
      !/[\p{L}\p{N}]/u.test(person.employeeId) ||
      person.employeeId.trim().length > RETALIATION_LIMITS.employeeIdMax
    ) {
      problems.push(
        `employeeId must hold letters or digits, at most ${RETALIATION_LIMITS.employeeIdMax} characters`,
      );
    }
  }
  return problems;
}
