import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { createOrderFixture, placeOrder, backendOrder, type OrderFixture } from '../../testing/order-fixture.ts';
import { $, mountOrderDetail, text } from '../../testing/order-detail-fixture.ts';
import { deferred } from '../../testing/zone-fixture.ts';
import type { UploadedPhoto } from '@orderzone/core';
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
  const input = $(el, '#review-photos') as HTMLInputElement;
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

  it('keeps the reviews card looking as it does when the action forms arrive after it', async () => {
    const f = await createOrderFixture();
    const order = await completedOrder(f);
    // No return offered at first: the reviews card's code (and its styles) arrive before any action form's.
    f.override({ requestReturn: undefined });
    const el = await mountOrderDetail(f, order);
    const card = await reviewsCard(el);
    const line = (): Element => card.querySelector('.review-line')!;
    expect(getComputedStyle(line()).borderTopStyle).to.equal('solid');
    f.override({ requestReturn: f.backend.requestReturn?.bind(f.backend) });
    el.order = { ...order };
    await el.updateComplete;
    expect($(el, '[data-action="request_return"]')).not.to.equal(null);
    expect(getComputedStyle(line()).borderTopStyle).to.equal('solid');
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
    await waitUntil(() => $(el, '[part="review-form"] [data-photo="done"]'), 'the photo uploaded');
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
    expect(el.shadowRoot!.querySelectorAll('[part="review-form"] [data-photo="done"]')).to.have.length(1, 'the form starts with the review\'s photo');
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

  it('checks and uploads photos in the same photos field as a return request: problems named, progress shown, removable', async () => {
    const f = await createOrderFixture();
    const order = await completedOrder(f);
    const uploads: { progress?: (n: number) => void; done: ReturnType<typeof deferred<UploadedPhoto>> }[] = [];
    f.override({
      uploadReturnPhoto: (_n, _a, _photo, ctx) => {
        const done = deferred<UploadedPhoto>();
        uploads.push({ ...(ctx?.onProgress ? { progress: ctx.onProgress } : {}), done });
        return done.promise;
      },
    });
    const el = await mountOrderDetail(f, order);
    await reviewsCard(el);
    $(el, '#review-toggle-0')!.click();
    await el.updateComplete;
    expect(text($(el, '#review-photos-hint'))).to.equal('Up to 4 photos, JPEG, PNG or WebP, at most 5 MB each.');
    const gif = new File([new Uint8Array(10)], 'scan.gif', { type: 'image/gif' });
    const huge = new File([new Uint8Array(5 * 1024 * 1024 + 1)], 'huge.jpg', { type: 'image/jpeg' });
    choosePhotos(el, [gif, huge, pngFile('tee.png')]);
    await el.updateComplete;
    const problems = text($(el, '#review-photos-problems'));
    expect(problems).to.contain('scan.gif: This file type is not accepted. Please choose a JPEG, PNG, WebP photo.');
    expect(problems).to.contain('huge.jpg: This photo is larger than 5 MB.');
    expect(uploads).to.have.length(1, 'only the valid photo is uploaded');
    uploads[0]!.progress!(0.5);
    await el.updateComplete;
    expect(text($(el, '[part="review-form"] [data-photo="uploading"] [data-progress]'))).to.equal('Uploading… 50%');
    await expect(el).shadowDom.to.be.accessible();
    // Sending while it uploads is refused, as for a return.
    ($(el, '#review-star-5') as HTMLInputElement).click();
    $(el, '[part="review-form"] button[type="submit"]')!.click();
    await el.updateComplete;
    expect(text($(el, '#review-photos-error'))).to.equal('Please wait until every photo has uploaded.');
    uploads[0]!.done.resolve({ id: 'photo-1', url: 'data:image/png;base64,AA==', contentType: 'image/png', bytes: 64 });
    await waitUntil(() => $(el, '[part="review-form"] [data-photo="done"]'));
    $(el, '[part="review-form"] [data-remove-photo]')!.click();
    await el.updateComplete;
    expect($(el, '[part="review-form"] [data-photo]')).to.equal(null);
    expect(el.shadowRoot!.activeElement?.id).to.equal('review-photos');
  });

  it('counts the review in characters as the core does: 2,000 emoji and rare CJK characters fit, one more is refused', async () => {
    const f = await createOrderFixture();
    const order = await completedOrder(f);
    const el = await mountOrderDetail(f, order);
    await reviewsCard(el);
    $(el, '#review-toggle-0')!.click();
    await el.updateComplete;
    const body = $(el, '#review-body') as HTMLTextAreaElement;
    expect(body.hasAttribute('maxlength')).to.equal(false, 'no maxlength: the browser would count UTF-16 units and stop at half');
    ($(el, '#review-star-5') as HTMLInputElement).click();
    // 4,000 UTF-16 units, 2,000 characters as a shopper counts them.
    const full = '😀𠀀'.repeat(1000);
    body.value = full;
    body.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(text($(el, '#review-body-counter'))).to.equal('2000 / 2000 characters');
    body.value = `${full}好`;
    body.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(text($(el, '#review-body-counter'))).to.equal('1 character over');
    $(el, '[part="review-form"] button[type="submit"]')!.click();
    await waitUntil(() => $(el, '#review-body-error'), 'the core refuses the text');
    expect(text($(el, '#review-body-error'))).to.equal('Please use at most 2000 characters.');
    expect(f.backend.engine.listReviews({ status: 'pending' })).to.have.length(0);
    body.value = full;
    body.dispatchEvent(new Event('input'));
    const saved = oneEvent(el, 'oz-review-save');
    $(el, '[part="review-form"] button[type="submit"]')!.click();
    expect((await saved).detail.review.body).to.equal(full);
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
