// <product-recommendations> for a signed-in shopper: the browsing history is kept with the account by
// the backend (the embedded one here), not on the device, says so, and "Clear" clears it there. What
// was viewed on the device before signing in is merged into the account's history at sign-in.
import { browsingHistoryKey, recommendationsFor } from '@orderzone/core/recommendations';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { translator } from '../../testing/zone-fixture.ts';
import { createOrderFixture, type OrderFixture } from '../../testing/order-fixture.ts';
import { defineElement } from '../define-element.ts';
import { productRecommendationsMessages } from './product-recommendations.messages.ts';
import { ProductRecommendations } from './product-recommendations.ts';

defineElement('product-recommendations', ProductRecommendations);

const t = translator('en-US', productRecommendationsMessages);
let flow: OrderFixture;
afterEach(() => flow?.zone.dispose());

const ids = (el: ProductRecommendations) => [...el.shadowRoot!.querySelectorAll('.item')].map((item) => item.getAttribute('data-product-id'));

async function signIn(f: OrderFixture): Promise<string> {
  expect(await f.zone.account!.requestCode({ channel: 'sms', destination: '13900139000' })).to.equal(true);
  await f.zone.account!.verifyCode(f.backend.engine.outbox()[0]!.code);
  return f.zone.account!.$session.get()!.token;
}

describe('<product-recommendations> for a signed-in shopper', () => {
  it('merges the device’s views at sign-in, keeps the views with the account on the backend, not on the device, and clears them there', async () => {
    flow = await createOrderFixture();
    const history = recommendationsFor(flow.zone).history;
    history.record('paper'); // signed out: on the device
    const token = await signIn(flow);
    await waitUntil(() => history.$kept.get() === 'account');
    await waitUntil(() => flow.zone.storage.get(browsingHistoryKey('t')) === null, 'the device’s views are merged, then cleared from the device');
    expect((await flow.backend.listViewedProducts(token)).productIds).to.deep.equal(['paper']);
    history.record('flask');
    history.record('shirt');
    await waitUntil(async () => (await flow.backend.listViewedProducts(token)).productIds.length === 3, 'the views reach the backend');
    expect((await flow.backend.listViewedProducts(token)).productIds).to.deep.equal(['shirt', 'flask', 'paper']);
    expect(flow.zone.storage.get(browsingHistoryKey('t'))).to.equal(null, 'not on the device');

    const el = await fixture<ProductRecommendations>(html`<product-recommendations .zone=${flow.zone} kind="recently_viewed"></product-recommendations>`);
    await waitUntil(() => ids(el).length === 3, `saw ${ids(el).join()}`);
    expect(ids(el)).to.deep.equal(['shirt', 'flask', 'paper']);
    expect(el.shadowRoot!.querySelector('[data-history-note]')!.textContent).to.equal(t('recommendations.history_note.account'));
    await expect(el).shadowDom.to.be.accessible();

    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="clear-history"]')!.click();
    await waitUntil(() => ids(el).length === 0, 'the list empties');
    expect((await flow.backend.listViewedProducts(token)).productIds).to.deep.equal([], 'cleared on the backend');
    expect(flow.zone.storage.get(browsingHistoryKey('t'))).to.equal(null, 'and on the device');
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal(t('recommendations.history_cleared'));
  });

  it('says in Chinese where the history is kept', () => {
    expect(productRecommendationsMessages['zh-CN']!['recommendations.history_note.account']).to.equal('已随你的账户保存。');
  });
});
