import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Page,
  type Response,
} from 'playwright-core';
import { ROOT } from '../../support/processes.js';
import { CHROMIUM, DESKTOP, FLAGS, inspectPage, type PageProblem } from './browser.js';

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
    await inspectPage({
      page: this.page,
      document: this.lastDocument,
      // axe runs as a script: with JavaScript off it gets the same HTML in a page that runs them.
      axePage: this.javaScript ? undefined : await this.owner.axePage(),
      origin: this.owner.origin,
      shot: join(this.owner.screenshotDir, shot),
      problem: (text) =>
        this.owner.problems.push({
          page: `${this.name}/${shot} (${this.page.url()})`,
          problem: text,
        }),
    });
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
