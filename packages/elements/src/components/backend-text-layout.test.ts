// No backend text widens the page: every element, fed a catalog and orders whose every text is one
// word of 1,000 letters (titles, subtitles, option and category names, personalization values,
// shipping and payment labels, coupon text, booking labels, addresses, tracking numbers, reviews,
// specs, help content), stays as wide as the viewport at 320, 390 and 1280 px, with every price and
// every control whole and in view.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { hostileHelpConfig, hostileTextShop, fillHostileCart, placeHostileOrder, prepareHostileCheckout } from '../testing/hostile-shop.ts';
import { createOrderFixture, type OrderFixture } from '../testing/order-fixture.ts';
import { createTestBackend } from '../testing/zone-fixture.ts';
import '../testing/define-all.ts';
import { forgetZoneRoute } from '../testing/zone-fixture.ts';

afterEach(forgetZoneRoute);

const WIDTHS = [320, 390, 1280];

let flow: OrderFixture | undefined;
afterEach(() => {
  flow?.zone.dispose();
  flow = undefined;
});
after(() => setViewport({ width: 800, height: 600 }));

/** The parent in the flat tree: a slotted node's slot, a shadow root's host. */
function flatParent(node: Node): Element | null {
  if (node instanceof Element && node.assignedSlot) return node.assignedSlot;
  const parent = node.parentNode;
  if (parent instanceof ShadowRoot) return parent.host;
  return parent instanceof Element ? parent : null;
}

function ancestors(node: Node): Element[] {
  const out: Element[] = [];
  for (let el = flatParent(node); el; el = flatParent(el)) out.push(el);
  return out;
}

/** Every element of `host`'s shadow tree and light DOM, through nested shadow roots. */
function deepElements(host: Element): Element[] {
  const out: Element[] = [];
  const visit = (root: ParentNode): void => {
    for (const el of root.querySelectorAll('*')) {
      out.push(el);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  if (host.shadowRoot) visit(host.shadowRoot);
  visit(host);
  return out;
}

/** Shown to nobody sighted: inside a visually-hidden box, hidden, or transparent. */
function unseen(el: Element): boolean {
  return [el, ...ancestors(el)].some((a) => {
    const box = a.getBoundingClientRect();
    const style = getComputedStyle(a);
    return style.display === 'none' || style.visibility === 'hidden' || style.opacity === '0' || (style.position === 'absolute' && box.width <= 1 && box.height <= 1);
  });
}

const describe_ = (el: Element): string => `<${el.localName}${el.className && typeof el.className === 'string' ? ` class="${el.className}"` : ''}${el.getAttribute('part') ? ` part="${el.getAttribute('part')}"` : ''}>`;

/** The first ancestor that clips `rect` (an overflow other than visible that it does not fit in). */
function clippedBy(node: Node, rect: DOMRect): Element | undefined {
  return ancestors(node).find((a) => {
    if (getComputedStyle(a).overflowX === 'visible') return false;
    const box = a.getBoundingClientRect();
    return rect.left < box.left - 0.5 || rect.right > box.right + 0.5;
  });
}

const MONEY = /-?CN¥[\d,]+(?:\.\d+)?/g;
/** Part of every long word the hostile backend sends. */
const HOSTILE_RUN = 'WWWWWWWW';

/** What a person would see wrong: the page wider than the viewport, a price or control cut, broken or out of view. */
function layoutProblems(host: HTMLElement): string[] {
  const problems: string[] = [];
  const width = document.documentElement.clientWidth;
  if (document.documentElement.scrollWidth > width) problems.push(`the page is ${document.documentElement.scrollWidth}px wide in a ${width}px viewport`);
  if (host.scrollWidth > host.clientWidth + 1) problems.push(`<${host.localName}> scrolls ${host.scrollWidth}px in ${host.clientWidth}px`);
  const elements = deepElements(host);
  for (const el of elements) {
    const style = getComputedStyle(el);
    // A box that clips or scrolls sideways hides whatever does not fit; only truncation with an
    // ellipsis is meant to (and a text field, whose value scrolls as the shopper types).
    if (style.overflowX !== 'visible' && style.textOverflow !== 'ellipsis' && !el.matches('input, textarea, select') && el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 1 && !unseen(el)) {
      problems.push(`${describe_(el)} hides ${el.scrollWidth - el.clientWidth}px of its content sideways`);
    }
  }
  // Every control in view, its content not cut.
  for (const el of elements.filter((e) => e.matches('button, a[href], input:not([type="hidden"]), select, textarea, [role="button"]'))) {
    const rect = el.getBoundingClientRect();
    if (rect.width === 0 || unseen(el)) continue;
    const style = getComputedStyle(el);
    const left = rect.left + parseFloat(style.paddingLeft) + parseFloat(style.borderLeftWidth);
    const right = rect.right - parseFloat(style.paddingRight) - parseFloat(style.borderRightWidth);
    if (left < -0.5 || right > width + 0.5) problems.push(`${describe_(el)} is out of view (${Math.round(rect.left)}..${Math.round(rect.right)})`);
    const clip = clippedBy(el, rect);
    if (clip) problems.push(`${describe_(el)} is cut by ${describe_(clip)}`);
  }
  for (const el of elements) {
    for (const node of el.childNodes) {
      if (node.nodeType !== Node.TEXT_NODE || unseen(el)) continue;
      // OrderZone's own words (labels, statuses, dates; everything but the backend's one long word) stay
      // whole; a word with hyphens (an order number "OZ-XXXXX-XXXXX") may break after a hyphen only.
      if (!node.textContent!.includes(HOSTILE_RUN)) {
        for (const match of node.textContent!.matchAll(/[^\s-]+-*|-+/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (tops.size > 1) problems.push(`the word "${match[0]}" in ${describe_(el)} is broken across lines`);
        }
      }
      // Every price whole (never broken across lines), in view and not cut.
      for (const match of node.textContent!.matchAll(MONEY)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const rects = [...range.getClientRects()].filter((r) => r.width > 0);
        if (rects.length === 0) continue;
        if (new Set(rects.map((r) => Math.round(r.top))).size > 1) problems.push(`the price ${match[0]} in ${describe_(el)} is broken across lines`);
        const rect = range.getBoundingClientRect();
        if (rect.left < -0.5 || rect.right > width + 0.5) problems.push(`the price ${match[0]} in ${describe_(el)} is out of view`);
        const clip = clippedBy(node, rect);
        if (clip) problems.push(`the price ${match[0]} in ${describe_(el)} is cut by ${describe_(clip)}`);
      }
    }
  }
  return [...new Set(problems)];
}

interface Scenario {
  name: string;
  /** Prepares the zone and returns the element's template. */
  setUp(f: OrderFixture): Promise<TemplateResult>;
  /** True once the element shows the backend's answer. */
  ready(el: HTMLElement): boolean;
  /** Optional step after ready (open a part, submit a form). */
  then?(el: HTMLElement, f: OrderFixture): Promise<void>;
}

const $ = (el: Element, selector: string): Element | null => el.shadowRoot!.querySelector(selector);
const deep = (el: Element, ...path: string[]): Element | null => {
  let at: Element | null = el;
  for (const selector of path) at = at?.shadowRoot?.querySelector(selector) ?? null;
  return at;
};

const productPage = (productId: string, ready: (el: HTMLElement) => boolean = () => true): Scenario => ({
  name: `<product-detail> of ${productId}`,
  setUp: (f) => Promise.resolve(html`<product-detail .zone=${f.zone} product-id=${productId}></product-detail>`),
  ready: (el) => $(el, '.detail.ready') !== null && ready(el),
});

const SCENARIOS: Scenario[] = [
  {
    name: '<product-picker> as a grid',
    setUp: (f) => Promise.resolve(html`<product-picker .zone=${f.zone}></product-picker>`),
    ready: (el) => el.shadowRoot!.querySelectorAll('[part~="card"]').length > 0 && el.shadowRoot!.querySelectorAll('[part~="category"]').length > 1,
  },
  {
    name: '<product-picker> as a list',
    setUp: (f) => Promise.resolve(html`<product-picker .zone=${f.zone} view="list"></product-picker>`),
    ready: (el) => el.shadowRoot!.querySelectorAll('[part~="card"]').length > 0,
  },
  productPage('shirt'),
  productPage('flask'),
  productPage('printed-mug'),
  productPage('cleaning', (el) => deep(el, 'booking-picker', '[part~="day"]') !== null),
  productPage('hotel', (el) => deep(el, 'stay-picker', '[part~="day"]') !== null),
  productPage('cinema', (el) => deep(el, 'seat-picker', '[part~="seat"]') !== null),
  {
    name: '<cart-panel> with goods and bookings',
    setUp: async (f) => {
      await fillHostileCart(f.zone);
      return html`<cart-panel .zone=${f.zone}></cart-panel>`;
    },
    ready: (el) => el.shadowRoot!.querySelectorAll('[part~="line"]').length === 6 && $(el, '[part~="summary-total"]') !== null,
  },
  {
    name: '<checkout-form> with a coupon',
    setUp: async (f) => {
      await prepareHostileCheckout(f.zone);
      return html`<checkout-form .zone=${f.zone}></checkout-form>`;
    },
    // The lines of the summary column (a phone also has them, folded, in the summary at the top).
    ready: (el) => el.shadowRoot!.querySelectorAll('aside.order-summary .summary-line').length === 6 && $(el, '[part~="summary-total"]') !== null,
  },
  {
    name: '<order-confirmation> awaiting payment',
    setUp: async (f) => html`<order-confirmation .zone=${f.zone} .order=${await placeHostileOrder(f.zone, f.backend, 'awaiting_payment')}></order-confirmation>`,
    ready: (el) => el.shadowRoot!.querySelectorAll('.summary-line').length === 6,
  },
  {
    name: '<order-detail> shipped',
    setUp: async (f) => html`<order-detail .zone=${f.zone} .order=${await placeHostileOrder(f.zone, f.backend)}></order-detail>`,
    ready: (el) => $(el, '[data-tracking-number]') !== null,
  },
  {
    name: '<order-lookup> with the order found',
    setUp: async (f) => {
      const order = await placeHostileOrder(f.zone, f.backend);
      return html`<order-lookup .zone=${f.zone} order-number=${order.orderNumber} contact=${order.contact.phone}></order-lookup>`;
    },
    ready: (el) => $(el, '[data-submit]') !== null,
    async then(el) {
      ($(el, '[data-submit]') as HTMLButtonElement).click();
      await waitUntil(() => deep(el, 'order-detail', '[data-tracking-number]'), 'the order is shown');
    },
  },
  {
    name: '<order-list> signed in',
    setUp: async (f) => {
      await placeHostileOrder(f.zone, f.backend);
      await f.zone.account.requestCode({ channel: 'sms', destination: '13900139000' });
      await f.zone.account.verifyCode(f.backend.engine.outbox().at(-1)!.code);
      return html`<order-list .zone=${f.zone}></order-list>`;
    },
    ready: (el) => el.shadowRoot!.querySelectorAll('[part~="table"] tbody tr').length > 0,
  },
  {
    name: '<sign-in>',
    setUp: (f) => Promise.resolve(html`<sign-in .zone=${f.zone}></sign-in>`),
    ready: (el) => $(el, 'form') !== null,
  },
  {
    name: '<order-help> with the merchant’s help',
    setUp: (f) => Promise.resolve(html`<order-help .zone=${f.zone} .config=${hostileHelpConfig()}></order-help>`),
    ready: (el) => $(el, '[data-channel="link"]') !== null,
  },
  {
    name: '<order-zone> browsing',
    setUp: (f) => Promise.resolve(html`<order-zone .zone=${f.zone}></order-zone>`),
    ready: (el) => (deep(el, 'product-picker')?.shadowRoot?.querySelectorAll('[part~="card"]').length ?? 0) > 0,
  },
  {
    name: '<order-zone> with its cart open',
    setUp: async (f) => {
      await fillHostileCart(f.zone);
      return html`<order-zone .zone=${f.zone} view="cart"></order-zone>`;
    },
    ready: (el) => (deep(el, 'cart-panel')?.shadowRoot?.querySelectorAll('[part~="line"]').length ?? 0) === 6,
  },
];

describe('no backend text widens the page', () => {
  for (const width of WIDTHS) {
    for (const scenario of SCENARIOS) {
      it(`${scenario.name} at ${width}px`, async () => {
        await setViewport({ width, height: 900 });
        flow = await createOrderFixture({ backend: createTestBackend({ seed: hostileTextShop(1000) }) });
        const el = await fixture<HTMLElement>(await scenario.setUp(flow));
        await waitUntil(() => scenario.ready(el), `${scenario.name} never showed the backend's answer`, { timeout: 8000 });
        await scenario.then?.(el, flow);
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        expect(layoutProblems(el)).to.deep.equal([]);
      });
    }
  }
});
