/**
 * The REST contract suite, part 1: the catalog, quotes and placing an order (idempotency, the total
 * the shopper saw, stock, field errors). Test-only; not part of the published package.
 *
 * @module
 */
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { rejectsWith } from '../rejects-with.ts';
import { flaskOrder, shirt } from './shop-fixtures.ts';
import type { SuiteContext } from './suite-context.ts';

/** Order numbers as the contract's examples spell them: `OZ-` and two groups of five unambiguous characters. */
export const ORDER_NUMBER = /^OZ-[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}$/;

export function catalogTests(ctx: SuiteContext): void {
  it('lists the categories, parents before their children', async () => {
    const categories = await ctx.shopper().api.listCategories();
    assert.deepEqual(categories.map((c) => c.id), ['clothes', 'office', 'clothes-tops', 'clothes-accessories', 'gifts', 'electronics', 'services', 'stays', 'tickets']);
    for (const [index, category] of categories.entries()) {
      if (category.parentId) assert.ok(categories.findIndex((c) => c.id === category.parentId) < index, `${category.id} comes after its parent`);
    }
  });

  it('searches a category with option filters, in-stock only, text and price range, sorted and paged, with the facets of the whole result', async () => {
    const { api } = ctx.shopper();
    // White XL shirts are sold out: the filter finds the shirt only while sold-out products count.
    const whiteXl = { categoryId: 'clothes', options: { size: ['xl'], color: ['white'] } };
    assert.deepEqual((await api.searchProducts({ ...whiteXl, sort: 'price_asc', pageSize: 5 })).items.map((i) => i.id), ['shirt']);
    assert.deepEqual((await api.searchProducts({ ...whiteXl, inStockOnly: true })).items.map((i) => i.id), []);

    // Office goods by price: sticky notes ¥3.90, pens ¥18.00, notebook ¥25.00, paper ¥29.90, keyboard ¥459.00.
    const first = await api.searchProducts({ categoryId: 'office', sort: 'price_asc', pageSize: 2 });
    assert.deepEqual([first.items.map((i) => i.id), first.total, first.page, first.pageSize], [['notes', 'pens'], 5, 1, 2]);
    const last = await api.searchProducts({ categoryId: 'office', sort: 'price_asc', pageSize: 2, page: 3 });
    assert.deepEqual([last.items.map((i) => i.id), last.total, last.page], [['keyboard'], 5, 3]);
    assert.deepEqual(first.facets.priceRange, { min: { amount: 390, currency: 'CNY' }, max: { amount: 45900, currency: 'CNY' } });
    const switches = first.facets.options.find((f) => f.groupId === 'switch');
    assert.deepEqual(switches?.values.map((v) => [v.id, v.count]), [['red', 1], ['brown', 1], ['blue', 1]]);
    assert.ok(first.facets.options.some((f) => f.groupId === 'ink'), 'the pens’ ink colours are a filter of the office result too');
    // The blue switches are sold out: in stock only, that filter would find nothing.
    const inStock = await api.searchProducts({ categoryId: 'office', inStockOnly: true });
    assert.deepEqual(inStock.facets.options.find((f) => f.groupId === 'switch')?.values.map((v) => [v.id, v.count]), [['red', 1], ['brown', 1], ['blue', 0]]);

    const priced = await api.searchProducts({ categoryId: 'office', minPrice: 2000, maxPrice: 3000, sort: 'price_asc' });
    assert.deepEqual(priced.items.map((i) => i.id), ['notebook', 'paper']);
    assert.deepEqual((await api.searchProducts({ text: '便利贴' })).items.map((i) => i.id), ['notes']);

    const tooBig = await rejectsWith(api.searchProducts({ pageSize: 1000 }), 'validation');
    assert.equal(tooBig.status, 400);
    assert.deepEqual(tooBig.fieldErrors.map((f) => f.field), ['pageSize']);
  });

  it('reads a product with its reviews and current stock, the checkout options, and answers not_found for an unknown product', async () => {
    const { api } = ctx.shopper();
    const product = await api.getProduct('shirt');
    assert.equal(product.reviews.length, 2);
    assert.equal(product.variants.find((v) => v.id === 'shirt-navy-l')?.stock, 3);
    const options = await api.getCheckoutOptions();
    assert.deepEqual(options.paymentMethods.map((m) => m.id), ['alipay', 'wechat_pay', 'unionpay', 'card', 'paypal']);
    assert.equal(options.countries[0], 'CN');
    const missing = await rejectsWith(api.getProduct('no-such-thing'), 'not_found');
    assert.equal(missing.status, 404);
  });
}

export function checkoutTests(ctx: SuiteContext): void {
  it('finds products by SKU for a quick order, in any case, each product once with its current stock, and refuses an empty lookup', async () => {
    const { api } = ctx.shopper();
    const products = await api.findSkus!([' notes-76-y ', 'KB-BLUE', 'kb-red', 'NO-SUCH-SKU']);
    assert.deepEqual(products.map((p) => p.id).sort(), ['keyboard', 'notes']);
    const keyboard = products.find((p) => p.id === 'keyboard')!;
    assert.equal(keyboard.variants.find((v) => v.sku === 'KB-BLUE')!.stock, 0, 'with the stock it has now');
    assert.deepEqual(products.find((p) => p.id === 'notes')!.quantity, { min: 5, max: 1000, step: 5 }, 'with the quantity rule a quick order checks');
    const empty = await rejectsWith(api.findSkus!([]), 'validation');
    assert.equal(empty.status, 400);
    assert.deepEqual(await api.findSkus!(['NO-SUCH-SKU']), []);
  });

  it('quotes with the coupon, shipping and tax applied, and tells which lines cannot be ordered', async () => {
    const { api } = ctx.shopper();
    const request = flaskOrder(ctx.contact());
    const quote = await api.quote({ currency: 'CNY', lines: request.lines, couponCode: 'SAVE20', shippingOptionId: 'express', destination: { country: 'CN' } });
    assert.equal(quote.total.amount, 37900);
    assert.equal(quote.coupon?.status, 'applied');
    assert.equal(quote.orderable, true);
    const soldOut = await api.quote({ currency: 'CNY', lines: [{ productId: 'keyboard', variantId: 'kb-blue', quantity: 1, personalization: {} }] });
    assert.equal(soldOut.orderable, false);
    assert.ok(soldOut.lines[0]?.problem, 'the sold-out line says why');
    // Coupons the shop has, in any case, whether they apply or not, and one it does not have: all named in the quote.
    const coupons = await Promise.all(['EXPIRED5', 'save20', 'NOPE'].map((couponCode) => api.quote({ currency: 'CNY', lines: [shirt(1)], couponCode })));
    assert.deepEqual(coupons.map((q) => q.coupon), [
      { code: 'EXPIRED5', status: 'expired' },
      { code: 'SAVE20', status: 'min_spend_not_met', minSpend: { amount: 19900, currency: 'CNY' } },
      { code: 'NOPE', status: 'unknown' },
    ]);
    assert.deepEqual(new Set(coupons.map((q) => q.total.amount)).size, 1, 'no discount from any of them');
    const invalid = await rejectsWith(api.quote({ currency: 'CNY', lines: [shirt(0)] }), 'validation');
    assert.equal(invalid.status, 400);
    assert.ok(invalid.fieldErrors.some((f) => f.field.startsWith('lines.0')), JSON.stringify(invalid.fieldErrors));
  });

  it('places an order and reads it back with its access token, the shopper’s note and language kept', async () => {
    const { api } = ctx.shopper();
    const { order, accessToken } = await api.submitOrder({ ...flaskOrder(ctx.contact()), note: ' 请在工作日送达 ', locale: 'en-US' }, { idempotencyKey: 'checkout-place' });
    assert.deepEqual([order.note, order.locale], ['请在工作日送达', 'en-US']);
    assert.equal(order.status, 'pending_payment');
    assert.match(order.orderNumber, ORDER_NUMBER);
    assert.ok(accessToken.length >= 22, 'a token of at least 128 bits');
    assert.equal(order.total.amount, 37900);
    assert.equal(order.createdAt, ctx.clock.now().toISOString(), 'placed at the backend’s now');
    assert.notEqual(order.payment.type, 'none', 'an order paid by card gets its payment step');
    assert.deepEqual(await api.getOrder(order.orderNumber, { accessToken }), order);
  });

  it('answers a retried submission with the same order and a token of its own, and a key reused for another order with conflict', async () => {
    const { api } = ctx.shopper();
    const request = flaskOrder(ctx.contact());
    const stockBefore = (await api.getProduct('flask')).variants.find((v) => v.id === 'flask-500ml-navy')!.stock!;
    const first = await api.submitOrder(request, { idempotencyKey: 'checkout-retry' });
    const again = await api.submitOrder(request, { idempotencyKey: 'checkout-retry' });
    assert.equal(again.order.orderNumber, first.order.orderNumber);
    assert.notEqual(again.accessToken, first.accessToken, 'a retry gets a token of its own');
    assert.equal((await api.getOrder(first.order.orderNumber, { accessToken: again.accessToken })).orderNumber, first.order.orderNumber);
    assert.equal((await api.getProduct('flask')).variants.find((v) => v.id === 'flask-500ml-navy')!.stock, stockBefore - 2, 'the stock was taken once');

    const reused = await rejectsWith(api.submitOrder({ ...request, note: 'different' }, { idempotencyKey: 'checkout-retry' }), 'conflict');
    assert.equal(reused.status, 409);
    assert.equal(reused.details.reason, 'idempotency_key_reused');
    assert.equal(reused.details.orderNumber, first.order.orderNumber);
    const token = reused.details.accessToken as string;
    assert.equal((await api.getOrder(first.order.orderNumber, { accessToken: token })).orderNumber, first.order.orderNumber, 'the key’s holder gets the way to its order');
  });

  it('answers submissions with one key sent at the same time with one order, taking the stock once', async () => {
    const { api } = ctx.shopper();
    const request = flaskOrder(ctx.contact());
    const stockBefore = (await api.getProduct('flask')).variants.find((v) => v.id === 'flask-500ml-navy')!.stock!;
    const answers = await Promise.all([1, 2, 3].map(() => api.submitOrder(request, { idempotencyKey: 'checkout-at-once' })));
    assert.equal(new Set(answers.map((a) => a.order.orderNumber)).size, 1, answers.map((a) => a.order.orderNumber).join(', '));
    assert.equal(new Set(answers.map((a) => a.accessToken)).size, 3, 'each answer has a token of its own');
    assert.equal((await api.getProduct('flask')).variants.find((v) => v.id === 'flask-500ml-navy')!.stock, stockBefore - 2);
  });

  it('refuses a changed total with price_changed and the new quote, a sold-out line with out_of_stock, bad contact data with field errors, and no key at all', async () => {
    const { api } = ctx.shopper();
    const request = flaskOrder(ctx.contact());
    const changed = await rejectsWith(api.submitOrder({ ...request, expectedTotal: { amount: 30000, currency: 'CNY' } }, { idempotencyKey: 'checkout-stale' }), 'price_changed');
    assert.equal(changed.status, 409);
    assert.equal((changed.details.quote as { total: { amount: number } }).total.amount, 37900);

    const soldOut = await rejectsWith(
      api.submitOrder({ ...request, lines: [{ productId: 'keyboard', variantId: 'kb-blue', quantity: 1, personalization: {} }] }, { idempotencyKey: 'checkout-sold-out' }),
      'out_of_stock',
    );
    assert.equal(soldOut.status, 409);
    assert.deepEqual((soldOut.details.lines as { variantId: string }[]).map((l) => l.variantId), ['kb-blue']);
    assert.ok(soldOut.details.quote, 'the new quote comes with the error');

    const invalid = await rejectsWith(api.submitOrder({ ...request, contact: { ...request.contact, phone: '123' } }, { idempotencyKey: 'checkout-invalid' }), 'validation');
    assert.equal(invalid.status, 400);
    assert.deepEqual(invalid.fieldErrors, [{ field: 'contact.phone', code: 'invalid_phone_cn' }]);
    const noAddress = await rejectsWith(api.submitOrder({ ...request, shippingAddress: { ...request.shippingAddress!, postalCode: 'abc' } }, { idempotencyKey: 'checkout-invalid-2' }), 'validation');
    assert.deepEqual(noAddress.fieldErrors, [{ field: 'shippingAddress.postalCode', code: 'invalid_postal_code_cn' }]);

    await rejectsWith(api.submitOrder(request, { idempotencyKey: '' }), 'validation');
    // None of these placed an order: the same key now places the first one.
    const placed = await api.submitOrder(request, { idempotencyKey: 'checkout-stale' });
    assert.equal(placed.order.status, 'pending_payment');
  });

  it('carries the company details of a business order to the shopper and the merchant, and refuses a credit code that does not add up', async () => {
    const { api } = ctx.shopper();
    const request = flaskOrder(ctx.contact());
    const company = { name: ' 厦门星辰贸易有限公司 ', creditCode: '9135 0100 m000 100y 43', invoiceType: 'special' as const, invoiceTitle: '厦门星辰贸易有限公司', purchaseOrderNumber: 'PO-2026-0117' };
    const mistyped = await rejectsWith(api.submitOrder({ ...request, company: { ...company, creditCode: '91350100M000100Y44' } }, { idempotencyKey: 'checkout-company-typo' }), 'validation');
    assert.deepEqual(mistyped.fieldErrors, [{ field: 'company.creditCode', code: 'invalid_credit_code_check' }]);
    const untitled = await rejectsWith(api.submitOrder({ ...request, company: { ...company, invoiceTitle: ' ' } }, { idempotencyKey: 'checkout-company-title' }), 'validation');
    assert.deepEqual(untitled.fieldErrors, [{ field: 'company.invoiceTitle', code: 'required' }]);

    const { order, accessToken } = await api.submitOrder({ ...request, company }, { idempotencyKey: 'checkout-company' });
    const stored = { name: '厦门星辰贸易有限公司', creditCode: '91350100M000100Y43', invoiceType: 'special', invoiceTitle: '厦门星辰贸易有限公司', purchaseOrderNumber: 'PO-2026-0117' };
    assert.deepEqual(order.company, stored);
    assert.deepEqual((await api.getOrder(order.orderNumber, { accessToken })).company, stored);
    assert.deepEqual((await ctx.backend.merchant.markPaid(order.orderNumber)).company, stored, 'the merchant sees them');
  });
}
