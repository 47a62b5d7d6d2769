/**
 * Compiled by the app's strict `tsc`, never rendered: every OrderZone tag is known to JSX with its
 * properties, attributes and `oz-*` events (from `@orderzone/elements/react`), and wrong uses fail.
 */
import type {} from '@orderzone/elements/react';
import { zone } from './zone.ts';

export function EveryTag() {
  return (
    <>
      <order-zone zone={zone} api="/api" shop="my-shop" currency="CNY" locale="zh-CN" view="cart" product-id="cotton-tee" routing="hash" onoz-order-created={(event) => event.detail.order.orderNumber} />
      <product-picker zone={zone} category="tees" page-size={12} onoz-product-select={(event) => event.detail.productId} />
      <product-detail product-id="cotton-tee" hide-back onoz-cart-add={(event) => event.detail.line.quantity} />
      <cart-panel zone={zone} mode="drawer" open onoz-cart-change={(event) => event.detail.itemCount} />
      <checkout-form onoz-checkout-submit={(event) => event.preventDefault()} />
      <order-confirmation onoz-order-updated={(event) => event.detail.reason} />
      <booking-picker variant-id="visit-2h" shopper-time-zone="Asia/Shanghai" onoz-booking-change={(event) => event.detail.selection} />
      <stay-picker variant-id="double" />
      <seat-picker session-id="s1" />
      <order-detail onoz-order-action={(event) => event.detail.action} />
      <order-lookup order-number="OZ-ABCDE-FGHJK" onoz-order-found={(event) => event.detail.order.status} />
      <order-help topic="payment_failed" heading-level={3} />
      <sign-in onoz-signed-in={(event) => event.detail.session} />
      <order-list onoz-order-select={(event) => event.detail.order.orderNumber} />
      <product-price product-id="cotton-tee" variant-id="tee-navy-m" />
      <product-availability product-id="cotton-tee" />
      <add-to-cart-button product-id="cotton-tee" quantity={2} wide onoz-cart-add={(event) => event.detail.line.quantity} />
      <book-button product-id="studio-visit" />
      <cart-button label="Cart" />
      <cart-count />
      <checkout-button href="/checkout" wide />
    </>
  );
}

export function WrongUses() {
  return (
    <>
      {/* @ts-expect-error a zone is an object, not text */}
      <order-zone zone="my-zone" />
      {/* @ts-expect-error the drawer mode is `inline` or `drawer` */}
      <cart-panel mode="sideways" />
      {/* @ts-expect-error the detail of oz-cart-change has no orderNumber */}
      <cart-panel onoz-cart-change={(event: CustomEvent<{ orderNumber: string }>) => event.detail.orderNumber} />
      {/* @ts-expect-error help topics are a fixed list */}
      <order-help topic="anything" />
      {/* @ts-expect-error no such element */}
      <order-zones />
    </>
  );
}
