/**
 * End to end: a merchant's own product page (not an OrderZone layout) with the building blocks, the
 * built script-tag bundle, under the strict Content-Security-Policy of docs/security.md, in Chromium.
 * A shopper sees the page's own content before the script loads, then the live price and stock,
 * picks a size and colour in the merchant's form, adds to the cart, sees the header's count change,
 * opens the cart drawer and checks out in the dialog, by mouse and by keyboard; axe finds nothing.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { fillCheckout, HAN_MEIMEI } from '../../../.ci/checkout-shoppers.ts';
import { collectErrors, launchChromium } from '../../../.ci/chromium.ts';
import { CONTENT_SECURITY_POLICY, serveExample, type StaticServer } from '../../../.ci/static-server.ts';
import { focused, tabTo } from '../../shop/test/keyboard.ts';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const elementsDir = fileURLToPath(new URL('../../../packages/elements', import.meta.url));
const TITLE = 'Cotton crew-neck T-shirt';

let server: StaticServer;
let browser: Browser;

before(async () => {
  execFileSync('npm', ['run', 'build:bundle'], { cwd: elementsDir, stdio: ['ignore', 'ignore', 'inherit'] });
  server = await serveExample(fileURLToPath(new URL('..', import.meta.url)));
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

interface Opened {
  page: Page;
  errors: string[];
  /** CSP violations reported to the page, as `directive: blocked`. */
  violations: () => Promise<string[]>;
}

interface OpenOptions {
  /** Runs before the page is requested (to hold back a request, say); the page is then not waited for. */
  beforeLoad?: (page: Page) => Promise<unknown>;
  /** Loads axe-core into the page first (outside the page's policy, as a browser extension would). */
  axe?: boolean;
}

/** A new shopper on the page, at `width` px. */
async function open(width = 1280, { beforeLoad, axe }: OpenOptions = {}): Promise<Opened> {
  const context = await browser.newContext({ locale: 'en-US', reducedMotion: 'reduce', viewport: { width, height: 900 } });
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { violations: string[] }).violations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective}: ${e.blockedURI}`), true);
  });
  if (axe) await context.addInitScript({ content: axeSource });
  const page = await context.newPage();
  const errors = collectErrors(page);
  await beforeLoad?.(page);
  await page.goto(server.url, { waitUntil: beforeLoad ? 'commit' : 'load' });
  return { page, errors, violations: () => page.evaluate(() => (window as unknown as { violations: string[] }).violations) };
}

/** The live price is shown (the block has replaced the page's own text). */
async function live(page: Page): Promise<void> {
  await page.locator('product-price [part="price"]').waitFor();
  await page.locator('product-availability [part="availability"]').waitFor();
}

/** axe on the whole page, shadow trees included: `rule target — why` for each violation or contrast to review. */
async function audit(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const result = await axe.run(document, { resultTypes: ['violations', 'incomplete'] });
    const found: string[] = [];
    for (const rule of result.violations) for (const node of rule.nodes) found.push(`violation ${rule.id} ${JSON.stringify(node.target)} — ${(node.failureSummary ?? '').replace(/\s+/g, ' ')}`);
    for (const rule of result.incomplete.filter((r) => r.id === 'color-contrast' || r.id === 'label-content-name-mismatch')) {
      for (const node of rule.nodes) found.push(`needs review ${rule.id} ${JSON.stringify(node.target)} — ${(node.failureSummary ?? '').replace(/\s+/g, ' ')}`);
    }
    return found;
  });
}

describe('merchant page with OrderZone building blocks (strict CSP, Chromium)', () => {
  it('is served with the documented policy', async () => {
    const response = await fetch(server.url);
    assert.equal(response.headers.get('content-security-policy'), CONTENT_SECURITY_POLICY);
  });

  it('shows the page’s own content until the script has loaded, then the live blocks in its place', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const { page, errors } = await open(1280, {
      beforeLoad: (p) =>
        p.route('**/orderzone/orderzone.js', async (route) => {
          await held;
          await route.continue();
        }),
    });
    await page.locator('footer').waitFor({ state: 'attached' });
    // Before: plain HTML, readable and usable as the merchant wrote it.
    assert.equal((await page.locator('product-price').textContent())?.trim(), 'CN¥79.00');
    assert.equal((await page.locator('product-availability').textContent())?.trim(), 'Usually ships within 2 days');
    assert.ok(await page.getByRole('button', { name: 'Add to cart' }).isVisible(), 'the page’s own submit button');
    assert.ok(await page.getByRole('link', { name: 'Cart' }).isVisible(), 'the link to the cart page');
    assert.ok(await page.getByRole('link', { name: 'Checkout' }).isVisible(), 'the link to the checkout page');
    assert.equal(await page.evaluate(() => customElements.get('add-to-cart-button')), undefined);

    release();
    await live(page);
    // After: the blocks' own controls; the fallback content is no longer shown.
    await page.getByRole('button', { name: /^Cart, 0 items$/ }).waitFor();
    assert.equal(await page.locator('a.fallback-link', { hasText: 'Cart' }).isVisible(), false);
    assert.equal(await page.locator('.fallback-button').isVisible(), false);
    assert.equal((await page.locator('add-to-cart-button [part="button"]').textContent())?.trim(), 'Add to cart');
    assert.match((await page.locator('product-price [part="price"]').textContent()) ?? '', /CN¥79\.00/);
    assert.deepEqual(errors, []);
  });

  it('adds the chosen size and colour, counts it in the header, opens the cart drawer and checks out', async () => {
    const { page, errors, violations } = await open();
    await live(page);
    const addButton = page.locator('add-to-cart-button [part="button"]');

    // A size is required by the merchant's form: nothing is added without one.
    await addButton.click();
    assert.equal(await page.locator('input[name="option.size"]').first().evaluate((input: HTMLInputElement) => input.validity.valueMissing), true);
    assert.equal((await page.locator('cart-count').getAttribute('count')), '0');

    // White XL is sold out: the stock line and the button say so, from the core.
    await page.getByRole('radio', { name: 'White' }).check();
    await page.getByRole('radio', { name: 'XL' }).check();
    await page.locator('product-availability').getByText('Sold out').waitFor();
    assert.equal(await addButton.isDisabled(), true);
    assert.equal((await addButton.textContent())?.trim(), 'Sold out');

    // Navy M, two of them.
    await page.getByRole('radio', { name: 'Navy' }).check();
    await page.getByRole('radio', { name: 'M', exact: true }).check();
    await page.locator('product-availability').getByText('In stock').waitFor();
    await page.getByRole('spinbutton', { name: 'Quantity' }).fill('2');
    await addButton.click();
    await page.getByText(`Added to your cart: 2 × ${TITLE}.`).waitFor();
    await page.getByRole('button', { name: /^Cart, 2 items$/ }).waitFor();
    assert.equal((await page.locator('cart-button [part="badge"]').textContent())?.trim(), '2');
    assert.equal(await page.locator('cart-count').evaluate((el) => el.shadowRoot!.textContent!.trim()), '2');

    // The header's cart button opens the drawer on the same cart.
    await page.getByRole('button', { name: /^Cart, 2 items$/ }).click();
    const drawer = page.getByRole('dialog');
    await drawer.getByRole('heading', { name: TITLE, exact: true }).waitFor();
    assert.match((await drawer.textContent()) ?? '', /M \/ Navy/);

    // Its Checkout opens the checkout in a dialog; the order is placed and confirmed there.
    await drawer.getByRole('button', { name: 'Checkout' }).click();
    await page.getByRole('heading', { name: 'Checkout' }).waitFor();
    await fillCheckout(page.getByRole('dialog'), HAN_MEIMEI);
    await page.getByRole('dialog').getByRole('button', { name: 'Place order' }).click();
    await page.getByRole('heading', { name: 'Thank you for your order!' }).waitFor({ timeout: 15000 });
    await page.locator('cart-count[count="0"]').waitFor();
    await page.getByRole('button', { name: /^Cart, 0 items$/ }).waitFor();

    assert.deepEqual(await violations(), []);
    assert.deepEqual(errors, []);
  });

  it('can be shopped with the keyboard alone: size, add, the drawer and the checkout dialog, focus back where it was', async () => {
    const { page, errors } = await open();
    await live(page);
    await tabTo(page, (f) => f.tag === 'input' && f.type === 'radio' && f.name === 'S');
    await page.keyboard.press('ArrowRight');
    assert.deepEqual(await focused(page).then((f) => [f?.name, f?.checked]), ['M', true]);
    await tabTo(page, (f) => f.tag === 'button' && f.name === 'Add to cart');
    await page.keyboard.press('Enter');
    await page.getByText(`Added to your cart: 1 × ${TITLE}.`).waitFor();
    await page.getByRole('button', { name: /^Cart, 1 item$/ }).waitFor();

    await tabTo(page, (f) => f.tag === 'button' && /^Cart, 1 item$/.test(f.name), { backwards: true });
    await page.keyboard.press('Enter');
    const drawer = page.getByRole('dialog');
    await drawer.getByRole('heading', { name: TITLE, exact: true }).waitFor();
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });
    assert.match((await focused(page))?.name ?? '', /^Cart, 1 item$/);

    // The page's own Checkout button opens the checkout in a dialog; Escape closes it again.
    await tabTo(page, (f) => f.name === 'Checkout');
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').getByRole('heading', { name: 'Checkout' }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    assert.equal((await focused(page))?.name, 'Checkout');
    assert.deepEqual(errors, []);
  });

  it('speaks Chinese when the page switches OrderZone to zh-CN', async () => {
    const { page, errors } = await open();
    await live(page);
    await page.evaluate(() => (window as unknown as { OrderZone: { configure(c: { locale: string }): void } }).OrderZone.configure({ locale: 'zh-CN' }));
    await page.locator('add-to-cart-button [part="button"]', { hasText: '加入购物车' }).waitFor();
    await page.getByRole('button', { name: '购物车，0 件商品' }).waitFor();
    await page.getByRole('radio', { name: 'M', exact: true }).check();
    await page.locator('add-to-cart-button [part="button"]').click();
    await page.getByText('已加入购物车：纯棉圆领T恤 × 1。').waitFor();
    await page.getByRole('button', { name: '购物车，1 件商品' }).waitFor();
    assert.deepEqual(errors, []);
  });

  it('passes axe at 390 and 1280 px: the page, after an add, and with the drawer open', async () => {
    const findings: string[] = [];
    for (const width of [390, 1280]) {
      const { page, errors } = await open(width, { axe: true });
      await live(page);
      findings.push(...(await audit(page)).map((f) => `${width}px page: ${f}`));
      await page.getByRole('radio', { name: 'L', exact: true }).check();
      await page.locator('add-to-cart-button [part="button"]').click();
      await page.getByText(/Added to your cart/).waitFor();
      findings.push(...(await audit(page)).map((f) => `${width}px added: ${f}`));
      await page.getByRole('button', { name: /^Cart, 1 item$/ }).click();
      await page.getByRole('dialog').getByRole('heading', { name: TITLE, exact: true }).waitFor();
      findings.push(...(await audit(page)).map((f) => `${width}px drawer: ${f}`));
      assert.deepEqual(errors, []);
    }
    assert.deepEqual(findings, []);
  });
});
