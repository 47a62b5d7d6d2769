import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { OrderZoneError } from '../errors.ts';
import { memoryStorage, memoryStorageGroup } from '../storage/key-value-storage.ts';
import { codeTee, createCodeBackend } from '../testing/code-backend.ts';
import { createOrderZone } from '../zone/create-order-zone.ts';

/** Every stored value of a memory storage, read through its keys. */
function storedKeys(storage: ReturnType<typeof memoryStorage>, shop = 'shop'): string[] {
  return ['cart', 'checkout', 'pending-submit', 'last-order', 'session'].filter((name) => storage.get(`orderzone:${shop}:${name}`) !== null);
}

async function signedIn(options: { storage?: ReturnType<typeof memoryStorage>; backend?: ReturnType<typeof createCodeBackend> } = {}) {
  const storage = options.storage ?? memoryStorage();
  const backend = options.backend ?? createCodeBackend();
  const zone = (await createOrderZone({ adapter: backend.adapter, shopId: 'shop', storage }).load('account'));
  assert.equal(await zone.account.requestCode({ channel: 'sms', destination: '139 0013 9000' }), true);
  const session = await zone.account.verifyCode(backend.state.code);
  assert.ok(session);
  return { zone, storage, ...backend };
}

describe('account: sign in with a one-time code', () => {
  it('is supported when the adapter has the sign-in calls, which the zone knows before loading it', async () => {
    const zone = (await createOrderZone({ adapter: createCodeBackend().adapter, storage: memoryStorage() }).load('account'));
    assert.equal(zone.account.supported, true);
    const { requestSignInCode: _r, verifySignInCode: _v, listOrders: _l, ...guestOnly } = createCodeBackend().adapter;
    const guestZone = createOrderZone({ adapter: guestOnly, storage: memoryStorage() });
    assert.equal(guestZone.offers.signIn, false);
    assert.equal(zone.offers.signIn, true);
    assert.equal((await guestZone.load('account')).account.supported, false);
  });

  it('checks the phone number or e-mail before sending anything', async () => {
    const { adapter, state } = createCodeBackend();
    const zone = (await createOrderZone({ adapter, storage: memoryStorage() }).load('account'));
    assert.equal(await zone.account.requestCode({ channel: 'sms', destination: '' }), false);
    assert.deepEqual(zone.account.$signIn.get().fieldErrors, [{ field: 'destination', code: 'required' }]);
    await zone.account.requestCode({ channel: 'sms', destination: '12345' });
    assert.deepEqual(zone.account.$signIn.get().fieldErrors, [{ field: 'destination', code: 'invalid_phone_cn' }]);
    await zone.account.requestCode({ channel: 'email', destination: 'han@' });
    assert.deepEqual(zone.account.$signIn.get().fieldErrors, [{ field: 'destination', code: 'invalid_email' }]);
    assert.equal(state.signInRequests, 0);
    zone.dispose();
  });

  it('says which country phone numbers are judged by: the checkout’s, mainland China by default', async () => {
    const zone = (await createOrderZone({ adapter: createCodeBackend().adapter, storage: memoryStorage() }).load('account'));
    assert.equal(zone.account.phoneCountry(), 'CN');
    zone.checkout.update({ shippingAddress: { country: 'us' } });
    assert.equal(zone.account.phoneCountry(), 'US');
    assert.equal(await zone.account.requestCode({ channel: 'sms', destination: '12345' }), false);
    assert.deepEqual(zone.account.$signIn.get().fieldErrors, [{ field: 'destination', code: 'invalid_phone' }]);
    zone.dispose();
  });

  it('sends a code, refuses a wrong or expired one on the code field, then signs in and stores the session', async () => {
    const storage = memoryStorage();
    const { adapter, state } = createCodeBackend();
    const zone = (await createOrderZone({ adapter, shopId: 'shop', storage }).load('account'));
    assert.equal(await zone.account.requestCode({ channel: 'email', destination: 'han@example.com' }), true);
    const signIn = zone.account.$signIn.get();
    assert.equal(signIn.step, 'code');
    assert.equal(signIn.sent?.maskedDestination, 'h***@example.com');
    assert.ok(signIn.resendAt! > Date.now());

    assert.equal(await zone.account.verifyCode('000000'), undefined);
    assert.deepEqual(zone.account.$signIn.get().fieldErrors, [{ field: 'code', code: 'code_wrong' }]);
    await zone.account.verifyCode(state.expiredCode);
    assert.deepEqual(zone.account.$signIn.get().fieldErrors, [{ field: 'code', code: 'code_expired' }]);
    await zone.account.verifyCode('12');
    assert.deepEqual(zone.account.$signIn.get().fieldErrors, [{ field: 'code', code: 'code_format' }]);

    const session = await zone.account.verifyCode(state.code);
    assert.equal(session?.shopper.email, 'han@example.com');
    assert.equal(zone.account.$session.get()?.token, session?.token);
    assert.deepEqual(zone.account.access(), { sessionToken: session?.token });
    assert.equal(zone.account.$signIn.get().step, 'destination');
    // A new page of the same shop is still signed in.
    const again = (await createOrderZone({ adapter, shopId: 'shop', storage }).load('account'));
    assert.equal(again.account.$session.get()?.token, session?.token);
    zone.dispose();
    again.dispose();
  });

  it('does not ask for another code before the wait is over, and shows a rate limit as a wait', async () => {
    const { adapter, state } = createCodeBackend();
    const zone = (await createOrderZone({ adapter, storage: memoryStorage() }).load('account'));
    await zone.account.requestCode({ channel: 'sms', destination: '13900139000' });
    assert.equal(await zone.account.resendCode(), false);
    assert.equal(zone.account.$signIn.get().error?.code, 'rate_limited');
    assert.equal(state.signInRequests, 1);

    zone.account.changeDestination();
    state.failNext.requestSignInCode = new OrderZoneError('rate_limited', 'Too many.', { retryAfterSeconds: 300 });
    assert.equal(await zone.account.requestCode({ channel: 'sms', destination: '13800138000' }), false);
    const signIn = zone.account.$signIn.get();
    assert.equal(signIn.error?.retryAfterSeconds, 300);
    assert.ok(signIn.resendAt! - Date.now() > 290_000);
    zone.dispose();
  });

  it('keeps the guest cart and fills the empty contact fields from the session', async () => {
    const storage = memoryStorage();
    const backend = createCodeBackend();
    const zone = (await createOrderZone({ adapter: backend.adapter, shopId: 'shop', storage }).load('account'));
    zone.cart.add({ product: codeTee, variantId: 'tee-m', quantity: 2 });
    zone.checkout.update({ contact: { name: 'Han Meimei', email: 'typed@example.com' } });
    await zone.account.requestCode({ channel: 'sms', destination: '13900139000' });
    await zone.account.verifyCode(backend.state.code);
    assert.equal(zone.cart.$itemCount.get(), 2);
    assert.deepEqual(zone.checkout.$draft.get().contact, { name: 'Han Meimei', phone: '13900139000', email: 'typed@example.com' });
    zone.dispose();
  });

  it('lists the shopper’s orders', async () => {
    const { zone, state, adapter } = await signedIn();
    await adapter.submitOrder(
      {
        currency: 'CNY',
        lines: [{ productId: 'tee', variantId: 'tee-m', quantity: 1, personalization: {} }],
        contact: { name: 'Han', phone: '139 0013 9000', email: 'han@example.com' },
        paymentMethodId: 'alipay',
        expectedTotal: { amount: 9900, currency: 'CNY' },
      },
      { idempotencyKey: 'k1' },
    );
    await zone.account.loadOrders();
    const orders = zone.account.$orders.get();
    assert.equal(orders.status, 'ready');
    assert.deepEqual(orders.status === 'ready' && orders.data.map((o) => o.orderNumber), ['OZ-1']);
    assert.equal(state.sessions.size, 1);
    zone.dispose();
  });

  it('signing out removes every personal value from the page and from storage, and empties the cart', async () => {
    const { zone, storage, state } = await signedIn();
    zone.cart.add({ product: codeTee, variantId: 'tee-m', quantity: 1 });
    zone.checkout.update({
      contact: { name: 'Han Meimei', email: 'han@example.com' },
      shippingAddress: { country: 'CN', region: 'Beijing', city: 'Beijing', district: 'Chaoyang', line1: '88 Jianguo Road', postalCode: '100022' },
      shippingOptionId: 'std',
      paymentMethodId: 'alipay',
    });
    assert.ok(await zone.checkout.submit());
    zone.cart.add({ product: codeTee, variantId: 'tee-m', quantity: 1 });
    await zone.account.loadOrders();
    assert.deepEqual(storedKeys(storage), ['cart', 'checkout', 'last-order', 'session']);

    await zone.account.signOut();
    assert.deepEqual(storedKeys(storage), ['cart']);
    assert.equal(storage.get('orderzone:shop:cart')?.includes('"lines":[]'), true);
    assert.equal(zone.account.$session.get(), undefined);
    assert.equal(zone.account.$orders.get().status, 'idle');
    assert.equal(zone.checkout.$lastOrder.get(), undefined);
    assert.deepEqual(zone.checkout.$draft.get().contact, { name: '', phone: '', email: '' });
    assert.equal(zone.checkout.$draft.get().shippingAddress.line1, '');
    assert.equal(zone.cart.$itemCount.get(), 0);
    assert.equal(state.signedOut.length, 1);
    zone.dispose();
  });

  it('can keep the cart on this device when signing out', async () => {
    const { zone } = await signedIn();
    zone.cart.add({ product: codeTee, variantId: 'tee-m', quantity: 2 });
    await zone.account.signOut({ cart: 'keep' });
    assert.equal(zone.cart.$itemCount.get(), 2);
    zone.dispose();
  });

  it('a session the backend no longer accepts signs out with a notice; an expired stored one is dropped on load', async () => {
    const { zone, state, storage, adapter } = await signedIn();
    zone.cart.add({ product: codeTee, variantId: 'tee-m', quantity: 1 });
    state.sessions.clear();
    await zone.account.loadOrders();
    assert.equal(zone.account.$session.get(), undefined);
    assert.equal(zone.account.$notice.get(), 'session_expired');
    assert.equal(zone.cart.$itemCount.get(), 1, 'the shopper did not ask to leave: the cart stays');
    assert.equal(storage.get('orderzone:shop:session'), null);
    zone.dispose();

    storage.set('orderzone:shop:session', JSON.stringify({ version: 1, session: { token: 't', shopper: { id: 's' }, expiresAt: '2020-01-01T00:00:00Z' } }));
    const later = (await createOrderZone({ adapter, shopId: 'shop', storage }).load('account'));
    assert.equal(later.account.$session.get(), undefined);
    assert.equal(later.account.$notice.get(), 'session_expired');
    assert.equal(storage.get('orderzone:shop:session'), null);
    later.dispose();
  });

  it('signs out the same way when another call’s session is refused, unless that session was already replaced', async () => {
    const { zone, storage } = await signedIn();
    zone.cart.add({ product: codeTee, variantId: 'tee-m', quantity: 1 });
    const token = zone.account.$session.get()!.token;
    zone.account.sessionRefused('an-older-token');
    assert.equal(zone.account.$session.get()?.token, token, 'a token that is not the session changes nothing');
    zone.account.sessionRefused(token);
    assert.equal(zone.account.$session.get(), undefined);
    assert.equal(zone.account.$notice.get(), 'session_expired');
    assert.equal(zone.cart.$itemCount.get(), 1, 'the cart stays');
    assert.equal(storage.get('orderzone:shop:session'), null);
    zone.dispose();
  });

  it('keeps no session whose answer arrives after a sign-out, and ends it on the backend', async () => {
    const backend = createCodeBackend();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const adapter = { ...backend.adapter, verifySignInCode: async (request: Parameters<NonNullable<typeof backend.adapter.verifySignInCode>>[0]) => (await gate, backend.adapter.verifySignInCode!(request)) };
    const storage = memoryStorage();
    const zone = (await createOrderZone({ adapter, shopId: 'shop', storage }).load('account'));
    await zone.account.requestCode({ channel: 'sms', destination: '139 0013 9000' });
    const verifying = zone.account.verifyCode(backend.state.code);
    await zone.account.signOut({ cart: 'keep' });
    release();
    assert.equal(await verifying, undefined);
    assert.equal(zone.account.$session.get(), undefined);
    assert.deepEqual(storedKeys(storage), []);
    await new Promise((resolve) => setTimeout(resolve, 0));
    assert.equal(backend.state.sessions.size, 0, 'the session the backend opened was ended');
    zone.dispose();
  });

  it('ignores a corrupt stored session', async () => {
    const storage = memoryStorage();
    storage.set('orderzone:shop:session', '{not json');
    const zone = (await createOrderZone({ adapter: createCodeBackend().adapter, shopId: 'shop', storage }).load('account'));
    assert.equal(zone.account.$session.get(), undefined);
    assert.equal(storage.get('orderzone:shop:session'), null);
    zone.dispose();
  });

  it('follows signing out in another tab', async () => {
    const group = memoryStorageGroup();
    const backend = createCodeBackend();
    const { zone: first } = await signedIn({ storage: group.connect(), backend });
    const second = (await createOrderZone({ adapter: backend.adapter, shopId: 'shop', storage: group.connect() }).load('account'));
    assert.ok(second.account.$session.get());
    await first.account.signOut();
    assert.equal(second.account.$session.get(), undefined);
    first.dispose();
    second.dispose();
  });
});
