/**
 * The REST contract suite, recommendations: co-purchases from the orders placed, never what is in
 * the cart, recently viewed from the device's history, "for you" from the signed-in shopper's
 * orders, and the refusals. Test-only; not part of the published package.
 *
 * @module
 */
import { it } from 'node:test';
import assert from 'node:assert/strict';
import type { LineRequest } from '../../order/order-schema.ts';
import { rejectsWith } from '../rejects-with.ts';
import { placeOrder } from './shop-fixtures.ts';
import type { SuiteContext } from './suite-context.ts';

const notebook = (quantity: number): LineRequest => ({ productId: 'notebook', variantId: 'notebook-a5', quantity, personalization: {} });
const mug: LineRequest = { productId: 'printed-mug', variantId: 'printed-mug', quantity: 1, personalization: {} };
const notes: LineRequest = { productId: 'notes', variantId: 'notes-yellow', quantity: 5, personalization: {} };

export function recommendationTests(ctx: SuiteContext): void {
  it('recommends what was bought in the same orders as the product, most orders first, never what is in the cart', async () => {
    const { api } = ctx.shopper();
    await placeOrder(api, ctx.contact(), [notebook(1), mug], 'reco-1');
    await placeOrder(api, ctx.contact(), [notebook(2), mug, notes], 'reco-2');
    await placeOrder(api, ctx.contact(), [notebook(1), notes, mug], 'reco-3');
    await placeOrder(api, ctx.contact(), [notebook(1), notes], 'reco-4');
    await placeOrder(api, ctx.contact(), [notebook(1), mug], 'reco-5');

    const together = await api.getRecommendations({ kind: 'bought_together', productId: 'notebook', limit: 2 });
    assert.equal(together.kind, 'bought_together');
    assert.deepEqual(together.items.map((item) => item.product.id), ['printed-mug', 'notes']);
    assert.equal(together.items[0]!.reason.code, 'bought_together');
    assert.equal(together.items[0]!.reason.subject?.id, 'notebook');
    assert.equal(together.items[0]!.product.stockLevel, 'in_stock');

    const withMugInCart = await api.getRecommendations({ kind: 'bought_together', productId: 'notebook', cartProductIds: ['printed-mug'], limit: 2 });
    assert.equal(withMugInCart.items[0]!.product.id, 'notes');
    assert.ok(!withMugInCart.items.some((item) => item.product.id === 'printed-mug' || item.product.id === 'notebook'));
  });

  it('lists the products viewed on the device, newest first, without the one looked at', async () => {
    const { api } = ctx.shopper();
    const viewed = await api.getRecommendations({ kind: 'recently_viewed', productId: 'power-bank', viewedProductIds: ['power-bank', 'earbuds', 'paper'] });
    assert.deepEqual(viewed.items.map((item) => [item.product.id, item.reason.code]), [['earbuds', 'recently_viewed'], ['paper', 'recently_viewed']]);
  });

  it('recommends for the signed-in shopper from their orders, and refuses a session that has ended', async () => {
    const { api } = ctx.shopper();
    const contact = ctx.contact();
    await placeOrder(api, contact, [notes], 'reco-for-you');
    await api.requestSignInCode({ channel: 'sms', destination: contact.phone });
    const [code] = await ctx.backend.sentCodes(contact.phone, 1);
    const session = await api.verifySignInCode({ channel: 'sms', destination: contact.phone, code: code! });
    const forYou = await api.getRecommendations({ kind: 'for_you', limit: 3 }, { sessionToken: session.token });
    assert.ok(forYou.items.length > 0);
    assert.equal(forYou.items[0]!.reason.code, 'purchased');
    assert.equal(forYou.items[0]!.reason.subject?.id, 'notes');
    assert.ok(forYou.items.every((item) => item.product.categoryIds.includes('office') && item.product.id !== 'notes'));
    await api.signOut(session.token);
    const ended = await rejectsWith(api.getRecommendations({ kind: 'for_you' }, { sessionToken: session.token }), 'unauthorized');
    assert.equal(ended.status, 401);
  });

  it('keeps a signed-in shopper’s viewed products on the backend, uses them for "recently viewed", clears them, and refuses a session that has ended', async () => {
    const { api } = ctx.shopper();
    const contact = ctx.contact();
    await api.requestSignInCode({ channel: 'sms', destination: contact.phone });
    const [code] = await ctx.backend.sentCodes(contact.phone, 1);
    const session = await api.verifySignInCode({ channel: 'sms', destination: contact.phone, code: code! });
    assert.deepEqual(await api.listViewedProducts(session.token), { productIds: [] });
    await api.recordProductView(session.token, 'paper');
    assert.deepEqual(await api.recordProductView(session.token, 'earbuds'), { productIds: ['earbuds', 'paper'] });
    assert.deepEqual(await api.listViewedProducts(session.token), { productIds: ['earbuds', 'paper'] });
    // No history in the request: the backend's counts.
    const viewed = await api.getRecommendations({ kind: 'recently_viewed' }, { sessionToken: session.token });
    assert.deepEqual(viewed.items.map((item) => item.product.id), ['earbuds', 'paper']);
    assert.equal((await rejectsWith(api.recordProductView(session.token, 'no-such-product'), 'not_found')).status, 404);
    assert.deepEqual(await api.clearViewedProducts(session.token), { productIds: [] });
    assert.deepEqual(await api.listViewedProducts(session.token), { productIds: [] });
    await api.signOut(session.token);
    assert.equal((await rejectsWith(api.listViewedProducts(session.token), 'unauthorized')).status, 401);
  });

  it('refuses a malformed request with the field that is wrong', async () => {
    const { api } = ctx.shopper();
    const error = await rejectsWith(api.getRecommendations({ kind: 'related', productId: 'shirt', limit: 100 }), 'validation');
    assert.equal(error.status, 400);
    assert.deepEqual(error.fieldErrors.map((e) => e.field), ['limit']);
  });
}
