import type { Page } from 'playwright-core';
import { ReporterBrowser } from './support/browser.js';
import { startPageServer, type PageServer } from './support/page-server.js';
import { answerReport, readReceipt, sendReport } from './support/report-flow.js';
import { errorSummary, follow, heading, mainText, press } from './support/reporter-steps.js';

/** What the keyboard focus is on, as a person would name it: a field's id or a control's words. */
async function focusedControl(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    if (!active) return '';
    return active.id || (active.innerText ?? '').trim();
  });
}

/** Presses Tab until the control with this id or these words has the focus. */
async function tabTo(page: Page, target: string): Promise<void> {
  for (let i = 0; i < 120; i += 1) {
    await page.keyboard.press('Tab');
    if ((await focusedControl(page)) === target) return;
  }
  throw new Error(`Tab never reached "${target}"`);
}

/** Enter on the focused control, waiting for the page it leads to. */
async function enter(page: Page, path: string): Promise<void> {
  await Promise.all([page.waitForURL(`**${path}`), page.keyboard.press('Enter')]);
}

describe('the report form without a mouse, and in German', () => {
  let server: PageServer;
  let browser: ReporterBrowser;

  beforeAll(async () => {
    server = await startPageServer();
    browser = await ReporterBrowser.launch(server.origin, 'keyboard-and-german');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  beforeEach(() => browser.restart());

  it('takes a report from the start page to the receipt with the keyboard alone', async () => {
    const { page, origin } = browser;
    await browser.goto('/');
    await page.keyboard.press('Tab');
    expect(await focusedControl(page)).toBe('Skip to main content');
    await tabTo(page, 'Make a report');
    await enter(page, '/report/concern');

    await tabTo(page, 'concernType');
    await page.keyboard.press('Space');
    expect(await page.locator('#concernType').isChecked()).toBe(true);
    await tabTo(page, 'Continue');
    await enter(page, '/report/what-happened');

    await tabTo(page, 'title');
    await page.keyboard.type('Invoices split to stay under the approval limit');
    await tabTo(page, 'description');
    await page.keyboard.type('Purchases of 60,000 were split into three invoices of 20,000.');
    await tabTo(page, 'Continue');
    await enter(page, '/report/when-where');

    await tabTo(page, 'occurredAt-month');
    await page.keyboard.type('5');
    await tabTo(page, 'occurredAt-year');
    await page.keyboard.type('2026');
    await tabTo(page, 'Continue');
    await enter(page, '/report/people');

    await tabTo(page, 'implicated-0-role');
    await page.keyboard.type('Someone in F');
    expect(await page.locator('#implicated-0-role').inputValue()).toBe('finance');
    await tabTo(page, 'Continue');
    await enter(page, '/report/files');

    await tabTo(page, 'Continue');
    await enter(page, '/report/about-you');
    await tabTo(page, 'Continue');
    await enter(page, '/report/check');
    await browser.check('keyboard-check-answers');
    expect(await mainText(page)).toContain('Invoices split to stay under the approval limit');
    expect(await mainText(page)).toContain('May 2026');

    await tabTo(page, 'Send report');
    await enter(page, '/report/receipt');
    await browser.check('keyboard-receipt');
    expect((await readReceipt(page)).receipt).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){5}$/);

    expect(page.url()).toBe(`${origin}/report/receipt`);
    expect(browser.problems).toEqual([]);
  });

  it('speaks German throughout once German is chosen, dates and errors included', async () => {
    const { page } = browser;
    await browser.goto('/');
    await follow(page, 'Deutsch');
    await browser.check('de-start');
    expect(await page.getAttribute('html', 'lang')).toBe('de');
    expect(await heading(page)).toBe('Ein Anliegen zum Verhalten am Arbeitsplatz melden');
    await follow(page, 'Meldung abgeben');

    expect(await heading(page)).toBe('Worum geht es bei Ihrem Anliegen?');
    await press(page, 'Weiter');
    await browser.check('de-concern-error');
    expect(await page.locator('.error-summary h2').innerText()).toBe('Es gibt ein Problem');
    expect((await errorSummary(page)).map((e) => e.text)).toEqual([
      'Wählen Sie aus, worum es bei Ihrem Anliegen geht',
    ]);
    expect(await page.title()).toMatch(/^Fehler: /);

    await answerReport(
      browser,
      {
        concern: 'Buchhaltung oder Finanzberichterstattung',
        title: 'Umsatz vor Lieferung gebucht',
        description:
          'Drei Aufträge wurden im zweiten Quartal verbucht, obwohl die Ware im Juli ging.',
        date: { day: '30', month: '6', year: '2026' },
        implicated: [{ role: 'finance' }],
      },
      { language: 'de', prefix: 'de' },
    );
    const answers = await mainText(page);
    expect(answers).toContain('30. Juni 2026');
    expect(answers).toContain('Der Prüfungsausschuss (Audit Committee) des Board of Directors');
    expect(answers).toContain('Jemand aus Finanzen oder Buchhaltung');

    const { receipt, reference } = await sendReport(browser, { language: 'de', prefix: 'de' });
    expect(await heading(page)).toBe('Ihre Meldung wurde abgesendet');
    expect(await mainText(page)).toContain('kann nicht wiederhergestellt werden');
    expect(await mainText(page)).toMatch(/bis zum \d{1,2}\. \S+ \d{4}/);

    await browser.goto('/follow-up');
    await browser.check('de-sign-in');
    expect(await heading(page)).toBe('Eine Meldung weiterverfolgen');
    await page.locator('#receipt').fill('WRNG WRNG WRNG WRNG WRNG WRNG');
    await press(page, 'Anmelden');
    await browser.check('de-sign-in-error');
    expect((await errorSummary(page)).map((e) => e.text)).toEqual([
      'Zu diesem Beleg wurde keine Meldung gefunden. Prüfen Sie jedes Zeichen und versuchen Sie es erneut.',
    ]);
    await page.locator('#receipt').fill(receipt);
    await press(page, 'Anmelden');
    await browser.check('de-case');
    expect(await heading(page)).toBe(`Ihre Meldung ${reference}`);
    expect(await mainText(page)).toContain('Eingegangen');
    await press(page, 'Abmelden');
    expect(await page.locator('.banner').innerText()).toBe('Sie haben sich abgemeldet.');

    for (const [path, title] of [
      ['/privacy', 'Datenschutzhinweis'],
      ['/accessibility', 'Erklärung zur Barrierefreiheit'],
    ] as const) {
      await browser.goto(path);
      await browser.check(`de${path.replace('/', '-')}`);
      expect(await heading(page)).toBe(title);
    }
    expect(browser.problems).toEqual([]);
    expect(browser.foreignRequests()).toEqual([]);
  });
});
