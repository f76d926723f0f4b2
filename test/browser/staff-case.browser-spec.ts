import request from 'supertest';
import { anonymousReport, namedReport, PDF } from '../support/factories.js';
import { createStaff, totpCode, type TestStaff } from '../support/staff.js';
import { ConsoleBrowser, type ConsoleTab } from './support/console-browser.js';
import { startPageServer, type PageServer } from './support/page-server.js';

/**
 * Issue 16, part 3: the case page in a real browser. A General Counsel's whole case life with an
 * investigator and the CFO in their own sessions, an Audit Committee member on an accounting case,
 * a re-route to the Board that takes the case out of the General Counsel's hands, the two-step
 * identity reveal that tells the reporter first, and acknowledge, reply and add evidence with
 * JavaScript off.
 */
describe('the case page of the staff console', () => {
  let server: PageServer;
  let browser: ConsoleBrowser;
  let counsel: TestStaff;
  let cfo: TestStaff;
  let investigator: TestStaff;
  let committee: TestStaff;
  let legal: TestStaff;

  beforeAll(async () => {
    server = await startPageServer();
    browser = await ConsoleBrowser.launch(server.origin, 'staff-case');
    // One at a time: each is an argon2 hash in a CLI process, and the machine is shared.
    counsel = await createStaff(server.sut, 'general_counsel', { name: 'Gail Counsel' });
    cfo = await createStaff(server.sut, 'cfo', { name: 'Frank Finance' });
    investigator = await createStaff(server.sut, 'investigator', { name: 'Ines Vega' });
    committee = await createStaff(server.sut, 'audit_committee', { name: 'Ada Committee' });
    legal = await createStaff(server.sut, 'general_counsel', { name: 'Lena Legal' });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  afterEach(() => {
    expect(browser.problems).toEqual([]);
    expect(browser.foreignRequests()).toEqual([]);
    browser.problems.length = 0;
  });

  const api = () => request(server.sut.app.getHttpServer());

  /** A report sent through the JSON intake, as the reporter's pages send it. */
  async function report(body: Record<string, unknown>) {
    const res = await api().post('/api/v1/intake/reports').send(body);
    expect(res.status).toBe(201);
    return res.body as { reference: string; receipt: string };
  }

  /**
   * Each person's own browser session, signed in once through the sign-in page (a TOTP code is
   * accepted once, so a second sign-in within the same half-minute would be refused).
   */
  const tabs = new Map<string, ConsoleTab>();
  async function sessionOf(staff: TestStaff, options: { javaScript?: boolean } = {}) {
    const found = tabs.get(staff.id);
    if (found) return found;
    const tab = await browser.tab(staff.role, options);
    await tab.goto('/staff/sign-in');
    await tab.page.locator('#email').fill(staff.email);
    await tab.page.locator('#password').fill(staff.password);
    await tab.page.locator('#otp').fill(await totpCode(staff.totpSecret, 1));
    await press(tab, 'Sign in');
    expect(tab.page.url()).not.toContain('/staff/sign-in');
    tabs.set(staff.id, tab);
    return tab;
  }

  async function press(tab: ConsoleTab, name: string): Promise<void> {
    await Promise.all([
      tab.page.waitForEvent('load'),
      tab.page.getByRole('button', { name, exact: true }).first().click(),
    ]);
  }

  const main = (tab: ConsoleTab) => tab.page.locator('main').innerText();
  const notice = (tab: ConsoleTab) => tab.page.locator('[role="status"]').innerText();
  const summary = (tab: ConsoleTab) => tab.page.locator('.error-summary').innerText();

  /** The reporter's follow-up page, signed in with the receipt (JavaScript off, as reporters are). */
  async function reporterSees(receipt: string): Promise<string> {
    const tab = await browser.tab('reporter', { javaScript: false });
    await tab.goto('/follow-up');
    await tab.page.locator('#receipt').fill(receipt);
    await press(tab, 'Sign in');
    const text = await main(tab);
    await tab.close();
    return text;
  }

  it("takes a General Counsel's case from receipt to closure, with the investigator and the CFO", async () => {
    const { reference, receipt } = await report(
      anonymousReport({
        concernType: 'gifts_entertainment',
        title: 'Box seats from a reseller',
        description:
          'The sales director accepted season tickets from the reseller whose discount he approved.',
        implicated: [{ role: 'employee' }],
      }),
    );
    const gc = await sessionOf(counsel);
    await gc.goto(`/staff/cases/${reference}`);
    expect(await gc.page.locator('h1').innerText()).toContain(reference);
    const first = await main(gc);
    expect(first).toContain('Box seats from a reseller');
    expect(first).toContain('season tickets');
    expect(first).toContain('Policy version');
    expect(first).toContain('days left');
    await gc.check('gc-received');

    await press(gc, 'Acknowledge the case');
    expect(await notice(gc)).toContain('The case is acknowledged');
    await gc.check('gc-acknowledged');
    expect(await reporterSees(receipt)).toContain('Acknowledgement');

    await press(gc, 'Move to Triage');
    expect(await notice(gc)).toContain('The status is now: Triage');
    // A dismissal asks for its reason; without one nothing changes.
    await press(gc, 'Dismiss the case');
    expect(await summary(gc)).toContain('Select why the case is dismissed');
    await gc.check('gc-dismiss-error');
    await gc.page.getByLabel('Assign an investigator').selectOption({ label: 'Ines Vega' });
    await press(gc, 'Assign');
    expect(await notice(gc)).toContain('Ines Vega is assigned');
    await press(gc, 'Move to Investigating');

    const inv = await sessionOf(investigator);
    await inv.goto(`/staff/cases/${reference}`);
    await inv.page.locator('#note-body').fill('Interviewed the reseller account manager.');
    await press(inv, 'Add the internal note');
    expect(await notice(inv)).toContain('Your internal note is added');
    await inv.page.getByRole('radio', { name: 'Substantiated', exact: true }).check();
    await inv.page
      .locator('#recommendation-summary')
      .fill('The tickets were accepted and not declared.');
    await press(inv, 'Add the recommendation');
    const invText = await main(inv);
    expect(invText).toContain('Recommended finding: Substantiated');
    // An investigator conducts; deciding stays with the body.
    expect(invText).not.toContain('Record the finding');
    expect(invText).not.toContain('Acknowledge the case');
    await inv.check('investigator-recommended');

    await gc.goto(`/staff/cases/${reference}`);
    expect(await main(gc)).toContain('Recommended finding: Substantiated');
    await gc.page.locator('#outcome-finding').check();
    await gc.page.locator('#outcome-summary').fill('Gift accepted in breach of the Code.');
    await press(gc, 'Record the finding');
    const pending = await gc.page.locator('#outcome').locator('..').innerText();
    expect(pending).toContain('Waiting for approval');
    expect(pending).toContain('Gail Counsel (General Counsel)');
    expect(pending).toMatch(/Awaiting\s+Chief Financial Officer/);
    await gc.check('gc-finding-pending');

    const cf = await sessionOf(cfo);
    await cf.goto(`/staff/cases/${reference}`);
    await press(cf, 'Approve the finding');
    expect(await notice(cf)).toContain('It now takes effect');
    const approved = await main(cf);
    expect(approved).toContain('Frank Finance (Chief Financial Officer)');
    expect(approved).toContain('In effect since');
    await cf.check('cfo-approved');

    await gc.goto(`/staff/cases/${reference}`);
    await press(gc, 'Move to Resolved');
    await press(gc, 'Move to Closed');
    expect(await notice(gc)).toContain('The status is now: Closed');
    await gc.check('gc-closed');

    await gc.page.getByRole('link', { name: 'See the audit trail of this case' }).click();
    await gc.page.waitForLoadState('load');
    const trail = await main(gc);
    for (const step of [
      'Case created',
      'Status changed',
      'Received → Acknowledged',
      'Investigator assigned',
      'Internal note added',
      'Finding recorded',
      'Finding approved',
      'Finding took effect',
      'Resolved → Closed',
      'Ines Vega',
      'Frank Finance',
    ])
      expect(trail).toContain(step);
    await gc.check('gc-audit-trail');
  });

  it('lets an Audit Committee member work an accounting case alone, hold included', async () => {
    const { reference } = await report(anonymousReport());
    const ac = await sessionOf(committee);
    await ac.goto(`/staff/cases/${reference}`);
    expect(await main(ac)).toContain('Q2 revenue booked before delivery');
    await press(ac, 'Acknowledge the case');
    await press(ac, 'Move to Triage');
    await press(ac, 'Move to Investigating');
    await ac.page.locator('#hold-matter').fill('SEC inquiry HO-14421');
    await press(ac, 'Place the legal hold');
    expect(await main(ac)).toContain('On legal hold for SEC inquiry HO-14421');
    await press(ac, 'Release the legal hold');
    expect(await summary(ac)).toContain('Enter the release note');
    await ac.check('ac-release-error');
    await ac.page.locator('#hold-release-note').fill('The SEC closed its inquiry.');
    await press(ac, 'Release the legal hold');
    expect(await notice(ac)).toContain('The legal hold is released');
    await ac.page.locator('#outcome-finding').check();
    await ac.page.locator('#outcome-summary').fill('Revenue was recognised before delivery.');
    await press(ac, 'Record the finding');
    // For an Audit Committee case the committee's own approval is the determination.
    expect(await main(ac)).toContain('In effect since');
    await ac.page.getByRole('radio', { name: 'Corrective', exact: true }).check();
    await ac.page.getByLabel('Measure', { exact: true }).selectOption('control_fix');
    await ac.page.locator('#action-owner').fill('Corporate Controller');
    await ac.page.locator('#action-due').fill('2027-03-31');
    await press(ac, 'Record the action');
    expect(await notice(ac)).toContain('The action is recorded');
    expect(await main(ac)).toContain('Corporate Controller');
    await ac.check('ac-worked');
  });

  it('re-routes a case to the Board when an executive officer is implicated, out of the General Counsel’s queue', async () => {
    const { reference } = await report(
      anonymousReport({
        concernType: 'insider_trading',
        title: 'Shares sold before the earnings release',
        description: 'A large sale was filed on Form 4 two days before the Q2 release.',
        implicated: [{ role: 'employee' }],
      }),
    );
    const gc = await sessionOf(counsel);
    await gc.goto('/staff');
    expect(await main(gc)).toContain(reference);
    await gc.goto(`/staff/cases/${reference}`);
    await gc.page.locator('#implicated-name').fill('Morgan Lee');
    await gc.page.getByLabel('Their role').selectOption('executive_officer');
    await gc.check('gc-implicate-form');
    await press(gc, 'Add the person');
    expect(new URL(gc.page.url()).pathname).toBe('/staff');
    const queue = await main(gc);
    expect(queue).toContain('routed again');
    expect(queue).not.toContain(reference);
    await gc.check('gc-queue-after-reroute');
    const gone = await gc.goto(`/staff/cases/${reference}`);
    expect(gone?.status()).toBe(404);

    // The Audit Committee (the Board's designated committee) has it now, with the rule that fired.
    const ac = await sessionOf(committee);
    await ac.goto(`/staff/cases/${reference}`);
    const routed = await main(ac);
    expect(routed).toContain('Morgan Lee');
    expect(routed).toMatch(/Goes to\s+Board/);
    await ac.check('ac-rerouted-case');
  });

  it('reveals a named reporter’s identity in two steps, telling the reporter first', async () => {
    const { reference, receipt } = await report(namedReport());
    const gc = await sessionOf(counsel);
    await gc.goto(`/staff/cases/${reference}`);
    expect(await main(gc)).not.toContain('Dana Whitfield');
    await gc.page.getByRole('link', { name: 'Reveal the identity' }).click();
    await gc.page.waitForLoadState('load');
    await gc.page.locator('#justification').fill('need to talk');
    await press(gc, 'Continue');
    expect(await summary(gc)).toContain('Write at least a sentence');
    expect(await gc.page.locator('#justification').inputValue()).toBe('need to talk');
    await gc.check('identity-error');
    const reason = 'We must interview the reporter in person about the offsite exclusion.';
    await gc.page.locator('#justification').fill(reason);
    await press(gc, 'Continue');
    const confirm = await main(gc);
    expect(confirm).toContain('The reporter is told first');
    expect(confirm).toContain(reason);
    expect(confirm).not.toContain('Dana Whitfield');
    await gc.check('identity-confirm');
    // Not yet revealed: the reporter has no notice.
    expect(await reporterSees(receipt)).not.toContain('Your identity is being disclosed');

    await press(gc, 'Reveal the identity');
    const revealed = await main(gc);
    expect(revealed).toContain('Dana Whitfield');
    expect(revealed).toContain('dana.whitfield@example.com');
    await gc.check('identity-revealed');
    const inbox = await reporterSees(receipt);
    expect(inbox).toContain('Your identity is being disclosed');
    expect(inbox).toContain(reason);
  });

  it('acknowledges, replies and adds evidence with JavaScript off', async () => {
    const { reference, receipt } = await report(
      anonymousReport({ concernType: 'health_safety', title: 'Blocked fire exit', implicated: [] }),
    );
    const gc = await sessionOf(legal, { javaScript: false });
    await gc.goto(`/staff/cases/${reference}`);
    await press(gc, 'Acknowledge the case');
    expect(await notice(gc)).toContain('The case is acknowledged');
    await press(gc, 'Send to the reporter');
    expect(await summary(gc)).toContain('Enter your message to the reporter');
    await gc.check('nojs-reply-error');
    await gc.page
      .locator('#message-body')
      .fill('Thank you. Facilities will inspect the exit this week.');
    await press(gc, 'Send to the reporter');
    expect(await notice(gc)).toContain('Your message is sent to the reporter');
    await gc.check('nojs-replied');
    await gc.page
      .locator('#evidence-files')
      .setInputFiles({ name: 'exit-photo-log.pdf', mimeType: 'application/pdf', buffer: PDF });
    await press(gc, 'Add the files');
    expect(await notice(gc)).toContain('The files are added to the case');
    expect(await gc.page.locator('#files').locator('..').innerText()).toContain(
      'Download exit-photo-log.pdf',
    );
    await gc.check('nojs-evidence-added');
    const seen = await reporterSees(receipt);
    expect(seen).toContain('Acknowledgement');
    expect(seen).toContain('Facilities will inspect the exit this week.');
  });
});
