/**
 * Test fixtures for the after-order elements: a zone over a fresh embedded backend whose adapter
 * keeps every optional shopper call (cancel, address, refund, return photos, return) and lets a test
 * replace any method, plus a helper that places a real order. Test-only.
 *
 * @module
 */
import { createOrderZone, type BackendAdapter, type BookableProduct, type KeyValueStorage, type Order } from '@orderzone/core';
import { addDays, utcToZoned } from '@orderzone/core/bookings';
import type { EmbeddedBackend } from '@orderzone/embedded-backend';
import { addToCart, createTestBackend, persistentMemoryStorage, ALL_PARTS, type TestZone } from './zone-fixture.ts';

export interface OrderFixture {
  zone: TestZone;
  backend: EmbeddedBackend;
  /** Replaces adapter methods from now on; `undefined` removes one (the adapter then lacks it). */
  override(methods: { [K in keyof BackendAdapter]?: BackendAdapter[K] | undefined }): void;
}

/** A zone whose adapter forwards to a fresh embedded backend, method by method, with overrides. */
export async function createOrderFixture(options: { locale?: string; storage?: KeyValueStorage; backend?: EmbeddedBackend } = {}): Promise<OrderFixture> {
  const backend = options.backend ?? createTestBackend();
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

/** Places a real order (a tee and socks, to Beijing) through the zone's checkout. */
export async function placeOrder(zone: TestZone, paymentMethodId = 'alipay'): Promise<Order> {
  await addToCart(zone, 'cotton-tee', 'tee-navy-m', 1);
  await addToCart(zone, 'wool-socks', 'socks-m', 1);
  return checkOut(zone, paymentMethodId);
}

/** The order as the fixture's backend has it now, read with the proof of access the zone keeps for it. */
export function backendOrder(f: OrderFixture, orderNumber: string): Promise<Order> {
  return f.backend.getOrder(orderNumber, f.zone.checkout.orderAccess(orderNumber));
}

/**
 * Places a real order of one home cleaning visit (a booking at the shopper's address, so an order of
 * bookings only with a service address), two days from now, through the zone's checkout.
 */
export async function placeCleaningVisit(zone: TestZone): Promise<Order> {
  const product = (await zone.catalog.getProduct('home-cleaning')) as BookableProduct;
  const day = addDays(utcToZoned(new Date().toISOString(), 'Asia/Shanghai').date, 2);
  const availability = await zone.adapter.getAvailability!({ productId: product.id, variantId: 'cleaning-standard', from: day, to: day });
  const slot = availability.type === 'time_slot' ? availability.slots.find((s) => s.remaining > 0) : undefined;
  if (!slot) throw new Error('no free slot');
  await zone.bookings.addToCart({ product, variantId: 'cleaning-standard', booking: { type: 'time_slot', start: slot.start } });
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
