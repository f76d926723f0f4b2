import { classifyFailure } from './mail-transport.service.js';

const smtpError = (fields: Record<string, unknown>) =>
  Object.assign(new Error('Message failed: 550 5.1.1 <gc@company.example> unknown'), fields);

describe(classifyFailure.name, () => {
  it.each([
    [
      { responseCode: 550, command: 'DATA', permanent: true },
      true,
      'SMTP 550 during DATA (permanent)',
    ],
    [{ responseCode: 554, command: 'RCPT TO' }, true, 'SMTP 554 during RCPT TO (permanent)'],
    [
      { responseCode: 451, command: 'DATA', permanent: false },
      false,
      'SMTP 451 during DATA (temporary)',
    ],
    [{ responseCode: 421 }, false, 'SMTP 421 (temporary)'],
    // 503 says the session was in the wrong state, not that the message was refused.
    [{ responseCode: 503 }, false, 'SMTP 503 (temporary)'],
    [{ code: 'ETIMEDOUT' }, false, 'SMTP ETIMEDOUT (temporary)'],
    [{ code: 'ECONNECTION' }, false, 'SMTP ECONNECTION (temporary)'],
    [{ code: 'ESOCKET' }, false, 'SMTP ESOCKET (temporary)'],
    [{ code: 'EENVELOPE' }, true, 'SMTP EENVELOPE (permanent)'],
    [{}, false, 'SMTP error (temporary)'],
  ])('classifies %j as permanent=%s', (fields, permanent, message) => {
    const failure = classifyFailure(smtpError(fields));
    expect(failure.permanent).toBe(permanent);
    expect(failure.message).toBe(message);
  });

  it('never repeats the server’s words, which may quote an address', () => {
    const failure = classifyFailure(
      smtpError({
        responseCode: 550,
        command: 'RCPT TO:<gc@company.example>',
        response: '550 <gc@company.example>',
      }),
    );
    expect(failure.message).toBe('SMTP 550 (permanent)');
  });
});
