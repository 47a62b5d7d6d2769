/**
 * `<order-detail>` in element tests: mounted on an order fixture's zone, which is disposed after
 * each test, and read the way a person reads it. Test-only.
 *
 * @module
 */
import { fixture, html } from '@open-wc/testing';
import type { Order } from '@orderzone/core';
import { defineElement } from '../components/define-element.ts';
import { OrderDetail } from '../components/order-detail/order-detail.ts';
import { manualClock, type ManualClock } from '../../../core/src/testing/manual-clock.ts';
import type { OrderFixture } from './order-fixture.ts';

defineElement('order-detail', OrderDetail);

let mounted: OrderFixture | undefined;
afterEach(() => {
  mounted?.zone.dispose();
  mounted = undefined;
});

/** `<order-detail>` showing `order` on the fixture's zone, with a clock the test can move (now by default). */
export async function mountOrderDetail(f: OrderFixture, order?: Order, clock: ManualClock = manualClock(Date.now())): Promise<OrderDetail> {
  mounted = f;
  const el = await fixture<OrderDetail>(html`<order-detail .zone=${f.zone} .order=${order} .clock=${clock}></order-detail>`);
  await el.updateComplete;
  return el;
}

/** The first element of `el`'s shadow root that matches `selector`. */
export function $(el: OrderDetail, selector: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(selector);
}

/** A node's text with its white space folded, as it reads. */
export function text(node: Element | null | undefined): string {
  return node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}
