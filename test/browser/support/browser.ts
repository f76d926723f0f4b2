import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { HtmlValidate } from 'html-validate';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Page,
  type Request,
  type Response,
} from 'playwright-core';
import { ROOT } from '../../support/processes.js';

/** Debian's Chromium (`.ci/run` installs it); Playwright's own browser download cannot work here. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** web.md's flags. Playwright gives every launch a fresh temporary profile (--user-data-dir). */
export const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
export const DESKTOP = { width: 1024, height: 768 };
const NARROW = { width: 320, height: 640 };

/** The headers of web.md that every page must carry (HSTS is production-over-https only). */
export const PAGE_HEADERS: Readonly<Record<string, string | RegExp>> = {
  'content-security-policy':
    "default-src 'none';style-src 'self';img-src 'self' data:;font-src 'self';form-action 'self';frame-ancestors 'none';base-uri 'none'",
  'referrer-policy': 'no-referrer',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'x-content-type-options': 'nosniff',
  'cache-control': 'no-store',
  'x-robots-tag': 'noindex, nofollow',
};

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Preact writes void elements as `<meta/>`; both forms are valid HTML.
    'void-style': 'off',
    // Catalogue texts use typographic quotes and apostrophes on purpose.
    'no-raw-characters': ['error', { relaxed: true }],
  },
});

export interface PageProblem {
  readonly page: string;
  readonly problem: string;
}

/**
 * One browser for a test file: Chromium with JavaScript off (the reporter's pages must work in Tor
 * Browser's "Safest" mode), every request recorded, and `check()` to hold a page to the bar of
 * issue 15: axe WCAG 2.x A/AA with no violation, valid HTML, no script, the security headers, no
 * sideways scrolling at 320 px, and screenshots at both widths under var/screenshots/.
 */
export class ReporterBrowser {
  readonly requests: string[] = [];
  /** Problems found by `check()`, collected so that a test reports all of them at once. */
  readonly problems: PageProblem[] = [];
  private lastDocument?: Response;

  private constructor(
    private readonly browser: Browser,
    readonly context: BrowserContext,
    readonly page: Page,
    /** JavaScript on, for axe only (axe cannot run where scripts are off): it gets each page's HTML. */
    private readonly axePage: Page,
    readonly origin: string,
    private readonly screenshotDir: string,
  ) {
    context.on('request', (request: Request) => this.requests.push(request.url()));
    page.on('response', (response) => {
      if (response.request().resourceType() === 'document') this.lastDocument = response;
    });
  }

  /**
   * `javaScript: true` for the staff console, whose journeys run with scripts on (web.md); its
   * pages are held to the same checks.
   */
  static async launch(
    origin: string,
    suite: string,
    { javaScript = false }: { javaScript?: boolean } = {},
  ): Promise<ReporterBrowser> {
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: FLAGS,
      headless: true,
    });
    const options = { viewport: DESKTOP, locale: 'en-US', timezoneId: 'UTC' };
    const context = await browser.newContext({ ...options, javaScriptEnabled: javaScript });
    const axeContext = await browser.newContext({ ...options, javaScriptEnabled: true });
    const screenshotDir = join(ROOT, 'var', 'screenshots', suite);
    rmSync(screenshotDir, { recursive: true, force: true });
    mkdirSync(screenshotDir, { recursive: true });
    return new ReporterBrowser(
      browser,
      context,
      await context.newPage(),
      await axeContext.newPage(),
      origin,
      screenshotDir,
    );
  }

  async close(): Promise<void> {
    await this.browser.close();
  }

  /**
   * Forgets every cookie, as a browser that was closed and opened again, and starts a new record
   * of problems and requests (one per test).
   */
  async restart(): Promise<void> {
    await this.context.clearCookies();
    this.problems.length = 0;
    this.requests.length = 0;
  }

  async goto(path: string): Promise<Response | null> {
    return this.page.goto(`${this.origin}${path}`);
  }

  /** Every request made so far that went anywhere but the API under test. */
  foreignRequests(): string[] {
    return this.requests.filter((url) => !url.startsWith(`${this.origin}/`) && url !== 'data:,');
  }

  /** A screenshot of the page as it is now (media, viewport), without checking it again. */
  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: join(this.screenshotDir, `${name}.png`), fullPage: true });
  }

  /**
   * Checks the page now shown and saves its screenshots as `<name>-desktop.png` and
   * `<name>-320.png`. Problems are collected, not thrown: `expectNoProblems()` reports them.
   */
  async check(name: string): Promise<void> {
    await inspectPage({
      page: this.page,
      document: this.lastDocument,
      axePage: this.axePage,
      origin: this.origin,
      shot: join(this.screenshotDir, name),
      problem: (text) =>
        this.problems.push({ page: `${name} (${this.page.url()})`, problem: text }),
    });
  }
}

/** What `inspectPage` needs to know of the page shown. */
export interface PageUnderCheck {
  readonly page: Page;
  /** The response that brought the page's document. */
  readonly document: Response | undefined;
  /**
   * A page with JavaScript on, for axe, when `page` has it off (axe runs as a script): it gets the
   * same HTML at the same origin, so the stylesheet loads.
   */
  readonly axePage?: Page;
  readonly origin: string;
  /** The screenshots' path without its ending: `-desktop.png` and `-320.png` are added. */
  readonly shot: string;
  readonly problem: (text: string) => void;
}

/** Pages at the origin that axe's page has been sent to once (it then only swaps its content). */
const axePagesAtOrigin = new WeakSet<Page>();

/**
 * Holds the page shown to the bar of both sides (issues 15 and 16): axe WCAG 2.x A/AA with no
 * violation, valid HTML, no script, web.md's headers, no sideways scrolling at 320 px, and
 * screenshots at both widths. Problems are reported through `problem`, not thrown.
 */
export async function inspectPage(target: PageUnderCheck): Promise<void> {
  const { page, document: response, problem } = target;
  let html = '';
  if (!response) {
    problem('no document response was recorded');
  } else {
    html = await response.text();
    if (/<script\b/i.test(html)) problem('the page contains a <script> element');
    const headers = response.headers();
    for (const [header, expected] of Object.entries(PAGE_HEADERS)) {
      const value = headers[header];
      const ok = typeof expected === 'string' ? value === expected : expected.test(value ?? '');
      if (!ok) problem(`header ${header} is ${JSON.stringify(value)}`);
    }
    if (headers['strict-transport-security'] !== undefined) problem('HSTS is sent over plain http');
    const report = await validator.validateString(html, 'page.html');
    for (const result of report.results) {
      for (const message of result.messages) {
        problem(`html-validate ${message.ruleId}: ${message.message} (line ${message.line})`);
      }
    }
  }

  let axePage = page;
  if (target.axePage) {
    axePage = target.axePage;
    if (!axePagesAtOrigin.has(axePage)) {
      await axePage.goto(`${target.origin}/axe-check`);
      axePagesAtOrigin.add(axePage);
    }
    await axePage.setContent(html, { waitUntil: 'load' });
  }
  // Legacy mode runs axe.run() in the page itself. The default (runPartial, for pages with
  // frames; these have none) opens a new page and loads axe into it again for every check, which
  // made axe most of the browser suite's time.
  const axe = await new AxeBuilder({ page: axePage })
    .withTags(AXE_TAGS)
    .setLegacyMode(true)
    .analyze();
  for (const violation of axe.violations) {
    problem(
      `axe ${violation.id}: ${violation.help} (${violation.nodes.map((n) => n.target.join(' ')).join('; ')})`,
    );
  }

  await page.screenshot({ path: `${target.shot}-desktop.png`, fullPage: true });
  await page.setViewportSize(NARROW);
  const widths = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  if (widths.scroll > widths.client) {
    problem(`scrolls sideways at 320 px (content is ${widths.scroll} px wide)`);
  }
  await page.screenshot({ path: `${target.shot}-320.png`, fullPage: true });
  await page.setViewportSize(DESKTOP);
}
