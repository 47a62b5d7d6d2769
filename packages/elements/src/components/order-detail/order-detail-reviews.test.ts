import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { createOrderFixture, placeOrder, backendOrder, type OrderFixture } from '../../testing/order-fixture.ts';
import { $, mountOrderDetail, text } from '../../testing/order-detail-fixture.ts';
import { defineElement } from '../define-element.ts';
import { ProductDetail } from '../product-detail/product-detail.ts';
import type { OrderDetail } from '../order-detail/order-detail.ts';

defineElement('product-detail', ProductDetail);

/** A completed order of the tests' shirt and mug, as the shopper's zone sees it. */
async function completedOrder(f: OrderFixture) {
  const placed = await placeOrder(f.zone);
  f.backend.engine.markPaid(placed.orderNumber);
  f.backend.engine.markShipped(placed.orderNumber, { carrier: 'SF Express', number: 'SF100' });
  f.backend.engine.markCompleted(placed.orderNumber);
  return backendOrder(f, placed.orderNumber);
}

async function reviewsCard(el: OrderDetail): Promise<HTMLElement> {
  // Its module is fetched when the card is first shown: on a loaded machine that takes a moment.
  await waitUntil(() => $(el, '[part="reviews"] #review-toggle-0'), 'the reviews card loaded on demand, with its buttons', { timeout: 10_000 });
  return $(el, '[part="reviews"]')!;
}

function pngFile(name: string): File {
  // A 1×1 PNG.
  const bytes = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));
  return new File([bytes], name, { type: 'image/png' });
}

function choosePhotos(el: OrderDetail, files: File[]): void {
  const input = $(el, '#review-photo-input') as HTMLInputElement;
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('<order-detail>: reviews of a completed order', () => {
  it('offers no reviews before the order is completed', async () => {
    const f = await createOrderFixture();
    const order = await placeOrder(f.zone);
    const el = await mountOrderDetail(f, order);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await el.updateComplete;
    expect($(el, '[part="reviews"]')).to.equal(null);
  });

  it('writes a review with stars, text and a photo, then edits it; the shop publishes it and it shows as text on the product page', async () => {
    const f = await createOrderFixture();
    const order = await completedOrder(f);
    const el = await mountOrderDetail(f, order);
    const card = await reviewsCard(el);
    expect(text(card.querySelector('h3'))).to.equal('Rate your items');
    expect(text(card)).to.contain('Test shirt');
    $(el, '#review-toggle-0')!.click();
    await el.updateComplete;
    await expect(el).shadowDom.to.be.accessible();

    // No stars: the core's rule says what is missing, nothing is sent.
    $(el, '[part="review-form"] button[type="submit"]')!.click();
    await waitUntil(() => text($(el, '#review-rating-error')) !== '');
    expect(text($(el, '#review-rating-error'))).to.equal('Please choose 1 to 5 stars.');
    expect(f.backend.engine.listReviews({ status: 'pending' })).to.have.length(0);

    ($(el, '#review-star-4') as HTMLInputElement).click();
    const body = $(el, '#review-body') as HTMLTextAreaElement;
    body.value = 'Soft <b>cotton</b>, true to size.';
    body.dispatchEvent(new Event('input'));
    choosePhotos(el, [pngFile('tee.png')]);
    await waitUntil(() => el.shadowRoot!.querySelector('.draft-photo.status-done'), 'the photo uploaded');
    const saved = oneEvent(el, 'oz-review-save');
    $(el, '[part="review-form"] button[type="submit"]')!.click();
    const { review } = (await saved).detail;
    expect([review.orderNumber, review.lineIndex, review.rating, review.status]).to.deep.equal([order.orderNumber, 0, 4, 'pending']);
    await waitUntil(() => $(el, '[part="own-review"]'), 'the review is shown on the order');
    const own = $(el, '[part="own-review"]')!;
    expect(text(own)).to.contain('4 out of 5 stars');
    expect(text(own)).to.contain('Waiting for the shop to check it');
    expect(text(own)).to.contain('Soft <b>cotton</b>, true to size.');
    expect(own.querySelector('b')).to.equal(null, 'review text is shown as text, never HTML');
    expect(own.querySelectorAll('img')).to.have.length(1);
    expect(text($(el, '.review-notice'))).to.equal('Thank you! Your review will be shown once the shop has checked it.');

    // Edit: the form starts with the review; the earlier version is kept.
    $(el, '#review-toggle-0')!.click();
    await el.updateComplete;
    expect(($(el, '#review-star-4') as HTMLInputElement).checked).to.equal(true);
    expect(($(el, '#review-body') as HTMLTextAreaElement).value).to.equal('Soft <b>cotton</b>, true to size.');
    ($(el, '#review-star-3') as HTMLInputElement).click();
    const edit = $(el, '#review-body') as HTMLTextAreaElement;
    edit.value = 'Soft, but it shrank a little.';
    edit.dispatchEvent(new Event('input'));
    $(el, '[part="review-form"] button[type="submit"]')!.click();
    await waitUntil(() => text($(el, '[part="own-review"]')).includes('shrank'), 'the edited review is shown');
    expect(text($(el, '[part="own-review"]'))).to.contain('Edited 1 time');
    const [stored] = f.backend.engine.listReviews({ status: 'pending' });
    expect(stored!.versions.map((v) => v.body)).to.deep.equal(['Soft <b>cotton</b>, true to size.']);

    // The shop publishes and replies: the product page shows it (as text), with the reply and photo.
    f.backend.engine.moderateReview(stored!.id, { action: 'publish' });
    f.backend.engine.moderateReview(stored!.id, { action: 'reply', body: 'Wash it cold, please.' });
    const page = await fixture<ProductDetail>(html`<product-detail .zone=${f.zone} product-id="shirt"></product-detail>`);
    await waitUntil(() => page.shadowRoot!.querySelector('[part="reviews"] .review-list'), 'the product page shows its reviews');
    const shown = [...page.shadowRoot!.querySelectorAll('[part="review"]')].find((r) => text(r).includes('shrank'));
    expect(shown, 'the published review is on the product page').to.exist;
    expect(text(shown)).to.contain('Reply from the shop');
    expect(text(shown)).to.contain('Wash it cold, please.');
    expect(text(shown)).to.contain('韩**');
    expect(shown!.querySelectorAll('[part="review-photos"] img')).to.have.length(1);
    // The count beside the stars is the number of published reviews listed.
    const listed = page.shadowRoot!.querySelectorAll('[part="review"]').length;
    expect(text(page.shadowRoot!.querySelector('[part="reviews"] .rating-count'))).to.equal(`(${listed})`);
  });

  it('speaks Chinese in zh-CN', async () => {
    const f = await createOrderFixture({ locale: 'zh-CN' });
    const order = await completedOrder(f);
    const el = await mountOrderDetail(f, order);
    const card = await reviewsCard(el);
    expect(text(card.querySelector('h3'))).to.equal('评价商品');
    expect(text($(el, '#review-toggle-0'))).to.equal('写评价');
  });
});
