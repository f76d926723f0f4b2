import { CASE_STATUSES, CONCERN_TYPES, ROUTES } from '@candor/domain';
import { runToEnd } from '../support/processes.js';
import { ReporterBrowser } from './support/browser.js';
import { startPageServer, type PageServer } from './support/page-server.js';
import { errorSummary, heading } from './support/reporter-steps.js';
import { signInAsStaff } from './support/staff.js';

interface SeededStaff {
  role: string;
  name: string;
  email: string;
  password: string;
  totpSecret: string;
}

/**
 * `demo:seed` on a fresh database, then the console as its people see it (issue 16, "a first
 * minute worth having"): every queue filter renders for the General Counsel, and every case-
 * handling account lands on a queue. The case pages' walk is the case page suite's.
 */
describe('the console on demo data', () => {
  let server: PageServer;
  let browser: ReporterBrowser;
  let staff: SeededStaff[];

  beforeAll(async () => {
    server = await startPageServer();
    const { code, output } = await runToEnd('cli', ['demo:seed'], server.sut.env, 180_000);
    expect(code).toBe(0);
    staff = output
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as { staff?: SeededStaff })
      .flatMap((line) => (line.staff ? [line.staff] : []));
    browser = await ReporterBrowser.launch(server.origin, 'demo-console', { javaScript: true });
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  beforeEach(() => browser.restart());

  it("renders the General Counsel's queue under every filter", async () => {
    const { page } = browser;
    const gc = staff.find((person) => person.role === 'general_counsel');
    if (!gc) throw new Error('demo:seed made no General Counsel');
    await signInAsStaff(page, server.origin, gc, 0);
    expect(await heading(page)).toBe('Cases');
    expect(await page.locator('table tbody tr').count()).toBeGreaterThan(0);
    await browser.check('queue');

    const investigators = await page
      .locator('#assignee option')
      .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    expect(investigators.length).toBeGreaterThan(0);
    const filters: Array<[string, string]> = [
      ...CASE_STATUSES.map((status): [string, string] => ['status', status]),
      ...CONCERN_TYPES.map((type): [string, string] => ['concernType', type]),
      ...ROUTES.map((route): [string, string] => ['routedTo', route]),
      ...investigators.map((id): [string, string] => ['assignee', id]),
      ['overdue', 'true'],
      ['q', 'revenue'],
    ];
    for (const [name, value] of filters) {
      const response = await browser.goto(`/staff?${new URLSearchParams({ [name]: value })}`);
      expect({ name, value, status: response?.status() }).toEqual({ name, value, status: 200 });
      expect(await errorSummary(page)).toEqual([]);
      // Full checks (axe, HTML, headers, 320 px) on one value of each filter.
      if (value === CASE_STATUSES[0] || value === 'revenue' || name === 'overdue') {
        await browser.check(`queue-${name}-${value}`);
      }
    }
    // The next page, when there is one, keeps the filters.
    await browser.goto('/staff');
    const next = page.getByRole('link', { name: 'Next page' });
    if ((await next.count()) > 0) {
      await next.click();
      await page.waitForLoadState('load');
      expect(await heading(page)).toBe('Cases');
      await browser.check('queue-page-2');
    }
    expect(browser.foreignRequests()).toEqual([]);
    expect(browser.problems).toEqual([]);
  });

  it('lands every case-handling account on its queue', async () => {
    const { page } = browser;
    for (const person of staff.filter((s) => !['hr', 'admin'].includes(s.role))) {
      await browser.restart();
      // One step ahead: the General Counsel's current code was spent by the test before.
      await signInAsStaff(page, server.origin, person, 1);
      expect({ who: person.role, heading: await heading(page) }).toEqual({
        who: person.role,
        heading: 'Cases',
      });
      expect(await page.locator('header').innerText()).toContain(`Signed in as ${person.name}`);
    }
    expect(browser.foreignRequests()).toEqual([]);
  });
});
