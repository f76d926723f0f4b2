import { ReporterBrowser } from './support/browser.js';
import { startPageServer, type PageServer } from './support/page-server.js';

describe('the start page, privacy notice and accessibility statement', () => {
  let server: PageServer;
  let browser: ReporterBrowser;

  beforeAll(async () => {
    server = await startPageServer();
    browser = await ReporterBrowser.launch(server.origin, 'start-pages');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('tells a reporter who reads a report, how to stay anonymous and how to go outside', async () => {
    const { page } = browser;
    await browser.goto('/');
    await browser.check('start');
    expect(await page.locator('h1').innerText()).toBe('Report a concern about conduct at work');
    const main = await page.locator('main').innerText();
    for (const text of [
      'Audit Committee of the Board of Directors',
      'The Board of Directors',
      'does not store your IP address',
      'personal device',
      'Securities and Exchange Commission',
      '866-528-2457',
    ]) {
      expect(main).toContain(text);
    }
    expect(await page.getByRole('link', { name: 'Make a report' }).getAttribute('href')).toBe(
      '/report/concern',
    );
    expect(await page.getByRole('link', { name: 'I have a receipt' }).getAttribute('href')).toBe(
      '/follow-up',
    );
    expect(browser.problems).toEqual([]);
    expect(browser.foreignRequests()).toEqual([]);
  });

  it('publishes a privacy notice true to what Candor keeps, and an accessibility statement', async () => {
    const { page } = browser;
    await browser.goto('/');
    await page.getByRole('link', { name: 'Privacy notice' }).click();
    await browser.check('privacy');
    const privacy = await page.locator('main').innerText();
    for (const text of [
      'No IP address, no browser or device details',
      'keyed fingerprint',
      'AES-256-GCM',
      '7 years after it is closed',
      '24 months after it closes',
      'no blanket guarantee',
      'you are told first',
      'SEC Rule 21F-17',
      'one hour after your last answer',
    ]) {
      expect(privacy).toContain(text);
    }
    await page.getByRole('link', { name: 'Accessibility statement' }).click();
    await browser.check('accessibility');
    const statement = await page.locator('main').innerText();
    expect(statement).toContain('WCAG) 2.2 at level AA');
    expect(statement).toContain('Known limitations');
    expect(browser.problems).toEqual([]);
    expect(browser.foreignRequests()).toEqual([]);
  });
});
