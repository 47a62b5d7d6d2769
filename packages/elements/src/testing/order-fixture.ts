/**
 * Test fixtures for the after-order elements: a zone over a fresh embedded backend (on the tests' own
 * shop, `core/src/testing/test-shop.ts`, unless a test passes its own backend) whose adapter
 * keeps every optional shopper call (cancel, address, refund, return photos, return) and lets a test
 * replace any method, plus a helper that places a real order. Test-only.
 *
 * @module
 */
import { createOrderZone, type BackendAdapter, type BookableProduct, type KeyValueStorage, type Order } from '@orderzone/core';
import { addDays, utcToZoned } from '@orderzone/core/bookings';
import type { EmbeddedBackend } from '@orderzone/embedded-backend';
import { addToCart, createTestBackend, persistentMemoryStorage, ALL_PARTS, type TestZone } from './zone-fixture.ts';
import { testShop } from '../../../core/src/testing/test-shop.ts';

export interface OrderFixture {
  zone: TestZone;
  backend: EmbeddedBackend;
  /** Replaces adapter methods from now on; `undefined` removes one (the adapter then lacks it). */
  override(methods: { [K in keyof BackendAdapter]?: BackendAdapter[K] | undefined }): void;
}

/** A zone whose adapter forwards to a fresh embedded backend of the tests' shop (or `options.backend`), method by method, with overrides. */
export async function createOrderFixture(options: { locale?: string; storage?: KeyValueStorage; backend?: EmbeddedBackend } = {}): Promise<OrderFixture> {
  const backend = options.backend ?? createTestBackend({ seed: testShop() });
  const overrides = new Map<string, unknown>();
  const adapter = new Proxy(backend as unknown as BackendAdapter, {
    get(target, name: string) {
      if (overrides.has(name)) return overrides.get(name);
      const value = (target as unknown as Record<string, unknown>)[name];
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
    has(target, name) {
      if (typeof name === 'string' && overrides.has(name)) return overrides.get(name) !== undefined;
      return name in target;
    },
  });
  const zone = await createOrderZone({ adapter, storage: options.storage ?? persistentMemoryStorage(), shopId: 't', locale: options.locale ?? 'en-US' }).load(...ALL_PARTS);
  return {
    zone,
    backend,
    override(methods) {
      for (const [name, fn] of Object.entries(methods)) overrides.set(name, fn);
    },
  };
}

/**
 * Places a real order of the tests' shop (a navy M shirt, ¥79.00, and a mug, ¥49.00, with ¥12.00
 * standard shipping to Beijing: ¥140.00) through the zone's checkout.
 */
export async function placeOrder(zone: TestZone, paymentMethodId = 'alipay'): Promise<Order> {
  await addToCart(zone, 'shirt', 'shirt-navy-m', 1);
  await addToCart(zone, 'mug', 'mug', 1);
  return checkOut(zone, paymentMethodId);
}

/** The order as the fixture's backend has it now, read with the proof of access the zone keeps for it. */
export function backendOrder(f: OrderFixture, orderNumber: string): Promise<Order> {
  return f.backend.getOrder(orderNumber, f.zone.checkout.orderAccess(orderNumber));
}

/**
 * Places a real order of one cleaning visit of the tests' shop (a booking at the shopper's address, so
 * an order of bookings only with a service address), two days from now, through the zone's checkout.
 */
export async function placeCleaningVisit(zone: TestZone): Promise<Order> {
  const product = (await zone.catalog.getProduct('cleaning')) as BookableProduct;
  const day = addDays(utcToZoned(new Date().toISOString(), 'Asia/Shanghai').date, 2);
  const availability = await zone.adapter.getAvailability!({ productId: product.id, variantId: 'cleaning-2h', from: day, to: day });
  const slot = availability.type === 'time_slot' ? availability.slots.find((s) => s.remaining > 0) : undefined;
  if (!slot) throw new Error('no free slot');
  await zone.bookings.addToCart({ product, variantId: 'cleaning-2h', booking: { type: 'time_slot', start: slot.start } });
  return checkOut(zone);
}

/** Checks out what is in the zone's cart as 韩梅梅 of Beijing, paying with `paymentMethodId`: the order placed. */
export async function checkOut(zone: TestZone, paymentMethodId = 'alipay'): Promise<Order> {
  zone.checkout.update({
    contact: { name: '韩梅梅', phone: '13900139000', email: 'han@example.com' },
    shippingAddress: { region: '北京市', city: '北京市', district: '朝阳区', line1: '建国路 88 号', postalCode: '100022' },
    paymentMethodId,
  });
  await zone.checkout.loadOptions();
  await zone.checkout.refreshQuote();
  const order = await zone.checkout.submit();
  if (!order) throw new Error(`no order: ${JSON.stringify(zone.checkout.$state.get())}`);
  return order;
}
