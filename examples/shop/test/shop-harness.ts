/**
 * Starts the demo shop on a free port through Vite's JS API and opens it in Debian's Chromium with
 * playwright-core (no browser download, a fresh profile every launch).
 */
import { fileURLToPath } from 'node:url';
import { type Browser, type Page } from 'playwright-core';
import { launchChromium, openShopperPage } from '../../../.ci/chromium.ts';
import { createServer, type ViteDevServer } from 'vite';

const configFile = fileURLToPath(new URL('../../../vite.config.ts', import.meta.url));

export interface Shop {
  url: string;
  browser: Browser;
  /** A new page (own browser context, so own storage) with console errors collected. */
  newPage(options?: { locale?: string }): Promise<{ page: Page; errors: string[] }>;
  close(): Promise<void>;
}

export async function openShop(): Promise<Shop> {
  const server: ViteDevServer = await createServer({ configFile, server: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
  await server.listen();
  const address = server.httpServer!.address();
  if (!address || typeof address === 'string') throw new Error('Vite did not report a port');
  const url = `http://127.0.0.1:${address.port}/`;
  const browser = await launchChromium();
  return {
    url,
    browser,
    newPage: ({ locale = 'zh-CN' } = {}) => openShopperPage(browser, locale),
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
