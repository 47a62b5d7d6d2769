// Elements whose zone has not loaded the parts they need (the checkout, bookings, account) load them
// themselves, render once they are there, and say so when their code cannot be fetched.
import { OrderZoneError, type OrderZone } from '@orderzone/core';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { addToCart, createUnloadedZone } from '../testing/zone-fixture.ts';
import { CartPanel } from './cart-panel/cart-panel.ts';
import { defineElement } from './define-element.ts';
import { testShop } from '../../../core/src/testing/test-shop.ts';

defineElement('cart-panel', CartPanel);

let zone: OrderZone | undefined;
afterEach(() => zone?.dispose());

function unloadedZone(): OrderZone {
  zone = createUnloadedZone({ seed: testShop() });
  return zone;
}

/** `zone` whose first `failures` calls to `load()` fail as a chunk that cannot be fetched does. */
function failingLoads(real: OrderZone, failures: number): OrderZone {
  let left = failures;
  return new Proxy(real, {
    get(target, name, receiver) {
      if (name === 'load') {
        return (...parts: Parameters<OrderZone['load']>) => {
          if (left-- > 0) return Promise.reject(new OrderZoneError('network', 'Failed to fetch dynamically imported module: /orderzone-checkout.mjs'));
          return target.load(...parts);
        };
      }
      return Reflect.get(target, name, receiver) as unknown;
    },
  });
}

const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();

describe('zone parts loaded on demand', () => {
  it('an element loads the checkout its zone has not loaded yet, then shows the cart', async () => {
    const z = unloadedZone();
    await addToCart(z, 'shirt', 'shirt-navy-m', 2);
    expect(z.checkout).to.equal(undefined);
    const el = await fixture<CartPanel>(html`<cart-panel .zone=${z}></cart-panel>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="line"]'), 'the cart line is shown once the checkout has loaded');
    expect(z.checkout !== undefined, 'the element loaded the checkout').to.equal(true);
    expect(z.bookings !== undefined, 'and the bookings it rechecks lapsed lines with').to.equal(true);
    expect(text(el)).to.contain('Test shirt');
  });

  it('says what failed when a part cannot load, keeps the cart, and shows it after Try again', async () => {
    const z = unloadedZone();
    await addToCart(z, 'shirt', 'shirt-navy-m', 1);
    const flaky = failingLoads(z, 1);
    const errorEvent = new Promise<CustomEvent>((resolve) => document.addEventListener('oz-error', (e) => resolve(e as CustomEvent), { once: true }));
    const el = await fixture<CartPanel>(html`<cart-panel .zone=${flaky}></cart-panel>`);
    const event = await errorEvent;
    expect((event.detail as { error: OrderZoneError }).error.code).to.equal('network');
    await waitUntil(() => el.shadowRoot!.querySelector('[part="error"][role="alert"]'), 'the failure is shown');
    const problem = el.shadowRoot!.querySelector<HTMLElement>('[part="error"][role="alert"]')!;
    expect(problem.textContent).to.contain((event.detail as { message: string }).message);
    expect(z.cart.$itemCount.get(), 'the cart is untouched').to.equal(1);

    const retry = problem.querySelector('button')!;
    expect(retry.textContent!.trim()).to.equal('Try again');
    retry.click();
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="line"]'), 'the cart shows after Try again');
    expect(el.shadowRoot!.querySelector('[part="error"][role="alert"]'), 'the failure is gone').to.equal(null);
  });
});
