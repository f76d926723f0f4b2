import { acknowledgementMessage } from './case-messages.js';

describe(acknowledgementMessage.name, () => {
  it.each([
    ['general_counsel', /General Counsel/],
    ['audit_committee', /Audit Committee/],
    ['board', /Board of Directors/],
  ] as const)('names the body handling a %s case and the feedback date', (route, body) => {
    const text = acknowledgementMessage(route, new Date('2027-02-28T10:00:00Z'));
    expect(text).toMatch(body);
    expect(text).toContain('2027-02-28');
  });

  it('tells the reporter that nothing stops them from going to the SEC or another authority', () => {
    expect(acknowledgementMessage('general_counsel', new Date())).toMatch(
      /Securities and Exchange Commission or any other governmental authority/,
    );
  });
});
