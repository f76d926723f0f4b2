import type { Page } from 'playwright-core';
import type { ReporterBrowser } from './browser.js';
import { heading, press } from './reporter-steps.js';

export interface ReportAnswers {
  /** The concern's label as the page shows it (in the page's language). */
  concern: string;
  title: string;
  description: string;
  date?: { day?: string; month: string; year: string };
  location?: string;
  implicated?: Array<{ name?: string; role: string }>;
  witnesses?: Array<{ name: string; contact?: string }>;
  files?: Array<{ name: string; mimeType: string; buffer: Buffer }>;
  named?: { name: string; email?: string; phone?: string; news?: boolean };
}

/** The buttons' words in each language the tests speak. */
export const BUTTONS = {
  en: {
    continue: 'Continue',
    addFiles: 'Add these files',
    send: 'Send report',
    addPerson: 'Add another person',
  },
  de: {
    continue: 'Weiter',
    addFiles: 'Diese Dateien hinzufügen',
    send: 'Meldung absenden',
    addPerson: 'Weitere Person hinzufügen',
  },
} as const;

/**
 * Answers every question of the report form the way a person would (labels, clicks), from the
 * concern page to Check your answers, checking each page on the way. Fields are found by id so
 * that the same walk works in every language.
 */
export async function answerReport(
  browser: ReporterBrowser,
  answers: ReportAnswers,
  options: { language?: keyof typeof BUTTONS; prefix?: string } = {},
): Promise<void> {
  const { page } = browser;
  const words = BUTTONS[options.language ?? 'en'];
  const prefix = options.prefix ?? 'report';
  const checkPage = (name: string) => browser.check(`${prefix}-${name}`);

  await checkPage('concern');
  await page.getByLabel(answers.concern, { exact: true }).check();
  await press(page, words.continue);

  await checkPage('what-happened');
  await page.locator('#title').fill(answers.title);
  await page.locator('#description').fill(answers.description);
  await press(page, words.continue);

  await checkPage('when-where');
  if (answers.date) {
    await page.locator('#occurredAt').fill(answers.date.day ?? '');
    await page.locator('#occurredAt-month').fill(answers.date.month);
    await page.locator('#occurredAt-year').fill(answers.date.year);
  }
  if (answers.location) await page.locator('#location').fill(answers.location);
  await press(page, words.continue);

  await checkPage('people');
  const implicated = answers.implicated ?? [];
  for (const [i, person] of implicated.entries()) {
    await page.locator(`#implicated-${i}-role`).selectOption(person.role);
    if (person.name) await page.locator(`#implicated-${i}-name`).fill(person.name);
    if (i < implicated.length - 1) await press(page, words.addPerson);
  }
  for (const [i, witness] of (answers.witnesses ?? []).entries()) {
    await page.locator(`#witnesses-${i}-name`).fill(witness.name);
    if (witness.contact) await page.locator(`#witnesses-${i}-contact`).fill(witness.contact);
  }
  await press(page, words.continue);

  await checkPage('files');
  if (answers.files?.length) {
    await page.locator('#files').setInputFiles(answers.files);
    await press(page, words.addFiles);
    await checkPage('files-added');
  }
  await press(page, words.continue);

  await checkPage('about-you');
  if (answers.named) {
    await page.locator('#anonymous-2').check();
    await press(page, words.continue);
    await checkPage('contact');
    await page.locator('#name').fill(answers.named.name);
    if (answers.named.email) await page.locator('#email').fill(answers.named.email);
    if (answers.named.phone) await page.locator('#phone').fill(answers.named.phone);
    if (answers.named.news) await page.locator('#notifyByEmail').check();
  }
  await press(page, words.continue);
  await checkPage('check-answers');
}

/** Sends the report from Check your answers and reads the receipt and reference off the page. */
export async function sendReport(
  browser: ReporterBrowser,
  options: { language?: keyof typeof BUTTONS; prefix?: string } = {},
): Promise<{ receipt: string; reference: string }> {
  const { page } = browser;
  await press(page, BUTTONS[options.language ?? 'en'].send);
  await browser.check(`${options.prefix ?? 'report'}-receipt`);
  return readReceipt(page);
}

export async function readReceipt(page: Page): Promise<{ receipt: string; reference: string }> {
  const groups = (await page.locator('.receipt__code span').allInnerTexts()).map((g) => g.trim());
  const panel = await page.locator('.panel__reference').innerText();
  const reference = /CND-\d{4}-\d{6}/.exec(panel)?.[0] ?? '';
  return { receipt: groups.join('-'), reference };
}

export async function signIn(browser: ReporterBrowser, receipt: string): Promise<void> {
  const { page } = browser;
  await browser.goto('/follow-up');
  await page.locator('#receipt').fill(receipt);
  await press(page, (await heading(page)).startsWith('Eine') ? 'Anmelden' : 'Sign in');
}
