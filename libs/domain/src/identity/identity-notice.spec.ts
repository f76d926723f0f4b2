import { identityNoticeText, justificationProblem } from './identity-notice.js';

describe(justificationProblem.name, () => {
  it.each([
    ['an empty justification', ''],
    ['only spaces', '          '],
    ['a single long word', 'Investigation-interview-needed-now'],
    ['a short phrase', 'need to talk'],
  ])('refuses %s', (_case, text) => {
    expect(justificationProblem(text)).toMatch(/at least a sentence/);
  });

  it('accepts a sentence', () => {
    expect(
      justificationProblem('We must interview the reporter about the side letters in person.'),
    ).toBeUndefined();
  });

  it('refuses more than 2000 characters', () => {
    expect(justificationProblem(`word ${'x'.repeat(2000)}`)).toMatch(/at most 2000/);
  });
});

describe(identityNoticeText.name, () => {
  it('names the handling body and quotes the reason', () => {
    const text = identityNoticeText('audit_committee', '  The auditors need a sworn statement.  ');
    expect(text).toMatch(/^Your identity is being disclosed to the Audit Committee of the Board/);
    expect(text).toContain('\nThe auditors need a sworn statement.\n');
    expect(text).toMatch(/SEC/);
  });
});
