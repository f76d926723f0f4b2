import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { HtmlValidate } from 'html-validate';
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

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    'void-style': 'off',
    'no-raw-characters': ['error', { relaxed: true }],
  },
});

/**
 * One person's browser session (its own context: own cookies), with every request recorded and
 * `check()` holding the page shown to issue 16's bar: axe WCAG 2.2 AA, html-validate, web.md's
 * headers, no sideways scrolling at 320 px, and screenshots.
 */
export class ConsoleTab {
  readonly requests: string[] = [];
  private lastDocument?: Response;

  constructor(
    private readonly owner: ConsoleBrowser,
    readonly name: string,
    readonly context: BrowserContext,
    readonly page: Page,
    private readonly javaScript: boolean,
  ) {
    context.on('request', (request) => this.requests.push(request.url()));
    page.on('response', (response) => {
      if (response.request().resourceType() === 'document') this.lastDocument = response;
    });
  }

  async goto(path: string): Promise<Response | null> {
    return this.page.goto(`${this.owner.origin}${path}`);
  }

  foreignRequests(): string[] {
    return this.requests.filter(
      (url) => !url.startsWith(`${this.owner.origin}/`) && url !== 'data:,',
    );
  }

  /** Checks the page now shown; problems are collected on the browser for one report. */
  async check(shot: string): Promise<void> {
    const { page } = this;
    const where = `${this.name}/${shot} (${page.url()})`;
    const problem = (text: string) => this.owner.problems.push({ page: where, problem: text });
    const response = this.lastDocument;
    let html = '';
    if (!response) problem('no document response was recorded');
    else {
      html = await response.text();
      const headers = response.headers();
      for (const [header, expected] of Object.entries(PAGE_HEADERS)) {
        const value = headers[header];
        const ok = typeof expected === 'string' ? value === expected : expected.test(value ?? '');
        if (!ok) problem(`header ${header} is ${JSON.stringify(value)}`);
      }
      if (headers['strict-transport-security'] !== undefined)
        problem('HSTS is sent over plain http');
      const report = await validator.validateString(html, `${shot}.html`);
      for (const result of report.results)
        for (const message of result.messages)
          problem(`html-validate ${message.ruleId}: ${message.message} (line ${message.line})`);
    }
    // axe runs as a script: with JavaScript off it gets the same HTML in a page that runs scripts.
    let axePage = page;
    if (!this.javaScript) {
      axePage = await this.owner.axePage();
      await axePage.goto(`${this.owner.origin}/axe-check`);
      await axePage.setContent(html, { waitUntil: 'load' });
    }
    const axe = await new AxeBuilder({ page: axePage }).withTags(AXE_TAGS).analyze();
    for (const violation of axe.violations)
      problem(
        `axe ${violation.id}: ${violation.help} (${violation.nodes.map((n) => n.target.join(' ')).join('; ')})`,
      );
    const dir = this.owner.screenshotDir;
    await page.screenshot({ path: join(dir, `${shot}-desktop.png`), fullPage: true });
    await page.setViewportSize(NARROW);
    const widths = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    if (widths.scroll > widths.client)
      problem(`scrolls sideways at 320 px (content is ${widths.scroll} px wide)`);
    await page.screenshot({ path: join(dir, `${shot}-320.png`), fullPage: true });
    await page.setViewportSize(DESKTOP);
  }

  async close(): Promise<void> {
    await this.context.close();
  }
}

/** One Chromium for a test file; each person gets their own tab (context). */
export class ConsoleBrowser {
  readonly problems: PageProblem[] = [];
  private readonly tabs: ConsoleTab[] = [];
  private scriptPage?: Page;

  private constructor(
    private readonly browser: Browser,
    readonly origin: string,
    readonly screenshotDir: string,
  ) {}

  static async launch(origin: string, suite: string): Promise<ConsoleBrowser> {
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: FLAGS,
      headless: true,
    });
    const dir = join(ROOT, 'var', 'screenshots', suite);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    return new ConsoleBrowser(browser, origin, dir);
  }

  async tab(name: string, options: { javaScript?: boolean } = {}): Promise<ConsoleTab> {
    const context = await this.browser.newContext({
      viewport: DESKTOP,
      locale: 'en-US',
      timezoneId: 'UTC',
      javaScriptEnabled: options.javaScript ?? true,
      acceptDownloads: true,
    });
    const javaScript = options.javaScript ?? true;
    const tab = new ConsoleTab(this, name, context, await context.newPage(), javaScript);
    this.tabs.push(tab);
    return tab;
  }

  /** A page with JavaScript on, for axe on what a JavaScript-off tab showed. */
  async axePage(): Promise<Page> {
    if (!this.scriptPage) {
      const context = await this.browser.newContext({
        viewport: DESKTOP,
        locale: 'en-US',
        timezoneId: 'UTC',
      });
      this.scriptPage = await context.newPage();
    }
    return this.scriptPage;
  }

  foreignRequests(): string[] {
    return this.tabs.flatMap((tab) => tab.foreignRequests());
  }

  async close(): Promise<void> {
    await this.browser.close();
  }
}
