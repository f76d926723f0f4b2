import type { Page } from 'playwright-core';

/** What a person sees of a page, read the way they would (no markup details). */
export async function heading(page: Page): Promise<string> {
  return (await page.locator('h1').first().innerText()).trim();
}

export async function mainText(page: Page): Promise<string> {
  return page.locator('main').innerText();
}

/** The error summary's links, as text and where they lead. */
export async function errorSummary(page: Page): Promise<Array<{ text: string; href: string }>> {
  const links = page.locator('.error-summary a');
  const found: Array<{ text: string; href: string }> = [];
  for (let i = 0; i < (await links.count()); i += 1) {
    found.push({
      text: (await links.nth(i).innerText()).trim(),
      href: (await links.nth(i).getAttribute('href')) ?? '',
    });
  }
  return found;
}

/** What has the keyboard focus: its id, or its class when it has none. */
export async function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.activeElement;
    return active?.id || active?.className || active?.tagName || '';
  });
}

export async function press(page: Page, button: string): Promise<void> {
  await Promise.all([
    page.waitForLoadState('load'),
    page.getByRole('button', { name: button, exact: true }).click(),
  ]);
}

export async function follow(page: Page, link: string): Promise<void> {
  await page.getByRole('link', { name: link, exact: true }).first().click();
}

/** Follows an error summary link and says which field then has the focus. */
export async function followErrorLink(page: Page, index = 0): Promise<string> {
  await page.locator('.error-summary a').nth(index).click();
  return focused(page);
}
