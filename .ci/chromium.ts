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

/** Collects the page's uncaught errors and console errors, for a test to assert there are none. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}
