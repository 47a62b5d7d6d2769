/**
 * Builds an example with its own `vite.config.ts` (Vite's JS API, in-process), serves the build with
 * `preview()` on a free port and opens it in Debian's Chromium with playwright-core (no browser
 * download, a fresh context per page). Shared by the end-to-end tests of examples/react and
 * examples/vue; the demo shop's harness (examples/shop/test/shop-harness.ts) drives the dev server.
 * A build that prints a warning or an error fails the example's test.
 */
import { join } from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import { launchChromium, openShopperPage } from './chromium.ts';
import { build, createLogger, preview } from 'vite';

export interface PreviewedExample {
  url: string;
  browser: Browser;
  /** A new page (own browser context, so own storage) with page errors and console errors collected. */
  newPage(options?: { locale?: string }): Promise<{ page: Page; errors: string[] }>;
  close(): Promise<void>;
}

/** `root` is the example's folder, holding `vite.config.ts` and `index.html`. */
export async function openBuiltExample(root: string): Promise<PreviewedExample> {
  const configFile = join(root, 'vite.config.ts');
  // A newcomer's `npm run build` of the example shows no warning or error: the build fails if it would.
  const said: string[] = [];
  const logger = createLogger('warn');
  logger.warn = (message) => void said.push(message);
  logger.warnOnce = (message) => void said.push(message);
  logger.error = (message) => void said.push(message);
  await build({ root, configFile, logLevel: 'warn', customLogger: logger });
  if (said.length > 0) throw new Error(`Building ${root} printed:\n${said.join('\n')}`);
  const server = await preview({ root, configFile, preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'warn' });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('vite preview did not report a port');
  const url = `http://127.0.0.1:${address.port}/`;
  const browser = await launchChromium();
  return {
    url,
    browser,
    newPage: ({ locale = 'en-US' } = {}) => openShopperPage(browser, locale),
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
