/**
 * End to end, accessibility: axe-core (the version @open-wc/testing brings) audits every view of the
 * demo shop at 390 and 1280 px, light and dark, with the demo's brand colour and with a
 * deliberately light one. Each view is reached once, as a shopper would; the audit then runs on the
 * same state for each of the eight looks. Every violation fails, and so does every "needs review"
 * result of the checks the issue named (colour contrast, a visible label inside the accessible name,
 * an ARIA attribute where it is not allowed). With `OZ_SCREENSHOTS=<folder>` it saves each look.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { fillCheckout, HAN_MEIMEI } from '../../../.ci/checkout-shoppers.ts';
import { collectErrors } from '../../../.ci/chromium.ts';
import { useShop, withoutRefusals } from './shop-harness.ts';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** The demo's brand colour (examples/shop/src/shop.css) and a deliberately light one. */
const BRANDS = ['#b4532a', '#f5c518'] as const;
const WIDTHS = [390, 1280] as const;
const THEMES = ['light', 'dark'] as const;
/** "Needs review" results that count as failures: those a look can cause. */
const REVIEWED = new Set(['color-contrast', 'label-content-name-mismatch', 'aria-prohibited-attr']);

const shop = useShop({ beforeClose: () => context?.close() });
let context: BrowserContext;

/** Runs axe on `<order-zone>` (its shadow trees included): `kind rule target — why` for each problem. */
async function audit(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  return page.evaluate(async (reviewed) => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const result = await axe.run({ include: [['order-zone']] }, { resultTypes: ['violations', 'incomplete'] });
    const found: string[] = [];
    for (const [kind, list] of [['violation', result.violations], ['needs review', result.incomplete]] as const) {
      for (const rule of list) {
        if (kind === 'needs review' && !reviewed.includes(rule.id)) continue;
        for (const node of rule.nodes) found.push(`${kind} ${rule.id} ${JSON.stringify(node.target)} — ${(node.failureSummary ?? '').replace(/\s+/g, ' ')}`);
      }
    }
    return found;
  }, [...REVIEWED]);
}

/** Audits the current state in all eight looks; returns the findings, each prefixed by its look. */
async function auditLooks(page: Page, view: string): Promise<string[]> {
  const found: string[] = [];
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    for (const theme of THEMES) {
      for (const brand of BRANDS) {
        await page.evaluate(
          ({ theme, brand }) => {
            document.documentElement.style.setProperty('--oz-color-primary', brand);
            document.querySelector('order-zone')!.setAttribute('theme', theme);
            // At the top, so the demo page's sticky header covers none of the widget.
            window.scrollTo(0, 0);
          },
          { theme, brand },
        );
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
        const folder = process.env.OZ_SCREENSHOTS;
        if (folder) await page.screenshot({ path: `${folder}/a11y-${view.replace(/\W+/g, '-')}-${width}-${theme}-${brand.slice(1)}.png`, fullPage: true });
        for (const problem of await audit(page)) found.push(`${view} @${width}px ${theme} ${brand}: ${problem}`);
      }
    }
  }
  return found;
}

/** The merchant's calendar date `days` after today (the demo shop is in Asia/Shanghai). */
function merchantDate(days: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

async function openProduct(page: Page, id: string, title: string): Promise<void> {
  await page.evaluate((productId) => document.querySelector('order-zone')!.navigate('product', productId), id);
  await page.getByRole('heading', { level: 2, name: title }).waitFor();
}

describe('demo shop accessibility: every view, 390 and 1280 px, light and dark, two brand colours', () => {
  it('has no axe violations and nothing to review in any look', async () => {
    context = await shop.browser.newContext({ locale: 'en-US', reducedMotion: 'reduce', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.addInitScript(() => localStorage.setItem('demo-shop:locale', 'en-US'));
    await page.goto(shop.url);
    const findings: string[] = [];
    /** Reaches a view as a shopper would (in the light theme, at 1280 px), then audits it in every look. */
    const view = async (name: string, reach: () => Promise<void>): Promise<void> => {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.evaluate(() => document.querySelector('order-zone')!.setAttribute('theme', 'light'));
      await reach();
      findings.push(...(await auditLooks(page, name)));
    };

    await view('browse', () => page.getByRole('button', { name: 'Cotton crew-neck T-shirt' }).waitFor());
    await view('product', async () => {
      await openProduct(page, 'cotton-tee', 'Cotton crew-neck T-shirt');
      await page.getByRole('button', { name: 'Add to cart' }).click();
      await page.getByText(/Added to your cart: 1 × Cotton crew-neck T-shirt/).first().waitFor();
    });
    await view('time slot', async () => {
      await openProduct(page, 'home-cleaning', 'Home cleaning visit (2 hours)');
      await page.locator(`booking-picker td[data-date="${merchantDate(2)}"]`).click();
      await page.locator('booking-picker input[name="slot"]:not([disabled])').first().check();
      await page.getByText('Price per visit').waitFor();
    });
    await view('stay', async () => {
      await openProduct(page, 'lakeside-hotel', 'Lakeside boutique hotel');
      await page.locator(`stay-picker td[data-date="${merchantDate(3)}"]`).click();
      await page.locator(`stay-picker td[data-date="${merchantDate(5)}"]`).click();
      await page.getByText('Total for your stay').waitFor();
    });
    await view('seats', async () => {
      await openProduct(page, 'cinema-night', 'Film: “Homeward Among the Stars”');
      await page.locator('seat-picker button[data-seat="C4"]').click();
      await page.locator('seat-picker button[data-seat="C5"]').click();
      await page.getByText('Total for your seats').waitFor();
    });
    await view('cart', async () => {
      await page.getByRole('button', { name: /^Cart, 1 item/ }).click();
      await page.getByRole('dialog').getByText('Total', { exact: true }).waitFor();
    });
    await view('checkout with errors', async () => {
      await page.getByRole('dialog').getByRole('button', { name: 'Checkout' }).click();
      await page.getByRole('heading', { name: 'Checkout' }).waitFor();
      await page.getByRole('button', { name: 'Place order' }).click();
      await page.locator('checkout-form [data-error-summary]').waitFor();
    });
    await view('lookup', async () => {
      await page.getByRole('button', { name: 'Find my order' }).click();
      await page.getByRole('heading', { name: 'Find my order' }).waitFor();
    });
    // The merchant console shows the codes the demo server "sends" (its outbox);
    // opened only while a code is read, so its live updates do not slow the audits down.
    const codeFor = async (purpose: 'sign_in' | 'verification'): Promise<string> => {
      const merchant = await context.newPage();
      await merchant.goto(`${shop.url}console.html`);
      const code = merchant.locator(`[data-outbox] [data-message][data-purpose="${purpose}"] [data-code]`).first();
      await code.waitFor();
      const text = ((await code.textContent()) ?? '').trim();
      await merchant.close();
      return text;
    };
    await view('risk check with a wrong code', async () => {
      // 250 reams at the bulk price: over the demo's risk threshold, so the order asks for a code.
      await openProduct(page, 'a4-paper', 'A4 copy paper, 70 gsm (ream of 500)');
      const quantity = page.getByRole('spinbutton', { name: 'Quantity' });
      await quantity.fill('250');
      await quantity.press('Tab');
      await page.getByRole('button', { name: 'Add to cart' }).click();
      await page.evaluate(() => document.querySelector('order-zone')!.navigate('checkout'));
      await page.getByRole('heading', { name: 'Checkout' }).waitFor();
      await fillCheckout(page, HAN_MEIMEI);
      await page.getByRole('button', { name: 'Place order' }).click();
      await page.getByRole('heading', { name: 'Confirm it’s you' }).waitFor();
      const right = await codeFor('verification');
      await page.getByRole('textbox', { name: /6-digit code/ }).fill(String((Number(right) + 1) % 1_000_000).padStart(6, '0'));
      await page.getByRole('button', { name: 'Confirm and place order' }).click();
      await page.locator('checkout-form [data-error-summary]').waitFor();
      await page.getByRole('textbox', { name: /6-digit code/ }).fill(right);
    });
    await view('confirmation', async () => {
      await page.getByRole('button', { name: 'Confirm and place order' }).click();
      await page.getByRole('heading', { name: 'Thank you for your order!' }).waitFor();
    });
    await view('help', async () => {
      await page.evaluate(() => document.querySelector('order-zone')!.append(Object.assign(document.createElement('order-help'), { topic: 'payment_failed' })));
      await page.locator('order-help a').first().waitFor();
    });
    await page.evaluate(() => document.querySelector('order-zone order-help')!.remove());
    await view('order detail of a rescheduled booking', async () => {
      await page.getByRole('button', { name: 'Continue shopping' }).click();
      await openProduct(page, 'home-cleaning', 'Home cleaning visit (2 hours)');
      await page.locator(`booking-picker td[data-date="${merchantDate(2)}"]`).click();
      await page.locator('booking-picker input[name="slot"]:not([disabled])').first().check();
      await page.getByRole('button', { name: 'Add to cart' }).click();
      await page.getByText(/^Added to your cart: Home cleaning visit/).first().waitFor();
      await page.evaluate(() => document.querySelector('order-zone')!.navigate('checkout'));
      await page.getByRole('heading', { name: 'Checkout' }).waitFor();
      await fillCheckout(page, HAN_MEIMEI);
      await page.getByRole('button', { name: 'Place order' }).click();
      await page.getByRole('heading', { name: 'Thank you for your order!' }).waitFor();
      await page.getByRole('button', { name: 'Track this order' }).click();
      await page.locator('order-detail [data-reschedule="0"]').click();
      await page.locator(`order-detail booking-picker td[data-date="${merchantDate(4)}"]`).click();
      await page.locator('order-detail booking-picker input[name="slot"]:not([disabled])').first().check();
      await page.locator('order-detail [part~="reschedule"] [data-submit]').click();
      await page.locator('order-detail [part~="reschedule"]').waitFor({ state: 'detached' });
    });
    await view('sign in', async () => {
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    });
    await view('my orders', async () => {
      await page.getByRole('textbox', { name: /^Mobile phone/ }).fill('13900139000');
      await page.getByRole('button', { name: 'Send code' }).click();
      await page.getByRole('textbox', { name: /6-digit code/ }).fill(await codeFor('sign_in'));
      await page.getByRole('button', { name: 'Sign in', exact: true }).last().click();
      await page.getByRole('heading', { name: 'My orders' }).waitFor();
    });

    assert.deepEqual(findings, [], `${findings.length} problems:\n${findings.join('\n')}`);
    // The server refused on purpose: the large order until its code came (403), the wrong code (400).
    assert.deepEqual(withoutRefusals(errors, [403, 400]), [], 'no errors in the console');
  });
});
