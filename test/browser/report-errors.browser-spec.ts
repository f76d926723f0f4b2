import { EXECUTABLE } from '../support/factories.js';
import { ReporterBrowser } from './support/browser.js';
import { startPageServer, type PageServer } from './support/page-server.js';
import {
  errorSummary,
  focused,
  followErrorLink,
  heading,
  press,
} from './support/reporter-steps.js';

/**
 * Issue 15: "a validation error on every wizard step shows the error summary, focusable links to
 * the fields, and keeps what was typed" — with JavaScript off, every error state checked.
 */
describe('the report form when answers are wrong', () => {
  let server: PageServer;
  let browser: ReporterBrowser;

  beforeAll(async () => {
    server = await startPageServer();
    browser = await ReporterBrowser.launch(server.origin, 'report-errors');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** The summary is focused on arrival, titled as GOV.UK's, and its first link reaches its field. */
  async function expectSummary(name: string, errors: string[], firstField: string) {
    const { page } = browser;
    await browser.check(name);
    expect(await page.locator('.error-summary h2').innerText()).toBe('There is a problem');
    expect(await focused(page)).toContain('error-summary');
    expect((await errorSummary(page)).map((e) => e.text)).toEqual(errors);
    expect(await page.title()).toMatch(/^Error: /);
    expect(await followErrorLink(page)).toBe(firstField);
  }

  it('shows the error summary on every step, links each error to its field and keeps what was typed', async () => {
    const { page } = browser;
    await browser.goto('/report/concern');
    await browser.check('concern');
    expect(await heading(page)).toBe('What is your concern about?');
    await press(page, 'Continue');
    await expectSummary('concern-error', ['Select what your concern is about'], 'concernType');
    await page.getByLabel('Accounting or financial reporting').check();
    await press(page, 'Continue');

    expect(await heading(page)).toBe('What happened?');
    await browser.check('what-happened');
    const longTitle = 'T'.repeat(201);
    await page.getByLabel('A short title').fill(longTitle);
    await press(page, 'Continue');
    await expectSummary(
      'what-happened-error',
      ['The title must be 200 characters or fewer', 'Describe what happened'],
      'title',
    );
    expect(await page.getByLabel('A short title').inputValue()).toBe(longTitle);
    await page.getByLabel('A short title').fill('Revenue booked before delivery');
    await page.getByLabel('Describe what happened').fill('Line one.\nLine two, with detail.');
    await press(page, 'Continue');

    expect(await heading(page)).toBe('When and where did it happen?');
    await browser.check('when-where');
    await page.getByLabel('Day').fill('31');
    await page.getByLabel('Month').fill('2');
    await page.getByLabel('Year').fill('2026');
    await page.getByLabel(/Where did it happen/).fill('Regional office');
    await press(page, 'Continue');
    await expectSummary(
      'when-where-error',
      ['Enter a real date, for example 27 3 2026'],
      'occurredAt',
    );
    expect(await page.getByLabel('Day').inputValue()).toBe('31');
    expect(await page.getByLabel(/Where did it happen/).inputValue()).toBe('Regional office');
    await page.getByLabel('Day').fill('');
    await page.getByLabel('Year').fill(String(new Date().getUTCFullYear() + 1));
    await press(page, 'Continue');
    expect((await errorSummary(page)).map((e) => e.text)).toEqual([
      'The date must be today or in the past, and after 1900',
    ]);
    await page.getByLabel('Year').fill('2026');
    await page.getByLabel('Month').fill('1');
    await press(page, 'Continue');

    expect(await heading(page)).toBe('Who was involved?');
    await browser.check('people');
    await page.locator('#implicated-0-name').fill('Pat Controller');
    await page.locator('#witnesses-0-contact').fill('sits next to the printer');
    await press(page, 'Continue');
    await expectSummary(
      'people-error',
      ['Select the role of person 1', 'Enter the name of witness 1, or remove the witness'],
      'implicated-0-role',
    );
    expect(await page.locator('#implicated-0-name').inputValue()).toBe('Pat Controller');
    expect(await page.locator('#witnesses-0-contact').inputValue()).toBe(
      'sits next to the printer',
    );
    await page.locator('#implicated-0-role').selectOption('finance');
    await page.locator('#witnesses-0-name').fill('Lee Park');
    await press(page, 'Continue');

    expect(await heading(page)).toBe('Add documents or photos');
    await browser.check('files');
    await page.locator('#files').setInputFiles({
      name: 'tool.exe',
      mimeType: 'application/octet-stream',
      buffer: EXECUTABLE,
    });
    await press(page, 'Add these files');
    await expectSummary(
      'files-error',
      [
        'tool.exe: This type of file is not accepted. You can send PDF, JPEG, PNG, GIF or WebP images, plain text or CSV, Word, Excel, PowerPoint or OpenDocument files, and emails (.eml, .msg).',
      ],
      'files',
    );
    await press(page, 'Continue');

    expect(await heading(page)).toBe('Do you want to give your name?');
    await browser.check('about-you');
    expect(await page.getByLabel('No, stay anonymous').isChecked()).toBe(true);
    await page.getByLabel('Yes, give my name and a way to contact me').check();
    await press(page, 'Continue');

    expect(await heading(page)).toBe('Your name and how to contact you');
    await browser.check('contact');
    await page.getByLabel('Email address').fill('not an address');
    await page.getByLabel('Email me when there is news about my report').check();
    await press(page, 'Continue');
    await expectSummary(
      'contact-error',
      ['Enter your name', 'Enter an email address in the correct format, like name@example.com'],
      'name',
    );
    expect(await page.getByLabel('Email address').inputValue()).toBe('not an address');
    expect(await page.getByLabel('Email me when there is news about my report').isChecked()).toBe(
      true,
    );
    await page.getByLabel('Full name').fill('Dana Whitfield');
    await page.getByLabel('Email address').fill('');
    await page.getByLabel('Phone number').fill('+1 650 555 0100');
    await press(page, 'Continue');
    expect((await errorSummary(page)).map((e) => e.text)).toEqual([
      'Enter an email address to get news by email, or untick the box',
    ]);
    await browser.check('contact-news-error');
    await page.getByLabel('Email me when there is news about my report').uncheck();
    await press(page, 'Continue');

    expect(await heading(page)).toBe('Check your answers before sending your report');
    await browser.check('check-answers');
    const answers = await page.locator('.summary-list').innerText();
    for (const text of [
      'Accounting or financial reporting',
      'The Audit Committee of the Board of Directors',
      'Revenue booked before delivery',
      'Line one.\nLine two, with detail.',
      'January 2026',
      'Regional office',
      'Pat Controller – Someone in Finance or Accounting',
      'Lee Park',
      'Dana Whitfield',
      '+1 650 555 0100',
    ]) {
      expect(answers).toContain(text);
    }

    // Change links and Back keep every answer, without JavaScript.
    await page.getByRole('link', { name: 'Change Title' }).click();
    expect(await page.getByLabel('A short title').inputValue()).toBe(
      'Revenue booked before delivery',
    );
    await page.getByLabel('A short title').fill('Revenue booked before the goods left');
    await press(page, 'Continue');
    expect(page.url()).toMatch(/\/report\/check$/);
    expect(await page.locator('.summary-list').innerText()).toContain(
      'Revenue booked before the goods left',
    );
    await page.getByRole('link', { name: 'Back', exact: true }).click();
    expect(await page.getByLabel('Full name').inputValue()).toBe('Dana Whitfield');
    await page.goBack();
    await page.goBack();
    expect(await heading(page)).toBe('What happened?');
    expect(await page.getByLabel('Describe what happened').inputValue()).toBe(
      'Line one.\nLine two, with detail.',
    );

    expect(browser.problems).toEqual([]);
    expect(browser.foreignRequests()).toEqual([]);
  });
});
