import type { Route } from '../routing/routing.types.js';

export const JUSTIFICATION_LIMITS = { min: 20, max: 2_000 } as const;

/**
 * Why a justification is not enough, or undefined when it is. "At least a sentence": a few words
 * of real text, not a single token or a code, since the reporter will read it.
 */
export function justificationProblem(justification: string): string | undefined {
  const text = justification.trim();
  if (text.length < JUSTIFICATION_LIMITS.min || !/\S\s+\S/u.test(text)) {
    return `justification must be at least a sentence (${JUSTIFICATION_LIMITS.min} characters or more, several words): the reporter is told why`;
  }
  if (text.length > JUSTIFICATION_LIMITS.max) {
    return `justification must be at most ${JUSTIFICATION_LIMITS.max} characters`;
  }
  return undefined;
}

const BODY_NAMES: Record<Route, string> = {
  general_counsel: 'the General Counsel and the Chief Financial Officer',
  audit_committee: 'the Audit Committee of the Board',
  board: 'the Board of Directors',
};

/**
 * The message the reporter finds in their follow-up inbox before their identity is disclosed (EU
 * Directive 2019/1937, art. 16(3): the reporter is told first, with the reasons, in writing).
 */
export function identityNoticeText(handledBy: Route, justification: string): string {
  return [
    `Your identity is being disclosed to ${BODY_NAMES[handledBy]}, who are handling your report.`,
    '',
    'The reason they gave:',
    justification.trim(),
    '',
    'Only the people handling your report will see your name and contact details, and the disclosure is recorded.',
    'You can reply here if you have concerns about it.',
    'Nothing in this process stops you from reporting to the SEC or any other authority.',
  ].join('\n');
}
