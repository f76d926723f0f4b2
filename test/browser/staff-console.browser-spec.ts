import request from 'supertest';
import { must } from '@candor/platform';
import { anonymousReport } from '../support/factories.js';
import { eventually, runToEnd, spawnApp, type Spawned } from '../support/processes.js';
import { SmtpListener } from '../support/smtp-listener.js';
import { createStaff, totpCode } from '../support/staff.js';
import { ReporterBrowser } from './support/browser.js';
import { startPageServer, type PageServer } from './support/page-server.js';
import { errorSummary, heading, mainText } from './support/reporter-steps.js';
import { signInAsStaff, submit } from './support/staff.js';

const LINK = /(http:\/\/127\.0\.0\.1:\d+)(\/staff\/enrol\?token=[A-Za-z0-9_-]{43})/;

/**
 * The staff console in Chromium with JavaScript on (issue 16): enrolment from the emailed link to
 * the queue, the queue and its filters, and a recused CFO who finds no trace of a case.
 */
describe('the staff console', () => {
  let server: PageServer;
  let smtp: SmtpListener;
  let worker: Spawned;
  let browser: ReporterBrowser;

  beforeAll(async () => {
    smtp = await SmtpListener.start();
    server = await startPageServer({
      SMTP_URL: smtp.url,
      NOTIFY_BACKOFF_MS: '200',
      NOTIFY_RELAY_POLL_MS: '500',
    });
    worker = spawnApp('worker', [], { ...server.sut.env, SMTP_URL: smtp.url });
    browser = await ReporterBrowser.launch(server.origin, 'staff-console', { javaScript: true });
  });
  afterAll(async () => {
    await browser?.close();
    if (worker && worker.proc.exitCode === null) {
      worker.proc.kill('SIGTERM');
      await worker.exited();
    }
    await server?.close();
    await smtp?.stop();
  });
  beforeEach(() => browser.restart());

  const http = () => request(server.sut.app.getHttpServer());
  async function report(body: Record<string, unknown>): Promise<string> {
    const res = await http().post('/api/v1/intake/reports').send(body);
    expect(res.status).toBe(201);
    return (res.body as { reference: string }).reference;
  }

  it('leads a new General Counsel from the enrolment email through password, QR code and code to the queue', async () => {
    const { page } = browser;
    const email = 'grace.whitfield@candor.example';
    const created = await runToEnd(
      'cli',
      ['staff:create', '--email', email, '--name', 'Grace Whitfield', '--role', 'general_counsel'],
      server.sut.env,
    );
    expect(created.code).toBe(0);
    const mail = await eventually(
      'the enrolment email',
      () => Promise.resolve(smtp.to(email)[0]),
      30_000,
    );
    const [, origin, linkPath] = LINK.exec(mail.text) ?? [];
    expect(origin).toBe(server.origin);
    const path = must(linkPath, 'the path of the enrolment link');

    await browser.goto(path);
    expect(await heading(page)).toBe('Set up your account');
    expect(await mainText(page)).toContain('Welcome, Grace Whitfield.');
    await browser.check('enrol-password');

    // A weak password is refused with the domain's policy, said beside the field.
    await page.getByLabel('New password').fill('password1234');
    await page.getByLabel('Type the password again').fill('password1234');
    await submit(page, 'Continue');
    expect((await errorSummary(page)).map((e) => e.text)).toEqual([
      'This password is too easy to guess. Add another unusual word or two',
    ]);
    await browser.check('enrol-password-weak');

    await page.getByLabel('New password').fill('lantern orchid quarry harbour');
    await page.getByLabel('Type the password again').fill('lantern orchid quarry harbour');
    await submit(page, 'Continue');
    expect(await heading(page)).toBe('Set up your account');
    expect(
      await page.getByRole('img', { name: 'QR code to scan with your authenticator app' }).count(),
    ).toBe(1);
    expect(await page.getByRole('img').first().getAttribute('src')).toMatch(
      /^data:image\/svg\+xml;base64,/,
    );
    const secret = ((await page.getByTestId('totp-secret').textContent()) ?? '').replace(
      /\s+/g,
      '',
    );
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
    await browser.check('enrol-totp');

    await page.getByLabel('Code from your authenticator app').fill('000000');
    await submit(page, 'Finish and sign in');
    expect((await errorSummary(page)).map((e) => e.text)).toEqual([
      'The code is not right. Check the time on your phone and enter the newest code.',
    ]);
    await browser.check('enrol-code-wrong');

    await page.getByLabel('Code from your authenticator app').fill(await totpCode(secret));
    await submit(page, 'Finish and sign in');
    expect(new URL(page.url()).pathname).toBe('/staff');
    expect(await heading(page)).toBe('Cases');
    expect(await mainText(page)).toContain('No cases match.');
    expect(await page.locator('header').innerText()).toContain(
      'Signed in as Grace Whitfield (General Counsel)',
    );
    await browser.check('queue-empty');

    // The link is spent.
    await browser.goto(path);
    expect(await heading(page)).toBe('This link cannot be used');
    await browser.check('enrol-link-spent');

    // Signing out ends the session; the queue asks for sign-in again.
    await browser.goto('/staff');
    await submit(page, 'Sign out');
    expect(await mainText(page)).toContain('You have signed out.');
    await browser.check('signed-out');
    await browser.goto('/staff');
    expect(await heading(page)).toBe('Sign in');
    expect(browser.foreignRequests()).toEqual([]);
    expect(browser.problems).toEqual([]);
  });

  it('filters the queue, and a recused CFO finds no trace of the case about them', async () => {
    const { page } = browser;
    const gc = await createStaff(server.sut, 'general_counsel', { name: 'Helen Park' });
    const cfo = await createStaff(server.sut, 'cfo', { name: 'Priya Raman' });
    const ac = await createStaff(server.sut, 'audit_committee', { name: 'Omar Haddad' });
    const aboutCfo = await report(
      anonymousReport({
        concernType: 'company_assets',
        title: 'Company car used for private trips',
        implicated: [{ role: 'cfo' }],
      }),
    );
    const harassment = await report(
      anonymousReport({
        concernType: 'discrimination_harassment',
        title: 'Remarks about an accent in every team meeting',
        implicated: [{ role: 'employee' }],
      }),
    );
    const accounting = await report(anonymousReport());

    // The General Counsel sees both General Counsel cases, counted.
    await signInAsStaff(page, server.origin, gc);
    expect(await heading(page)).toBe('Cases');
    const table = async () => page.locator('table').innerText();
    expect(await table()).toContain(aboutCfo);
    expect(await table()).toContain(harassment);
    expect(await table()).not.toContain(accounting);
    expect(await page.getByRole('link', { name: /^2\s*All open and closed$/ }).count()).toBe(1);
    await browser.check('queue-gc');

    await page.getByLabel('Concern type').selectOption('discrimination_harassment');
    await submit(page, 'Apply filters');
    expect(await table()).toContain(harassment);
    expect(await table()).not.toContain(aboutCfo);
    await browser.check('queue-filtered');

    await browser.goto('/staff?overdue=true');
    expect(await mainText(page)).toContain('No cases match.');
    await browser.goto(`/staff?q=${aboutCfo}`);
    expect(await table()).toContain(aboutCfo);
    await browser.goto('/staff?status=nonsense');
    expect((await errorSummary(page)).map((e) => e.text)).toEqual([
      'A filter was not understood. Choose one of the options offered.',
    ]);
    await browser.check('queue-bad-filter');

    // The CFO: one case, and nothing of the one about them: not listed, not counted, not found.
    await browser.restart();
    await signInAsStaff(page, server.origin, cfo);
    expect(await table()).toContain(harassment);
    expect(await table()).not.toContain(aboutCfo);
    expect(await page.getByRole('link', { name: /^1\s*All open and closed$/ }).count()).toBe(1);
    expect(await page.getByRole('link', { name: /^1\s*Received$/ }).count()).toBe(1);
    await browser.goto(`/staff?q=${aboutCfo}`);
    expect(await mainText(page)).toContain('No cases match.');
    const byUrl = await browser.goto(`/staff/cases/${aboutCfo}`);
    expect(byUrl?.status()).toBe(404);
    expect(await heading(page)).toBe('Page not found');
    const recusedPage = await mainText(page);
    await browser.check('case-not-found-recused');
    // Exactly the page of a case that does not exist.
    const nonexistent = await browser.goto('/staff/cases/CND-2020-ZZZZZZ');
    expect(nonexistent?.status()).toBe(404);
    expect(await mainText(page)).toBe(recusedPage);

    // The Audit Committee member has the accounting case.
    await browser.restart();
    await signInAsStaff(page, server.origin, ac);
    expect(await table()).toContain(accounting);
    expect(await table()).not.toContain(harassment);
    await browser.check('queue-ac');
    expect(browser.foreignRequests()).toEqual([]);
    expect(browser.problems).toEqual([]);
  });
});
