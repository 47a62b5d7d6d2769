/**
 * Debian's Chromium for every end-to-end test, driven by playwright-core: one place for the binary
 * (`CHROMIUM_PATH` overrides `/usr/bin/chromium`) and the flags that keep it from stalling on
 * network calls in a closed sandbox. playwright-core never downloads a browser, and each launch gets
 * a fresh temporary profile.
 */
import { chromium, type Browser, type Page } from 'playwright-core';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}

/**
 * A new shopper: their own browser context (so their own storage), a desktop viewport, the given
 * language, and the page's errors collected.
 */
export async function openShopperPage(browser: Browser, locale: string): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ locale, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  return { page, errors: collectErrors(page) };
}

/** Collects the page's uncaught errors and console errors, for a test to assert there are none. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}
