// Demo mode is visible: without `api` (or an adapter) the zone runs the in-page demo backend with
// simulated payments, and says so: a small marker in the widget and one console warning per page
// naming the attribute to set.
import { memoryStorage } from '@orderzone/core';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { configure, resetDefaultZone } from '../../context/default-zone.ts';
import { DEMO_WARNING } from '../../context/demo-backend-messages.ts';
import { createTestBackend } from '../../testing/zone-fixture.ts';
import type { OrderZoneElement } from '../../components/order-zone/order-zone.ts';
import '../../testing/define-all.ts';
import { forgetZoneRoute } from '../../testing/zone-fixture.ts';

afterEach(forgetZoneRoute);

const realWarn = console.warn;
let warnings: string[] = [];

beforeEach(() => {
  warnings = [];
  console.warn = (...args: unknown[]) => {
    warnings.push(args.map(String).join(' '));
  };
});

afterEach(() => {
  console.warn = realWarn;
  resetDefaultZone();
  localStorage.clear();
});

/** Every demo marker in `el`'s shadow tree, at any depth. */
function markers(el: Element): HTMLElement[] {
  const found: HTMLElement[] = [];
  const visit = (root: ShadowRoot | null | undefined): void => {
    if (!root) return;
    found.push(...root.querySelectorAll<HTMLElement>('[part="demo-marker"]'));
    for (const child of root.querySelectorAll('*')) visit(child.shadowRoot);
  };
  visit(el.shadowRoot);
  return found;
}

const text = (el: Element | undefined): string => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('demo mode is visible', () => {
  // First in this file: the warning is once per page, so no test before it may trigger it.
  it('a zone without api shows the marker, and the page logs one warning naming the api attribute', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <order-zone shop="demo-marker-a" locale="en-US" .storage=${memoryStorage()}></order-zone>
      <order-zone shop="demo-marker-b" locale="en-US" .storage=${memoryStorage()}></order-zone>
    </div>`);
    const zones = [...page.querySelectorAll<OrderZoneElement>('order-zone')];
    for (const zone of zones) {
      await waitUntil(() => zone.shadowRoot!.querySelector('product-picker')?.shadowRoot?.querySelector('[part~="card"]'), 'the demo catalog is shown');
      expect(markers(zone).map(text), 'one marker per zone, none in its views').to.deep.equal(['Demo: no real orders or payments']);
    }
    expect(warnings).to.deep.equal([DEMO_WARNING]);
    expect(DEMO_WARNING).to.contain('api attribute of <order-zone>');
  });

  it('the marker sits above the header, in the flow, covering no control', async () => {
    const zone = await fixture<OrderZoneElement>(html`<order-zone shop="demo-marker-c" locale="en-US" .storage=${memoryStorage()}></order-zone>`);
    const marker = markers(zone)[0]!;
    const header = zone.shadowRoot!.querySelector('[part="header"]')!;
    const box = marker.getBoundingClientRect();
    expect(box.height).to.be.greaterThan(0);
    expect(box.bottom).to.be.at.most(header.getBoundingClientRect().top);
    for (const control of zone.shadowRoot!.querySelectorAll('button')) {
      const r = control.getBoundingClientRect();
      const overlaps = r.left < box.right && r.right > box.left && r.top < box.bottom && r.bottom > box.top;
      expect(overlaps, text(control)).to.equal(false);
    }
    expect(getComputedStyle(marker).position).to.equal('static');
  });

  it('is in Chinese on a zh-CN zone, and themable', async () => {
    const zone = await fixture<OrderZoneElement>(
      html`<order-zone shop="demo-marker-d" locale="zh-CN" style="--oz-demo-marker-bg: rgb(1, 2, 3); --oz-demo-marker-text: rgb(250, 251, 252)" .storage=${memoryStorage()}></order-zone>`,
    );
    const marker = markers(zone)[0]!;
    expect(text(marker)).to.equal('演示模式：不会产生真实订单或付款');
    expect(getComputedStyle(marker).backgroundColor).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(marker).color).to.equal('rgb(250, 251, 252)');
  });

  it('an <order-zone> with api, an adapter or a zone shows no marker', async () => {
    const withApi = await fixture<OrderZoneElement>(html`<order-zone api="/oz-demo-marker-none" shop="x" locale="en-US" .storage=${memoryStorage()}></order-zone>`);
    const withAdapter = await fixture<OrderZoneElement>(html`<order-zone shop="y" locale="en-US" .adapter=${createTestBackend()} .storage=${memoryStorage()}></order-zone>`);
    for (const zone of [withApi, withAdapter]) {
      await zone.updateComplete;
      expect(zone.shadowRoot!.querySelector('[part="header"]'), 'rendered').to.not.equal(null);
      expect(markers(zone)).to.deep.equal([]);
    }
  });

  it('a standalone element on the unconfigured page shows it once (not again in the elements it renders), until an adapter is configured', async () => {
    configure({ shopId: 'demo-marker-e', locale: 'en-US' });
    const picker = await fixture<HTMLElement>(html`<product-picker></product-picker>`);
    await waitUntil(() => picker.shadowRoot!.querySelector('[part~="card"]'), 'the demo catalog is shown');
    expect(markers(picker).map(text)).to.deep.equal(['Demo: no real orders or payments']);
    expect(picker.shadowRoot!.firstElementChild?.contains(markers(picker)[0]!), 'above the element’s content').to.equal(true);

    // A product page renders a booking picker of its own: still one marker.
    const detail = await fixture<HTMLElement>(html`<product-detail product-id="home-cleaning"></product-detail>`);
    await waitUntil(() => detail.shadowRoot!.querySelector('booking-picker')?.shadowRoot?.querySelector('[part~="day"]'), 'the booking picker is shown');
    expect(markers(detail)).to.have.length(1);

    configure({ adapter: createTestBackend() });
    await waitUntil(() => markers(picker).length === 0 && markers(detail).length === 0, 'the markers go once a backend is configured');
  });
});
