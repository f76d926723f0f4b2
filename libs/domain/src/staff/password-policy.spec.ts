import {
  assertAcceptablePassword,
  PasswordRejected,
  personalTerms,
  type StrengthEstimator,
} from './password-policy.js';
import { strengthEstimator } from './password-strength.js';

const owner = { name: 'Grace Whitfield', email: 'g.whitfield@candor.example' };

describe(assertAcceptablePassword.name, () => {
  let estimate: StrengthEstimator;

  beforeAll(async () => {
    estimate = await strengthEstimator();
  });

  function problemOf(password: string): string | undefined {
    try {
      assertAcceptablePassword(password, owner, estimate);
      return undefined;
    } catch (error) {
      if (error instanceof PasswordRejected) return error.problem;
      throw error;
    }
  }

  it.each([
    ['short', 'too_short'],
    ['x'.repeat(257), 'too_long'],
    ['password1234', 'weak'],
    ['qwertyuiop12', 'weak'],
    ['aaaaaaaaaaaaaaaa', 'weak'],
    ['iloveyou2024!', 'weak'],
    ['Whitfield-rules-2026', 'personal'],
    ['grace!whitfield!99', 'personal'],
    ['my g.whitfield@candor.example', 'personal'],
    ['GWhitfield#Candor', 'personal'],
  ])('refuses %j as %s', (password, problem) => {
    expect(problemOf(password)).toBe(problem);
  });

  it.each([
    'correct horse battery staple',
    'Lantern-orchid-quarry-41',
    'the board meets on thursdays at nine',
    'xK9#mP2$vL5@nQ8!',
  ])('accepts %j', (password) => {
    expect(problemOf(password)).toBeUndefined();
  });

  it("gives the estimator's feedback for a weak password, never the password itself", () => {
    let caught: unknown;
    try {
      assertAcceptablePassword('password1234', owner, estimate);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(PasswordRejected);
    const rejected = caught as PasswordRejected;
    expect(rejected.kind).toBe('invalid');
    expect(rejected.message).toMatch(/too easy to guess\. .+/);
    expect(rejected.message).not.toContain('password1234');
    expect(rejected.warning ?? rejected.suggestions.join(' ')).not.toBe('');
  });
});

describe(personalTerms.name, () => {
  it('lists the name, its long parts and the address, compacted and without accents', () => {
    expect(personalTerms({ name: 'Zoë Ólafsdóttir-Lee', email: 'zoe.o@x.example' }).sort()).toEqual(
      ['olafsdottir', 'zoeo', 'zoeoxexample', 'zoeolafsdottirlee'].sort(),
    );
  });
});
