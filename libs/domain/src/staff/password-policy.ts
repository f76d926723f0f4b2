import { normalizeName } from '@candor/platform';
import { DomainError } from '../common/domain-error.js';

// What a staff password must be (product.md §7; NIST SP 800-63B §3.1.1.2): long enough, not
// guessable by a realistic attacker (a zxcvbn estimate, with its feedback shown to the person), and
// not built from the person's own name or email address. No composition rules: they make passwords
// harder to remember without making them harder to guess.

export const PASSWORD_MIN_LENGTH = 12;
/** Generous for passphrases; beyond it the estimate and the hash would work on input nobody types. */
export const PASSWORD_MAX_LENGTH = 256;
/** zxcvbn's 3: "safely unguessable", about 10^8 guesses or more. */
export const PASSWORD_MIN_SCORE = 3;
/** Name parts and address parts shorter than this are too common inside words to refuse. */
const MIN_PERSONAL_TERM = 4;

export type PasswordProblem = 'too_short' | 'too_long' | 'personal' | 'weak';

/** What the estimator says about a password; `warning` and `suggestions` are shown as they are. */
export interface StrengthEstimate {
  readonly score: number;
  readonly warning: string | null;
  readonly suggestions: readonly string[];
}

export type StrengthEstimator = (
  password: string,
  userInputs: readonly string[],
) => StrengthEstimate;

export interface PasswordOwner {
  readonly name: string;
  readonly email: string;
}

/** A refused password. The message is for the person choosing it; it never repeats the password. */
export class PasswordRejected extends DomainError {
  constructor(
    readonly problem: PasswordProblem,
    message: string,
    readonly warning: string | null = null,
    readonly suggestions: readonly string[] = [],
  ) {
    super('invalid', message);
    this.name = 'PasswordRejected';
  }
}

/** Lowercase letters and digits only, accents removed: how names are compared with passwords. */
function compact(value: string): string {
  return normalizeName(value).replace(/ /g, '');
}

/** The words of the person's name and address that a password must not contain. */
export function personalTerms(owner: PasswordOwner): string[] {
  const email = owner.email.trim().toLowerCase();
  const local = email.split('@')[0] ?? '';
  const terms = [
    compact(email),
    compact(local),
    compact(owner.name),
    ...normalizeName(owner.name).split(' '),
    ...normalizeName(local).split(' '),
  ];
  return [...new Set(terms.filter((t) => t.length >= MIN_PERSONAL_TERM))];
}

/** Throws PasswordRejected when the password may not be used; returns nothing otherwise. */
export function assertAcceptablePassword(
  password: string,
  owner: PasswordOwner,
  estimate: StrengthEstimator,
): void {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) {
    throw new PasswordRejected(
      'too_short',
      `the password must be at least ${PASSWORD_MIN_LENGTH} characters long; a few unrelated words make a good one`,
    );
  }
  if (length > PASSWORD_MAX_LENGTH) {
    throw new PasswordRejected(
      'too_long',
      `the password must be at most ${PASSWORD_MAX_LENGTH} characters long`,
    );
  }
  const terms = personalTerms(owner);
  const plain = compact(password);
  if (terms.some((term) => plain.includes(term))) {
    throw new PasswordRejected(
      'personal',
      'the password must not contain your name or your email address',
    );
  }
  const email = owner.email.trim().toLowerCase();
  const result = estimate(password, [...terms, email, ...email.split(/[@.]/), owner.name]);
  if (result.score < PASSWORD_MIN_SCORE) {
    const advice = [result.warning, ...result.suggestions].filter(Boolean).join(' ');
    throw new PasswordRejected(
      'weak',
      `the password is too easy to guess.${advice ? ` ${advice}` : ''}`,
      result.warning,
      result.suggestions,
    );
  }
}
