/**
 * End to end: the theming example's three looks render in Chromium with the colours, shapes and
 * fonts their CSS sets, and the default look lays out right to left under `dir="rtl"`. With
 * `OZ_SCREENSHOTS=docs/theming` (a folder, relative to where npm was started) it saves a 1200×800
 * screenshot of each look for the docs.
 */
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { type Browser, type Page } from 'playwright-core';
import { launchChromium, collectErrors } from '../../../.ci/chromium.ts';
import { createServer, type ViteDevServer } from 'vite';
import { DARK_PALETTE, LIGHT_PALETTE } from '../../../packages/elements/src/styles/shared-styles.ts';

const configFile = fileURLToPath(new URL('../vite.config.ts', import.meta.url));
let server: ViteDevServer;
let browser: Browser;
let base: string;

before(async () => {
  server = await createServer({ configFile, server: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
  await server.listen();
  const address = server.httpServer!.address();
  if (!address || typeof address === 'string') throw new Error('Vite did not report a port');
  base = `http://127.0.0.1:${address.port}/`;
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** A hex colour as getComputedStyle reports it. */
function rgb(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}

/** Opens a look with its product grid shown; `rtl` sets `dir="rtl"` on `<html>`. */
async function open(look: string, { rtl = false } = {}): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ locale: 'en-US', colorScheme: 'light', viewport: { width: 1200, height: 800 } });
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.goto(`${base}${look}.html`);
  if (rtl) await page.evaluate(() => (document.documentElement.dir = 'rtl'));
  await page.locator('product-picker .card-link').first().waitFor();
  await page.evaluate(() => document.fonts.ready);
  return { page, errors };
}

/** Computed style properties of the first element matching a selector (piercing shadow roots). */
function computed(page: Page, selector: string, ...properties: string[]): Promise<string[]> {
  return page.locator(selector).first().evaluate((el, props) => props.map((p) => getComputedStyle(el).getPropertyValue(p)), properties);
}

async function snap(page: Page, name: string): Promise<void> {
  const folder = process.env.OZ_SCREENSHOTS;
  if (!folder) return;
  const dir = resolve(process.env.INIT_CWD ?? process.cwd(), folder);
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: resolve(dir, `${name}.png`) });
}

/** The "Add to cart" button's background and corners, on the first product's page. */
async function addToCartButton(page: Page): Promise<string[]> {
  await page.locator('product-picker .card-link').first().click();
  await page.locator('product-detail .add-button').waitFor();
  return computed(page, 'product-detail .add-button', 'background-color', 'border-top-left-radius');
}

describe('theming example', () => {
  it('default look: the light palette on the merchant’s light page', async () => {
    const { page, errors } = await open('default');
    assert.deepEqual(await computed(page, 'html', 'background-color'), ['rgb(250, 248, 245)']);
    assert.deepEqual(await computed(page, 'order-zone', 'color', 'color-scheme'), [rgb(LIGHT_PALETTE.text), 'light']);
    assert.deepEqual(await computed(page, 'product-picker .card', 'background-color'), [rgb(LIGHT_PALETTE.surface)]);
    assert.equal(await page.locator('product-picker .heading').textContent(), 'All products');
    await snap(page, 'default');
    assert.deepEqual(await addToCartButton(page), [rgb(LIGHT_PALETTE.primary), '10px']);
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it('dark look: the page declares color-scheme: dark and the shop follows it with the dark palette, the page’s own background behind it', async () => {
    const { page, errors } = await open('dark');
    assert.deepEqual(await computed(page, 'html', 'background-color'), ['rgb(12, 10, 9)']);
    assert.deepEqual(await computed(page, 'order-zone', 'color', 'color-scheme', 'background-color'), [rgb(DARK_PALETTE.text), 'dark', 'rgba(0, 0, 0, 0)']);
    assert.deepEqual(await computed(page, 'product-picker .card', 'background-color'), [rgb(DARK_PALETTE.surface)]);
    assert.deepEqual(await computed(page, 'product-picker', 'color'), [rgb(DARK_PALETTE.text)]);
    await snap(page, 'dark');
    assert.deepEqual(await addToCartButton(page), [rgb(DARK_PALETTE.primary), '10px']);
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it('brand look: the brand’s colours, fonts, shapes and parts, in Chinese from <html lang>', async () => {
    const { page, errors } = await open('brand');
    assert.deepEqual(await computed(page, 'html', 'background-color'), ['rgb(243, 241, 234)']);
    assert.deepEqual(await computed(page, 'product-picker .card', 'background-color', 'border-top-left-radius'), ['rgb(255, 253, 248)', '2px']);
    const [headingFont] = await computed(page, 'product-picker .heading', 'font-family');
    assert.match(headingFont!, /^"Noto Serif CJK SC"/);
    const [headerBorder] = await page.locator('order-zone').evaluate((el) => [getComputedStyle(el.shadowRoot!.querySelector('[part="header"]')!).borderBottomColor]);
    assert.equal(headerBorder, 'rgb(22, 101, 52)');
    assert.equal(await page.locator('product-picker .heading').textContent(), '全部商品');
    await snap(page, 'brand');
    assert.deepEqual(await addToCartButton(page), ['rgb(22, 101, 52)', '999px']);
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it('right to left: the layout mirrors and the cart drawer opens from the left', async () => {
    const { page, errors } = await open('default', { rtl: true });
    const width = 1200;
    const cartButton = await page.locator('order-zone .cart-button').boundingBox();
    assert.ok(cartButton && cartButton.x + cartButton.width < width / 2, 'the cart button sits at the inline end (left)');
    const filters = await page.locator('product-picker .filters').boundingBox();
    const results = await page.locator('product-picker .results').boundingBox();
    assert.ok(filters && results && filters.x > results.x, 'the filters sidebar sits at the inline start (right)');
    const input = await page.locator('product-picker .search-input').boundingBox();
    const icon = await page.locator('product-picker .search-icon').boundingBox();
    assert.ok(input && icon && icon.x > input.x + input.width / 2, 'the search icon sits at the inline start of the field');
    await snap(page, 'rtl');
    await page.locator('order-zone .cart-button').click();
    const drawer = page.locator('cart-panel dialog');
    await drawer.waitFor();
    await page.waitForFunction(() => {
      const dialog = document.querySelector('order-zone')!.shadowRoot!.querySelector('cart-panel')!.shadowRoot!.querySelector('dialog')!;
      return dialog.open && Math.round(dialog.getBoundingClientRect().left) === 0;
    });
    const box = await drawer.boundingBox();
    assert.ok(box && Math.round(box.x) === 0 && box.width < width, 'the drawer is flush with the left edge');
    assert.deepEqual(errors, []);
    await page.context().close();
  });
});
