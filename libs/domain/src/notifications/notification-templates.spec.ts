import {
  caseUrl,
  enrolmentUrl,
  renderMail,
  stableMessageId,
  SUBJECTS,
} from './notification-templates.js';

const LINK = {
  reference: 'CND-2026-004211',
  url: caseUrl('https://candor.example', 'CND-2026-004211'),
};

describe(renderMail.name, () => {
  it('writes a case email with the fixed subject, the reason, the reference and the link, in text and HTML', () => {
    const mail = renderMail({ kind: 'case', reason: 'A new case was routed to you.', case: LINK });
    expect(mail.subject).toBe('Candor: a case needs your attention');
    for (const body of [mail.text, mail.html]) {
      expect(body).toContain('A new case was routed to you.');
      expect(body).toContain('CND-2026-004211');
      expect(body).toContain('https://candor.example/cases/CND-2026-004211');
    }
    expect(mail.html).toContain('<a href="https://candor.example/cases/CND-2026-004211">');
  });

  it('uses one subject per kind of email, whatever the event or the case', () => {
    const subjects = new Set([
      renderMail({ kind: 'case', reason: 'x.', case: LINK }).subject,
      renderMail({ kind: 'case', reason: 'y.', case: { ...LINK, reference: 'CND-2026-000001' } })
        .subject,
    ]);
    expect([...subjects]).toEqual([SUBJECTS.case]);
    expect(renderMail({ kind: 'digest', cases: [LINK] }).subject).toBe(SUBJECTS.digest);
    expect(
      renderMail({ kind: 'audit_head', seq: '1', hash: 'ab', day: '2026-01-02' }).subject,
    ).toBe(SUBJECTS.auditHead);
    expect(
      renderMail({ kind: 'reporter_news', url: 'https://candor.example/follow-up' }).subject,
    ).toBe(SUBJECTS.reporterNews);
  });

  it('tells an administrator which body has nobody to receive a notification, and nothing about the case', () => {
    const mail = renderMail({
      kind: 'nobody_to_tell',
      reason: 'A case for the Audit Committee has nobody who can receive it.',
    });
    expect(mail.subject).toBe(SUBJECTS.nobodyToTell);
    for (const body of [mail.text, mail.html]) {
      expect(body).toContain('A case for the Audit Committee has nobody who can receive it.');
      expect(body).toContain('staff:create');
      expect(body).not.toMatch(/CND-|https?:/);
    }
  });

  it('lists only references and links in a digest', () => {
    const other = {
      reference: 'CND-2026-000002',
      url: caseUrl('https://c.example', 'CND-2026-000002'),
    };
    const mail = renderMail({ kind: 'digest', cases: [LINK, other] });
    expect(mail.text).toBe(
      [
        '2 items needed your attention since your last summary:',
        'CND-2026-004211: https://candor.example/cases/CND-2026-004211',
        'CND-2026-000002: https://c.example/cases/CND-2026-000002',
        '',
        'This message was sent by Candor. It contains no case details: sign in to read them.',
        '',
      ].join('\n'),
    );
  });

  it('puts the audit head sequence and hash in the audit head email', () => {
    const mail = renderMail({
      kind: 'audit_head',
      seq: '42',
      hash: 'f'.repeat(64),
      day: '2026-03-04',
    });
    expect(mail.text).toContain('Entry: 42');
    expect(mail.text).toContain(`Hash: ${'f'.repeat(64)}`);
    expect(mail.text).toContain('2026-03-04');
  });

  it('tells the owner of a paused account what happened and what to do, the same words for every pause', () => {
    const mail = renderMail({ kind: 'sign_in_paused', minutes: 15 });
    expect(mail.subject).toBe(SUBJECTS.signInPaused);
    expect(mail.subject).toBe('Candor: sign-in to your account was paused');
    expect(mail.text).toContain('paused for up to 15 minutes');
    expect(mail.text).toContain('tell your Candor administrator');
    expect(mail.html).not.toMatch(/<a /);
  });

  it('tells the reporter there is news in every language of the pages, with the link and nothing else', () => {
    const mail = renderMail({ kind: 'reporter_news', url: 'https://candor.example/follow-up' });
    expect(mail.subject).toBe('Candor: there is news about your report');
    expect(mail.text).toBe(
      [
        'There is news about your report.',
        'Sign in with your receipt to read it: https://candor.example/follow-up',
        'Es gibt Neuigkeiten zu Ihrer Meldung.',
        'Melden Sie sich mit Ihrem Beleg an, um sie zu lesen: https://candor.example/follow-up',
        '',
        'This message was sent by Candor. It contains no case details: sign in to read them.',
        'Diese Nachricht wurde von Candor gesendet. Sie enthält keine Angaben zum Fall: Melden Sie sich an, um sie zu lesen.',
        '',
      ].join('\n'),
    );
    expect(mail.html).toContain('<p lang="de">Es gibt Neuigkeiten zu Ihrer Meldung.</p>');
  });

  it('escapes HTML', () => {
    const mail = renderMail({ kind: 'case', reason: '<b>&"', case: LINK });
    expect(mail.html).toContain('&lt;b&gt;&amp;&quot;');
  });
});

describe(stableMessageId.name, () => {
  const EVENT = '0b7e7a6c-4a0e-4c43-9d5c-3f1f0b6f7e11';

  it('is the same on every attempt and different for each recipient', () => {
    expect(stableMessageId(EVENT, 'staff-1')).toBe(stableMessageId(EVENT, 'staff-1'));
    expect(stableMessageId(EVENT, 'staff-1')).not.toBe(stableMessageId(EVENT, 'staff-2'));
  });

  it('names the event and hides the recipient behind a hash', () => {
    const id = stableMessageId(EVENT, 'staff-1');
    expect(id).toMatch(new RegExp(`^<${EVENT}\\.[0-9a-f]{20}@candor>$`));
    expect(id).not.toContain('staff-1');
  });
});

describe('the enrolment email', () => {
  const url = enrolmentUrl('https://candor.example', 'tok_en-123');
  const expiresAt = new Date('2026-05-04T13:07:45Z');

  it('carries the link and its expiry under a fixed subject, and nothing about the account', () => {
    const mail = renderMail({ kind: 'enrolment', purpose: 'account', url, expiresAt });
    expect(mail.subject).toBe(SUBJECTS.enrolment);
    expect(url).toBe('https://candor.example/staff/enrol?token=tok_en-123');
    for (const body of [mail.text, mail.html]) {
      expect(body).toContain(url);
      expect(body).toContain('2026-05-04 13:07 UTC');
      expect(body).toContain('created for you');
    }
    const reset = renderMail({ kind: 'enrolment', purpose: 'second_factor', url, expiresAt });
    expect(reset.subject).toBe(SUBJECTS.enrolment);
    expect(reset.text).toContain('second factor of your Candor account was reset');
  });
});
