import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { HtmlValidate } from 'html-validate';
import { generate } from 'otplib';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Page,
  type Response,
} from 'playwright-core';
import { ROOT } from '../../support/processes.js';
import { CHROMIUM, PAGE_HEADERS, type PageProblem } from './browser.js';

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const DESKTOP = { width: 1024, height: 768 };
const NARROW = { width: 320, height: 640 };
const TOTP_STEP_SECONDS = 30;

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    'void-style': 'off',
    'no-raw-characters': ['error', { relaxed: true }],
  },
});

export interface DeskPerson {
  readonly email: string;
  readonly password: string;
  readonly totpSecret: string;
}

/**
 * One person at their own desk: a browser context of their own (JavaScript on, as staff journeys
 * run), so several people stay signed in side by side, as in an office.
 */
export class Desk {
  private lastDocument?: Response;

  constructor(
    private readonly desks: ConsoleDesks,
    readonly context: BrowserContext,
    readonly page: Page,
  ) {
    page.on('response', (response) => {
      if (response.request().resourceType() === 'document') this.lastDocument = response;
    });
    context.on('request', (request) => desks.requests.push(request.url()));
  }

  async goto(path: string): Promise<Response | null> {
    return this.page.goto(`${this.desks.origin}${path}`);
  }

  /** Signs in through the console's sign-in page with the next TOTP code this account may use. */
  async signIn(person: DeskPerson): Promise<void> {
    await this.goto('/staff/sign-in');
    await this.page.locator('#email').fill(person.email);
    await this.page.locator('#password').fill(person.password);
    await this.page.locator('#otp').fill(await this.desks.nextCode(person));
    await Promise.all([
      this.page.waitForURL((url) => !url.pathname.startsWith('/staff/sign-in')),
      this.page.getByRole('button', { name: 'Sign in', exact: true }).click(),
    ]);
  }

  /**
   * Holds the page now shown to the bar of the issue: axe WCAG 2.2 AA, html-validate, the headers
   * of web.md, no sideways scrolling at 320 px; saves `<name>-desktop.png` and `<name>-320.png`.
   * Problems are collected on the desks, not thrown.
   */
  async check(name: string): Promise<void> {
    const { page } = this;
    const problem = (text: string) =>
      this.desks.problems.push({ page: `${name} (${page.url()})`, problem: text });
    const response = this.lastDocument;
    if (!response) {
      problem('no document response was recorded');
    } else {
      const html = await response.text();
      const headers = response.headers();
      for (const [header, expected] of Object.entries(PAGE_HEADERS)) {
        const value = headers[header];
        const ok = typeof expected === 'string' ? value === expected : expected.test(value ?? '');
        if (!ok) problem(`header ${header} is ${JSON.stringify(value)}`);
      }
      const report = await validator.validateString(html, `${name}.html`);
      for (const result of report.results) {
        for (const message of result.messages) {
          problem(`html-validate ${message.ruleId}: ${message.message} (line ${message.line})`);
        }
      }
    }
    const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    for (const violation of axe.violations) {
      problem(
        `axe ${violation.id}: ${violation.help} (${violation.nodes.map((n) => n.target.join(' ')).join('; ')})`,
      );
    }
    await page.screenshot({
      path: join(this.desks.screenshotDir, `${name}-desktop.png`),
      fullPage: true,
    });
    await page.setViewportSize(NARROW);
    const widths = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    if (widths.scroll > widths.client) {
      problem(`scrolls sideways at 320 px (content is ${widths.scroll} px wide)`);
    }
    await page.screenshot({
      path: join(this.desks.screenshotDir, `${name}-320.png`),
      fullPage: true,
    });
    await page.setViewportSize(DESKTOP);
  }

  /** A screenshot of the page as printed (print media). */
  async printScreenshot(name: string): Promise<void> {
    await this.page.emulateMedia({ media: 'print' });
    await this.page.screenshot({
      path: join(this.desks.screenshotDir, `${name}-print.png`),
      fullPage: true,
    });
    await this.page.emulateMedia({ media: 'screen' });
  }
}

/** One Chromium for a test file, with a desk per person. */
export class ConsoleDesks {
  readonly requests: string[] = [];
  readonly problems: PageProblem[] = [];
  private readonly lastStep = new Map<string, number>();

  private constructor(
    private readonly browser: Browser,
    readonly origin: string,
    readonly screenshotDir: string,
  ) {}

  static async launch(origin: string, suite: string): Promise<ConsoleDesks> {
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
    const screenshotDir = join(ROOT, 'var', 'screenshots', suite);
    rmSync(screenshotDir, { recursive: true, force: true });
    mkdirSync(screenshotDir, { recursive: true });
    return new ConsoleDesks(browser, origin, screenshotDir);
  }

  async desk(): Promise<Desk> {
    const context = await this.browser.newContext({
      viewport: DESKTOP,
      locale: 'en-US',
      timezoneId: 'UTC',
      javaScriptEnabled: true,
      acceptDownloads: true,
    });
    return new Desk(this, context, await context.newPage());
  }

  async close(): Promise<void> {
    await this.browser.close();
  }

  foreignRequests(): string[] {
    return this.requests.filter(
      (url) => !url.startsWith(`${this.origin}/`) && url !== 'data:,' && url !== 'about:blank',
    );
  }

  /**
   * A code for the account's next TOTP step: a code is accepted once per step, and the account was
   * already signed in through the API (createStaff) at the current one. Waits for the next step
   * when the one after the current is used up too.
   */
  async nextCode(person: DeskPerson): Promise<string> {
    const now = () => Math.floor(Date.now() / 1000 / TOTP_STEP_SECONDS);
    const step = Math.max(now(), (this.lastStep.get(person.email) ?? now()) + 1);
    while (step > now() + 1) {
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    this.lastStep.set(person.email, step);
    return generate({ secret: person.totpSecret, epoch: step * TOTP_STEP_SECONDS });
  }
}
