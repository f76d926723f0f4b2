import { readFileSync } from 'node:fs';
import { type AppConfig, must, QueueName, redisOptions } from '@candor/platform';
import { Queue, Worker } from 'bullmq';
import { anonymousReport, namedReport } from '../support/factories.js';
import { eventually, spawnApp, type Spawned } from '../support/processes.js';
import { SmtpListener } from '../support/smtp-listener.js';
import { createStaff, type TestStaff } from '../support/staff.js';
import { report } from '../safeguards/case-fixtures.js';
import { ConsoleBrowser, type ConsoleTab } from './support/console-browser.js';
import { startPageServer, type PageServer } from './support/page-server.js';
import { signInAsStaff } from './support/staff.js';
import { errorSummary, follow, heading, mainText, press } from './support/reporter-steps.js';

/**
 * The console's other areas (issue 16, parts 4 to 7) in a real browser: HR's adverse-action check
 * and the reviewer's decision, the board report with its charts and CSV, the audit chain's
 * verification, and administration. A recused reader's report leaves their case out.
 */
describe('the console areas in the browser', () => {
  let server: PageServer;
  let browser: ConsoleBrowser;
  let smtp: SmtpListener;
  let worker: Spawned | undefined;
  let hr: TestStaff;
  let counsel: TestStaff;
  let chair: TestStaff;
  let cfo: TestStaff;
  let admin: TestStaff;
  let desk: Record<'hr' | 'counsel' | 'chair' | 'cfo' | 'admin', ConsoleTab>;
  const year = String(new Date().getUTCFullYear());

  beforeAll(async () => {
    smtp = await SmtpListener.start();
    server = await startPageServer({ NOTIFY_RELAY_POLL_MS: '300' });
    worker = spawnApp('worker', [], {
      ...server.sut.env,
      SMTP_URL: smtp.url,
      PUBLIC_BASE_URL: server.origin,
    });
    browser = await ConsoleBrowser.launch(server.origin, 'console-areas');
    hr = await createStaff(server.sut, 'hr', { name: 'Priya Nair' });
    counsel = await createStaff(server.sut, 'general_counsel', { name: 'Grace Whitfield' });
    chair = await createStaff(server.sut, 'audit_committee', { name: 'Alex Chair', chair: true });
    cfo = await createStaff(server.sut, 'cfo', { name: 'Morgan Hale' });
    admin = await createStaff(server.sut, 'admin', { name: 'Sam Admin' });

    // Dana Whitfield reports by name (she is protected); a few more cases for the board report,
    // one of them naming the CFO, who is recused from it.
    await report(server.sut, namedReport());
    for (let i = 0; i < 4; i += 1) await report(server.sut, anonymousReport());
    await report(server.sut, anonymousReport({ concernType: 'insider_trading', implicated: [] }));
    await report(
      server.sut,
      anonymousReport({
        concernType: 'gifts_entertainment',
        title: 'Season tickets for the CFO',
        implicated: [{ name: 'Morgan Hale', role: 'cfo' }],
      }),
    );

    const signedIn = async (name: string, person: TestStaff) => {
      const tab = await browser.tab(name);
      await signInAsStaff(tab.page, server.origin, person);
      return tab;
    };
    desk = {
      hr: await signedIn('hr', hr),
      counsel: await signedIn('counsel', counsel),
      chair: await signedIn('chair', chair),
      cfo: await signedIn('cfo', cfo),
      admin: await signedIn('admin', admin),
    };
  });
  afterAll(async () => {
    await browser?.close();
    worker?.proc.kill('SIGTERM');
    await worker?.exited();
    await server?.close();
    await smtp?.stop();
  });

  afterEach(() => {
    // Each test answers for its own pages only.
    const problems = browser.problems.splice(0);
    expect(problems).toEqual([]);
    expect(browser.foreignRequests()).toEqual([]);
  });

  it('lets HR check a protected person and see "review required", then the reviewer decide it', async () => {
    const { page } = desk.hr;
    await desk.hr.goto('/staff/retaliation/checks');
    expect(await heading(page)).toBe('Check a planned adverse action');
    await desk.hr.check('hr-check-form');

    await press(page, 'Run the check');
    expect((await errorSummary(page)).map((e) => e.text)).toEqual([
      'Enter the employee’s full name',
      'Select the planned action',
      'Enter the date as year-month-day, for example 2027-03-01',
    ]);
    await desk.hr.check('hr-check-errors');

    await page.getByLabel('Full name').fill('Dana Whitfield');
    await page.getByLabel('Work email address').fill('dana.whitfield@example.com');
    await page.getByLabel('Termination').check();
    await page.getByLabel('Day').fill('1');
    await page.getByLabel('Month').fill('3');
    await page.getByLabel('Year').fill('2027');
    await press(page, 'Run the check');
    expect(await heading(page)).toBe('Review required');
    expect(await mainText(page)).toContain('Waiting for a decision');
    await desk.hr.check('hr-check-review-required');

    // The reviewer's inbox: the review, the decision form, its errors, the decision.
    const reviewer = desk.counsel.page;
    await desk.counsel.goto('/staff/retaliation/reviews');
    expect(await heading(reviewer)).toBe('Retaliation reviews');
    expect(await mainText(reviewer)).toContain('Dana Whitfield');
    await desk.counsel.check('reviewer-inbox');
    await reviewer.getByRole('link', { name: /^Decide\W+Dana Whitfield$/ }).click();
    await reviewer.waitForURL(/\/staff\/retaliation\/reviews\/[0-9a-f-]{36}$/);
    expect(await heading(reviewer)).toBe('Decide the review');
    await press(reviewer, 'Record the decision');
    expect((await errorSummary(reviewer)).map((e) => e.text)).toEqual([
      'Select cleared, blocked or escalated',
      'Give a reason for your decision',
    ]);
    await desk.counsel.check('reviewer-decision-errors');
    await reviewer.getByLabel('Blocked: the action must not go ahead').check();
    await reviewer
      .getByLabel('Reason')
      .fill('She reported by name in the spring; the termination needs the Audit Committee first.');
    await press(reviewer, 'Record the decision');
    expect(await mainText(reviewer)).toContain('Your decision was recorded: Blocked.');
    await desk.counsel.check('reviewer-decided');

    // HR learns the decision, and nothing about any case.
    await desk.hr.goto('/staff/retaliation/checks');
    const own = await mainText(page);
    expect(own).toContain('Review required');
    expect(own).toContain('Blocked');
    expect(own).not.toMatch(/CND-\d{4}-/);
    expect(own).not.toContain('reported by name');
    await desk.hr.check('hr-own-checks');
  });

  it('answers the 404 page to whoever may not use an area', async () => {
    for (const [who, path] of [
      ['hr', '/staff/board-report'],
      ['hr', '/staff/audit'],
      ['admin', '/staff/retaliation/checks'],
      ['counsel', '/staff/admin'],
      ['cfo', '/staff/retaliation/reviews'],
      ['chair', '/staff/admin/notifications'],
    ] as const) {
      const response = await desk[who].goto(path);
      expect([who, path, response?.status()]).toEqual([who, path, 404]);
    }
    await desk.hr.check('not-found');
  });

  it('renders the board report with its charts and tables, and downloads the same figures as CSV', async () => {
    const { page } = desk.chair;
    await desk.chair.goto('/staff/board-report');
    expect(await heading(page)).toBe('Board report');
    await page.getByLabel('Year').selectOption(year);
    await page.getByLabel('Month or quarter').selectOption('year');
    await press(page, 'Show the report');
    expect(await page.locator('h2#report-title').innerText()).toBe(`Report for ${year}`);
    const charts = page.getByRole('img');
    expect(await charts.count()).toBe(5);
    expect(await page.getByRole('img', { name: /Cases by concern type/ }).count()).toBe(1);
    expect(
      await page.getByRole('img', { name: /Time to acknowledge, against the 7-day clock/ }).count(),
    ).toBe(1);
    const table = page.getByRole('table', { name: 'Cases by route' });
    expect(await table.getByRole('row', { name: /Audit Committee/ }).innerText()).toMatch(/4/);
    // One insider-trading case: a count of 1 is never shown.
    expect(
      await page
        .getByRole('table', { name: 'Cases by concern type' })
        .getByRole('row', { name: /Insider trading/ })
        .innerText(),
    ).toContain('suppressed');
    await desk.chair.check('board-report');
    // The print stylesheet: the report alone, without the console around it.
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({
      path: `${browser.screenshotDir}/board-report-print.png`,
      fullPage: true,
    });
    expect(await page.getByRole('button', { name: 'Show the report' }).isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download as CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`candor-board-report-${year}.csv`);
    const csv = readFileSync((await download.path()) ?? '', 'utf8');
    expect(csv).toContain('total,cases,7\r\n');
    expect(csv).toContain('concern_type,accounting,4\r\n');
    expect(csv).toContain('concern_type,insider_trading,suppressed\r\n');

    await desk.chair.goto('/staff/board-report?year=1999&part=Q5');
    expect((await errorSummary(page)).map((e) => e.text)).toEqual([
      'Select a year, and a quarter or month, between 2000 and 2999',
    ]);
    await desk.chair.check('board-report-error');
  });

  it('leaves the case a reader is recused from out of their board report', async () => {
    const { page } = desk.cfo;
    await desk.cfo.goto(`/staff/board-report?period=${year}`);
    const totals = await page.locator('.counts').innerText();
    expect(totals).toContain('6');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download as CSV' }).click(),
    ]);
    const csv = readFileSync((await download.path()) ?? '', 'utf8');
    expect(csv).toContain('total,cases,6\r\n');
    expect(csv).not.toContain('concern_type,gifts_entertainment,1');
    expect(await mainText(page)).not.toContain('Season tickets');
    await desk.cfo.check('board-report-recused');
  });

  it('verifies the audit chain and shows the statement for the chair', async () => {
    const { page } = desk.chair;
    await desk.chair.goto('/staff/audit');
    expect(await heading(page)).toBe('Audit log');
    expect(await mainText(page)).toContain('Candor audit log: head of the chain');
    await desk.chair.check('audit');
    await press(page, 'Verify the chain');
    expect(await mainText(page)).toContain('The chain is valid');
    const [count] = await server.sut.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_log`,
    );
    expect(must(count, 'a count of the log').n).toBeGreaterThan(0);
    await desk.chair.check('audit-verified');
  });

  it('lets the administrator create an account (the enrolment email goes out), and disable one', async () => {
    const { page } = desk.admin;
    await desk.admin.goto('/staff/admin');
    expect(await heading(page)).toBe('Staff accounts');
    expect(await mainText(page)).toContain('Grace Whitfield');
    await desk.admin.check('admin-accounts');
    await follow(page, 'Create an account');
    await press(page, 'Create the account and send the link');
    expect((await errorSummary(page)).map((e) => e.text)).toEqual([
      'Enter an email address in the correct format, like name@example.com',
    ]);
    await desk.admin.check('admin-create-errors');
    await page.getByLabel('Full name').fill('Tomás Reyes');
    await page.getByLabel('Email address').fill('tomas.reyes@candor.example');
    await page.getByLabel('Role').selectOption({ label: 'Investigator' });
    await press(page, 'Create the account and send the link');
    expect(await heading(page)).toBe('Tomás Reyes');
    expect(await mainText(page)).toContain(
      'The account was created. An enrolment link was sent to tomas.reyes@candor.example',
    );
    await desk.admin.check('admin-account-created');
    const mail = await eventually(
      'the enrolment email',
      () => Promise.resolve(smtp.to('tomas.reyes@candor.example')[0]),
      20_000,
    );
    expect(mail.text).toContain(`${server.origin}/staff/enrol?token=`);

    await press(page, 'Disable the account');
    expect(await mainText(page)).toContain('The account was disabled. Its sessions have ended.');
    expect(await mainText(page)).toContain('Disabled');
    await desk.admin.check('admin-account-disabled');

    await desk.admin.goto('/staff/admin/routing');
    expect(await heading(page)).toBe('Routing policy in force');
    expect(await mainText(page)).toContain('2026-11.1');
    await desk.admin.check('admin-routing');
  });

  it('lets the administrator retry a failed notification', async () => {
    // The worker is stopped, so that the job retried stays in the queue where the test can see it.
    worker?.proc.kill('SIGTERM');
    await worker?.exited();
    worker = undefined;
    const config: AppConfig = server.sut.config;
    const connection = redisOptions(config.redisUrl, 'worker');
    const queue = new Queue(QueueName.NotificationDeliveries, {
      connection,
      prefix: config.redisPrefix,
    });
    const failing = new Worker(
      QueueName.NotificationDeliveries,
      () => Promise.reject(new Error('550 mailbox unavailable')),
      { connection, prefix: config.redisPrefix },
    );
    const job = await queue.add(
      'send',
      { event: 'case.received', recipient: counsel.id },
      { attempts: 1, jobId: 'test-failed-1' },
    );
    await eventually('the job to fail', async () => (await job.isFailed()) || undefined);
    await failing.close();

    const { page } = desk.admin;
    await desk.admin.goto('/staff/admin/notifications');
    expect(await mainText(page)).toContain('550 mailbox unavailable');
    await desk.admin.check('admin-failed-notifications');
    await page.getByRole('button', { name: 'Retry test-failed-1' }).click();
    await page.waitForURL(/retried=1/);
    expect(await mainText(page)).toContain('1 notification was put back in the queue.');
    expect(await mainText(page)).toContain('No notification has failed.');
    expect(await queue.getJobState('test-failed-1')).toBe('waiting');
    await desk.admin.check('admin-notification-retried');
    await queue.obliterate({ force: true });
    await queue.close();
  });
});
