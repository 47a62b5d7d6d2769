/**
 * End to end at 390 and 1280 px: what a shopper meets while browsing the demo shop. The filter panel
 * offers the groups that apply to what is listed, never mixes units and collapses; its check boxes
 * take the shop's brand colour; the stars on a card and on the product page agree with the reviews
 * below them; Chinese is drawn with a Simplified Chinese font on a Japanese system; the cinema's seat
 * map prints seat numbers under the screen and shows the seats already in the cart as the shopper's;
 * the page's language buttons switch every text from Chinese to English and back.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { useShop } from './shop-harness.ts';

const WIDTHS = [390, 1280] as const;
/** The demo page's brand colour (`--oz-color-primary: #b4532a` in src/shop.css). */
const BRAND = 'rgb(180, 83, 42)';

const shop = useShop();

/** A shopper at `width` px in `language`, on the page at `path` (e.g. `?oz=product/cotton-tee`). */
async function open(width: number, language: 'en-US' | 'zh-CN', path = '', browserLocale: string = language): Promise<{ page: Page; errors: string[] }> {
  const opened = await shop.newPage({ locale: browserLocale });
  await opened.page.setViewportSize({ width, height: 900 });
  await opened.page.addInitScript((l) => localStorage.setItem('demo-shop:locale', l), language);
  await opened.page.goto(`${shop.url}${path}`);
  return opened;
}

/** The text of each match, as written in the DOM (not as CSS transforms it). */
function texts(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((els) => els.map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim()));
}

/** The texts of `selector` once they are `expected` (the catalog's answer may still be on its way), else what they were after 15 s. */
async function textsOnceSettled(page: Page, selector: string, expected: string[]): Promise<string[]> {
  const until = Date.now() + 15_000;
  let seen = await texts(page, selector);
  while (JSON.stringify(seen) !== JSON.stringify(expected) && Date.now() < until) {
    await page.waitForTimeout(100);
    seen = await texts(page, selector);
  }
  return seen;
}

describe('browsing the demo shop', () => {
  it('switches from Chinese to English with the page\'s buttons and back, each language shown whole once loaded', async () => {
    const { page, errors } = await open(1280, 'zh-CN');
    const heading = page.locator('product-picker .heading');
    await page.locator('product-picker .card').first().waitFor();
    assert.equal(await heading.textContent(), '全部商品');
    await page.getByRole('button', { name: 'English', exact: true }).click();
    await page.waitForFunction(() => document.querySelector('order-zone')?.shadowRoot?.querySelector('product-picker')?.shadowRoot?.querySelector('.heading')?.textContent === 'All products');
    assert.deepEqual(await page.locator('order-zone, product-picker').evaluateAll((els) => els.map((el) => [el.getAttribute('lang'), el.getAttribute('aria-busy')])), [['en-US', null], ['en-US', null]]);
    assert.match((await page.locator('order-zone .cart-button').getAttribute('aria-label')) ?? '', /^Cart, 0 items$/);
    await page.getByRole('button', { name: '中文', exact: true }).click();
    await page.waitForFunction(() => document.querySelector('order-zone')?.shadowRoot?.querySelector('product-picker')?.shadowRoot?.querySelector('.heading')?.textContent === '全部商品');
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  for (const width of WIDTHS) {
    it(`filters: the groups that apply to all products, units never mixed, brand-coloured boxes, a panel that collapses, at ${width} px`, async () => {
      const { page, errors } = await open(width, 'en-US');
      const picker = page.locator('product-picker');
      await picker.locator('.card').first().waitFor();
      const panel = picker.locator('#filters');
      const toggle = picker.getByRole('button', { name: /^Filters/ });
      // Phones: behind the button, not rendered until opened; desktops: beside the results (rendered once its code is there).
      if (width > 760) await panel.waitFor();
      else assert.equal(await panel.count(), 0);
      assert.equal(await toggle.getAttribute('aria-expanded'), String(width > 760));
      if (width <= 760) await toggle.click();
      await panel.waitFor();
      assert.deepEqual(await textsOnceSettled(page, 'product-picker .facet-title', ['Price', 'Size', 'Colour', 'Availability']), ['Price', 'Size', 'Colour', 'Availability']);
      for (const labels of await picker.locator('.facet').evaluateAll((facets) => facets.map((f) => [...f.querySelectorAll('.check-label')].map((l) => l.textContent).join(' ')))) {
        assert.ok(!(/\bml\b/.test(labels) && /mAh/.test(labels)), `ml and mAh in one group: ${labels}`);
      }
      const box = picker.locator('.facet input[type="checkbox"]').first();
      assert.equal(await box.evaluate((el) => getComputedStyle(el).accentColor), BRAND, 'the check boxes are the shop\'s colour, not the browser\'s blue');
      // Collapses, and the results take the room.
      const before = (await picker.locator('.results').boundingBox())!.width;
      await toggle.click();
      await panel.waitFor({ state: 'hidden' });
      assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
      if (width > 760) assert.ok((await picker.locator('.results').boundingBox())!.width > before + 150, 'the results are wider without the panel');
      // In one category, that category's groups: apparel sizes and colours.
      await toggle.click();
      await picker.getByRole('button', { name: 'Electronics', exact: true }).click();
      await page.waitForFunction(() => !document.querySelector('order-zone')?.shadowRoot?.querySelector('product-picker')?.shadowRoot?.querySelector('.results[aria-busy="true"]'));
      await picker.locator('.card').first().waitFor();
      assert.deepEqual(await textsOnceSettled(page, 'product-picker .facet-title', ['Price', 'Availability']), ['Price', 'Availability'], 'one product per option group: nothing to filter');
      assert.deepEqual(errors, []);
      await page.context().close();
    });

    it(`the stars on a card, at the top of the product page and above its reviews agree, and no stars without reviews, at ${width} px`, async () => {
      const { page, errors } = await open(width, 'en-US');
      const card = page.locator('product-picker .card[data-product-id="cotton-tee"]');
      const onCard = await card.locator('[part="rating"]').getAttribute('aria-label');
      assert.match(onCard ?? '', /^Rated \d\.\d out of 5 \(\d+ reviews?\)$/);
      assert.equal(await page.locator('product-picker .card[data-product-id="baseball-cap"] [part="rating"]').count(), 0, 'the cap has no reviews');
      await card.locator('.card-link').click();
      const detail = page.locator('product-detail');
      await detail.locator('.review').first().waitFor();
      assert.deepEqual(await detail.locator('[part="rating"]').evaluateAll((els) => els.map((el) => el.getAttribute('aria-label'))), [onCard, onCard]);
      const reviews = await detail.locator('.review').count();
      assert.ok(onCard!.endsWith(`(${reviews} review${reviews === 1 ? '' : 's'})`), `${onCard} over ${reviews} reviews`);
      await page.goto(`${shop.url}?oz=product/baseball-cap`);
      await detail.locator('[part="reviews"]').waitFor();
      assert.match((await detail.locator('[part="reviews"]').textContent()) ?? '', /No reviews yet/);
      assert.equal(await detail.locator('[part="rating"]').count(), 0);
      assert.deepEqual(errors, []);
      await page.context().close();
    });

    it(`draws Chinese with a Simplified Chinese font on a Japanese system, at ${width} px`, async () => {
      const { page } = await open(width, 'zh-CN', '', 'ja-JP');
      const title = page.locator('product-picker .card-link').first();
      await title.waitFor();
      assert.equal(await page.locator('product-picker').getAttribute('lang'), 'zh-CN');
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
      const handle = await cdp.send('Runtime.evaluate', {
        expression: `(() => { const deep = (root) => { for (const el of root.querySelectorAll('*')) { if (el.matches('.card-link')) return el; if (el.shadowRoot) { const f = deep(el.shadowRoot); if (f) return f; } } }; return deep(document); })()`,
      });
      const { nodeId } = await cdp.send('DOM.requestNode', { objectId: handle.result.objectId! });
      const { fonts } = await cdp.send('CSS.enable').then(() => cdp.send('CSS.getPlatformFontsForNode', { nodeId }));
      const han = fonts.filter((f) => /CJK|Han|Hei|PingFang|Noto Sans (SC|JP)/.test(f.familyName));
      assert.ok(han.length > 0, `no CJK font used: ${JSON.stringify(fonts)}`);
      for (const font of han) assert.equal(font.familyName, 'Noto Sans CJK SC', 'Chinese drawn in Japanese shapes');
      await page.context().close();
    });

    it(`the seat map prints seat numbers under the screen and shows seats already in the cart as the shopper's, at ${width} px`, async () => {
      const { page, errors } = await open(width, 'en-US', '?oz=product/cinema-night');
      const picker = page.locator('seat-picker');
      const seat = (id: string) => picker.locator(`button.seat[data-seat="${id}"]`);
      // Each width is another shopper on the same server: the seats one put in a cart are held, so taken for the next.
      const row = width === 390 ? 'C' : 'D';
      await seat(`${row}4`).waitFor();
      assert.equal((await picker.locator('[part="stage"]').textContent())?.trim(), 'Screen');
      assert.ok((await picker.locator('[part="stage"]').boundingBox())!.y < (await seat('A2').boundingBox())!.y, 'the screen is above the seats');
      assert.equal((await seat(`${row}4`).locator('.seat-number').textContent())?.trim(), '4');
      assert.ok(await picker.locator('.seat-map-wrap').evaluate((el) => el.scrollWidth <= el.clientWidth), 'the map fits without scrolling sideways');
      await seat(`${row}4`).click();
      await seat(`${row}5`).click();
      await page.locator('product-detail').getByRole('button', { name: 'Add to cart' }).click();
      await picker.locator(`button.seat[data-seat="${row}4"][data-state="yours"]`).waitFor();
      assert.equal(await seat(`${row}5`).getAttribute('data-state'), 'yours');
      assert.match((await seat(`${row}5`).textContent()) ?? '', /in your cart/);
      // aria-disabled, yet a shopper may still click it: it says why nothing happens.
      await seat(`${row}5`).click({ force: true });
      assert.equal((await picker.locator('[part="message"]').textContent())?.trim(), `Row ${row}, seat 5 is already in your cart.`);
      assert.deepEqual(errors, []);
      await page.context().close();
    });
  }
});
