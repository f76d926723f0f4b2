import exifr from 'exifr';
import request from 'supertest';
import { PDF, photoWithLocation } from '../support/factories.js';
import { eventually, spawnApp, type Spawned } from '../support/processes.js';
import { SmtpListener } from '../support/smtp-listener.js';
import { bearer, createStaff, type TestStaff } from '../support/staff.js';
import { ReporterBrowser } from './support/browser.js';
import { startPageServer, type PageServer } from './support/page-server.js';
import { answerReport, readReceipt, sendReport, signIn } from './support/report-flow.js';
import { follow, heading, mainText, press } from './support/reporter-steps.js';

/**
 * Issue 15's journeys with JavaScript off: a report with files to its receipt, the follow-up
 * with a handler's acknowledgement and reply, a retaliation report with its own receipt, and a
 * named reporter brought back by the "there is news" email.
 */
describe('a reporter in the browser', () => {
  let server: PageServer;
  let browser: ReporterBrowser;
  let smtp: SmtpListener;
  let worker: Spawned;
  let committee: TestStaff;
  let counsel: TestStaff;

  beforeAll(async () => {
    smtp = await SmtpListener.start();
    server = await startPageServer({ NOTIFY_RELAY_POLL_MS: '300' });
    worker = spawnApp('worker', [], {
      ...server.sut.env,
      SMTP_URL: smtp.url,
      PUBLIC_BASE_URL: server.origin,
    });
    browser = await ReporterBrowser.launch(server.origin, 'reporter-journeys');
    committee = await createStaff(server.sut, 'audit_committee');
    counsel = await createStaff(server.sut, 'general_counsel');
  });
  afterAll(async () => {
    await browser?.close();
    worker?.proc.kill('SIGTERM');
    await worker?.exited();
    await server?.close();
    await smtp?.stop();
  });

  const api = () => request(server.sut.app.getHttpServer());

  beforeEach(() => browser.restart());

  it('sends an anonymous accounting report with two files, then follows it up with the receipt', async () => {
    const { page } = browser;
    await browser.goto('/');
    await follow(page, 'Make a report');
    await answerReport(
      browser,
      {
        concern: 'Accounting or financial reporting',
        title: 'Q2 revenue booked before delivery',
        description:
          'Three distributor orders were recognised as Q2 revenue although the goods left in July.',
        date: { day: '30', month: '6', year: '2026' },
        location: 'Regional sales office',
        implicated: [{ role: 'finance' }],
        files: [
          { name: 'warehouse.jpg', mimeType: 'image/jpeg', buffer: await photoWithLocation() },
          { name: 'side-letter.pdf', mimeType: 'application/pdf', buffer: PDF },
        ],
      },
      { prefix: 'anonymous' },
    );
    const checked = await mainText(page);
    expect(checked).toContain('warehouse.jpg');
    expect(checked).toContain('side-letter.pdf');
    expect(checked).toContain('The Audit Committee of the Board of Directors');

    const { receipt, reference } = await sendReport(browser, { prefix: 'anonymous' });
    expect(receipt).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){5}$/);
    expect(await mainText(page)).toContain('cannot be recovered');
    expect(page.url()).not.toContain(receipt.slice(0, 4));
    // Printed, the page is the receipt and the follow-up address, nothing else.
    await page.emulateMedia({ media: 'print' });
    await browser.screenshot('anonymous-receipt-print');
    expect(await page.locator('.receipt').isVisible()).toBe(true);
    expect(await page.locator('.receipt').innerText()).toContain(`${server.origin}/follow-up`);
    for (const hidden of ['.header', '.footer', '.panel', 'main > h2']) {
      expect({ hidden, visible: await page.locator(hidden).first().isVisible() }).toEqual({
        hidden,
        visible: false,
      });
    }
    await page.emulateMedia({ media: 'screen' });
    // Shown once: a reload says so and shows no receipt.
    await page.reload();
    await browser.check('anonymous-receipt-reloaded');
    expect(await heading(page)).toBe('Your receipt has already been shown');
    expect(await page.content()).not.toContain(receipt);

    // The case holds both files, the photo without its location.
    const detail = await api()
      .get(`/api/v1/cases/${reference}`)
      .set(...bearer(committee));
    expect(detail.status).toBe(200);
    const files = detail.body.files as Array<{ id: string; name: string }>;
    expect(files.map((f) => f.name).sort()).toEqual(['side-letter.pdf', 'warehouse.jpg']);
    const photo = files.find((f) => f.name === 'warehouse.jpg');
    const download = await api()
      .get(`/api/v1/cases/${reference}/files/${photo?.id}`)
      .set(...bearer(committee))
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(await exifr.gps(download.body as Buffer).catch(() => undefined)).toBeUndefined();

    // Sign in with the receipt as people type it: small letters and spaces instead of dashes.
    await signIn(browser, receipt.toLowerCase().replace(/-/g, ' '));
    await browser.check('follow-up-case');
    expect(await heading(page)).toBe(`Your report ${reference}`);
    expect(await mainText(page)).toContain('Received');
    expect(await mainText(page)).toContain('Acknowledgement due by');

    const acknowledged = await api()
      .post(`/api/v1/cases/${reference}/transitions`)
      .set(...bearer(committee))
      .send({ to: 'acknowledged' });
    expect(acknowledged.status).toBe(200);
    const reply = await api()
      .post(`/api/v1/cases/${reference}/messages`)
      .set(...bearer(committee))
      .send({ body: 'Thank you. Can you tell us who approved the side letters?' });
    expect(reply.status).toBe(201);

    await page.reload();
    await browser.check('follow-up-acknowledged');
    const thread = await page.locator('#messages + *').innerText();
    expect(thread).toContain('Acknowledgement');
    expect(thread).toContain('Securities and Exchange Commission');
    expect(thread).toContain('Can you tell us who approved the side letters?');
    expect(await mainText(page)).toContain('Feedback due by');

    await page.getByLabel('Your message').fill('The regional controller approved them by email.');
    await press(page, 'Send message');
    await browser.check('follow-up-message-sent');
    expect(await page.locator('.banner').innerText()).toBe('Your message was sent.');
    expect(await mainText(page)).toContain('The regional controller approved them by email.');
    const seen = await api()
      .get(`/api/v1/cases/${reference}`)
      .set(...bearer(committee));
    expect(JSON.stringify(seen.body)).toContain('The regional controller approved them by email.');

    await page.locator('#files').setInputFiles({
      name: 'email.pdf',
      mimeType: 'application/pdf',
      buffer: PDF,
    });
    await press(page, 'Send these files');
    await browser.check('follow-up-file-added');
    expect(await page.locator('.banner').innerText()).toBe('1 file was added.');
    expect(await mainText(page)).toContain('email.pdf');

    await press(page, 'Sign out');
    await browser.check('follow-up-signed-out');
    expect(await page.locator('.banner').innerText()).toBe('You have signed out.');
    await browser.goto('/follow-up/case');
    expect(page.url()).toBe(`${server.origin}/follow-up?expired=1`);

    expect(browser.problems).toEqual([]);
    expect(browser.foreignRequests()).toEqual([]);
  });

  it('files a retaliation report from the follow-up page, linked to the first, with its own receipt', async () => {
    const { page } = browser;
    await browser.goto('/report/concern');
    await answerReport(
      browser,
      {
        concern: 'Discrimination or harassment',
        title: 'Comments in team meetings',
        description: 'My manager makes remarks about my accent in every weekly meeting.',
      },
      { prefix: 'first' },
    );
    const first = await sendReport(browser, { prefix: 'first' });
    await signIn(browser, first.receipt);
    await follow(page, 'Report retaliation');
    await browser.check('retaliation');
    await press(page, 'Send retaliation report');
    await browser.check('retaliation-error');
    expect(await page.locator('.error-summary').innerText()).toContain('Describe what happened');
    await page.getByLabel('What happened').fill('Since my report I have been left off every rota.');
    await press(page, 'Send retaliation report');
    await browser.check('retaliation-receipt');
    expect(await heading(page)).toBe('Your retaliation report has been sent');
    const second = await readReceipt(page);
    expect(second.receipt).not.toBe(first.receipt);
    expect(second.reference).not.toBe(first.reference);

    const [linked] = await server.sut.db.query<{ concern_type: string; related: string }>(
      `SELECT c.concern_type, r.reference AS related FROM cases c JOIN cases r ON r.id = c.related_case_id WHERE c.reference = $1`,
      [second.reference],
    );
    expect(linked).toEqual({ concern_type: 'retaliation', related: first.reference });

    await browser.goto('/follow-up/case');
    await press(page, 'Sign out');
    await signIn(browser, second.receipt);
    expect(await heading(page)).toBe(`Your report ${second.reference}`);
    await press(page, 'Sign out');
    expect(browser.problems).toEqual([]);
  });

  it('brings a named reporter who asked for news back to the follow-up page through the email', async () => {
    const { page } = browser;
    await browser.goto('/report/concern');
    await answerReport(
      browser,
      {
        concern: 'Conflict of interest',
        title: 'Supplier owned by a manager’s brother',
        description: 'The new logistics supplier belongs to the purchasing manager’s brother.',
        named: { name: 'Dana Whitfield', email: 'dana.whitfield@example.com', news: true },
      },
      { prefix: 'named' },
    );
    const { receipt, reference } = await sendReport(browser, { prefix: 'named' });
    const replied = await api()
      .post(`/api/v1/cases/${reference}/messages`)
      .set(...bearer(counsel))
      .send({ body: 'We have started looking into the supplier.' });
    expect(replied.status).toBe(201);

    const news = await eventually(
      'the "there is news" email',
      () => Promise.resolve(smtp.to('dana.whitfield@example.com')[0]),
      30_000,
    );
    expect(news.subject).toBe('Candor: there is news about your report');
    expect(news.text).not.toContain(reference);
    const link = /https?:\/\/\S+\/follow-up/.exec(news.text)?.[0];
    expect(link).toBe(`${server.origin}/follow-up`);

    await page.goto(link ?? '');
    await browser.check('named-news-link');
    expect(await heading(page)).toBe('Follow up on a report');
    await page.locator('#receipt').fill(receipt);
    await press(page, 'Sign in');
    expect(await mainText(page)).toContain('We have started looking into the supplier.');
    await press(page, 'Sign out');
    expect(browser.problems).toEqual([]);
    expect(browser.foreignRequests()).toEqual([]);
  });
});
