/**
 * The shoppers' reviews on the console's list page (admin API `GET /reviews`,
 * `POST /reviews/:id/moderation`): each with its stars, text (as text), photos, earlier versions and
 * the shop's reply, and what the merchant does with it: publish, hide with a reason, reply.
 * Waiting reviews come first among those loaded. Reviews imported with the catalog are not listed
 * here. A page at a time (`REVIEW_PAGE_SIZE`), newest change first: "Show more reviews" loads the next.
 */
import { localize, safeImageUrl, type LocalizedText, type Product, type ReviewModeration, type ReviewRecord, type Translate } from '@orderzone/core';
import { REVIEW_HIDE_REASON_MAX_LENGTH, REVIEW_REPLY_MAX_LENGTH } from '@orderzone/core/orders';
import { html, nothing, type TemplateResult } from 'lit';
import { formatDateTime } from './order-view.ts';

/** What the view needs of the console. */
export interface ReviewViewContext {
  t: Translate;
  locale: string;
  busy: boolean;
  /** The failure of the last moderation, by review. */
  error?: { reviewId: string; message: string };
  moderate(reviewId: string, moderation: ReviewModeration): void;
  /** More reviews follow those shown (the admin API gave a next page). */
  more?: boolean;
  /** Loads the next page of reviews. */
  showMore?(): void;
  /** The products loaded so far, by id: a review shows its product's name once it is here. */
  products?: ReadonlyMap<string, Product>;
}

/** The shoppers' reviews, waiting ones first. */
export function shopperReviews(reviews: readonly ReviewRecord[]): ReviewRecord[] {
  const rank = (r: ReviewRecord): number => (r.status === 'pending' ? 0 : 1);
  return reviews.filter((r) => r.orderNumber !== undefined).sort((a, b) => rank(a) - rank(b) || (a.updatedAt < b.updatedAt ? 1 : -1));
}

/**
 * A product's title in the console's language first, then in each other language the catalog gives
 * it in (when it differs), each with its language tag.
 */
export function productNames(name: LocalizedText, locale: string): { text: string; lang?: string }[] {
  const first = localize(name, locale);
  if (typeof name === 'string') return [{ text: first }];
  const firstLang = Object.keys(name).find((lang) => name[lang] === first);
  const others = Object.entries(name).filter(([, text]) => text !== first && text.trim() !== '');
  return [{ text: first, ...(firstLang ? { lang: firstLang } : {}) }, ...others.map(([lang, text]) => ({ text, lang }))];
}

function renderProduct(review: ReviewRecord, ctx: ReviewViewContext): TemplateResult {
  const product = ctx.products?.get(review.productId);
  if (!product) return html`<strong data-review-product>${review.productId}</strong>`;
  const [first, ...others] = productNames(product.title, ctx.locale);
  return html`<strong data-review-product lang=${first?.lang ?? nothing}>${first?.text}</strong>${others.map(
    (other) => html` <span class="muted" data-review-product-other lang=${other.lang ?? nothing}>${other.text}</span>`,
  )}`;
}

function stars(rating: number): string {
  return '★'.repeat(rating) + '☆'.repeat(5 - rating);
}

function formValue(event: SubmitEvent, name: string): string {
  const form = event.target as HTMLFormElement;
  const value = new FormData(form).get(name);
  return typeof value === 'string' ? value.trim() : '';
}

function renderReview(review: ReviewRecord, ctx: ReviewViewContext): TemplateResult {
  const { t, locale } = ctx;
  const body = localize(review.body, locale);
  const photos = review.photos.map((p) => safeImageUrl(p.url)).filter((url): url is string => url !== undefined);
  const submit = (event: SubmitEvent, action: 'hide' | 'reply'): void => {
    event.preventDefault();
    const value = formValue(event, action === 'hide' ? 'reason' : 'reply');
    ctx.moderate(review.id, action === 'hide' ? { action, reason: value } : { action, body: value });
  };
  return html`<li class="review" data-review=${review.id} data-review-status=${review.status}>
    <p>
      ${renderProduct(review, ctx)} · <a href="#order/${encodeURIComponent(review.orderNumber ?? '')}">${review.orderNumber}</a> · ${review.author}
      · <span class="status">${t(`console.review.status.${review.status}`)}</span>
    </p>
    <p><span class="stars" aria-label=${t('console.review.stars', { rating: review.rating })}>${stars(review.rating)}</span> <span class="muted small">${formatDateTime(review.updatedAt, locale)}</span></p>
    ${body ? html`<p class="review-text" data-review-text>${body}</p>` : html`<p class="muted">${t('console.review.no_text')}</p>`}
    ${photos.length > 0 ? html`<p class="review-photos">${photos.map((url, i) => html`<img src=${url} alt=${t('console.review.photo', { n: i + 1 })} width="72" height="72" />`)}</p>` : nothing}
    ${review.status === 'hidden' ? html`<p class="muted">${t('console.review.hidden_reason', { reason: review.hiddenReason ?? '' })}</p>` : nothing}
    ${review.versions.length > 0
      ? html`<details data-review-versions>
          <summary>${t('console.review.versions', { count: review.versions.length })}</summary>
          <ol>
            ${review.versions.map(
              (v) => html`<li><span aria-label=${t('console.review.stars', { rating: v.rating })}>${stars(v.rating)}</span> ${localize(v.body, locale)} <span class="muted small">(${formatDateTime(v.writtenAt, locale)})</span></li>`,
            )}
          </ol>
        </details>`
      : nothing}
    ${review.reply ? html`<p class="review-reply" data-review-reply><strong>${t('console.review.your_reply')}</strong> ${review.reply.body}</p>` : nothing}
    <div class="review-actions">
      ${review.status !== 'published'
        ? html`<button type="button" class="button primary" data-review-action="publish" ?disabled=${ctx.busy} @click=${() => ctx.moderate(review.id, { action: 'publish' })}>
            ${t('console.review.publish')}
          </button>`
        : nothing}
      <form class="inline-form" @submit=${(e: SubmitEvent) => submit(e, 'hide')}>
        <label for="hide-${review.id}">${t('console.review.reason')}</label>
        <input id="hide-${review.id}" name="reason" maxlength=${REVIEW_HIDE_REASON_MAX_LENGTH} />
        <button type="submit" class="button" data-review-action="hide" ?disabled=${ctx.busy}>${t('console.review.hide')}</button>
      </form>
      <form class="inline-form" @submit=${(e: SubmitEvent) => submit(e, 'reply')}>
        <label for="reply-${review.id}">${t('console.review.reply')}</label>
        <textarea id="reply-${review.id}" name="reply" rows="2" maxlength=${REVIEW_REPLY_MAX_LENGTH}></textarea>
        <button type="submit" class="button" data-review-action="reply" ?disabled=${ctx.busy}>${t('console.review.send_reply')}</button>
      </form>
    </div>
    ${ctx.error?.reviewId === review.id ? html`<p class="error" role="alert" data-review-error>${ctx.error.message}</p>` : nothing}
  </li>`;
}

/** The reviews section. */
export function renderReviewModeration(reviews: readonly ReviewRecord[] | undefined, ctx: ReviewViewContext): TemplateResult {
  const { t } = ctx;
  const list = reviews === undefined ? undefined : shopperReviews(reviews);
  const waiting = list?.filter((r) => r.status === 'pending').length ?? 0;
  return html`<section class="reviews" aria-labelledby="reviews-heading" data-reviews>
    <h2 id="reviews-heading">${t('console.reviews')} <span class="count">(${t('console.reviews.waiting', { count: waiting })})</span></h2>
    <p class="muted">${t('console.reviews.intro')}</p>
    ${list === undefined
      ? html`<p class="muted">${t('console.loading')}</p>`
      : list.length === 0
        ? html`<p class="muted" data-reviews-empty>${t('console.reviews.empty')}</p>`
        : html`<ol class="review-list" role="list">${list.map((review) => renderReview(review, ctx))}</ol>`}
    ${ctx.more
      ? html`<p class="more-reviews"><button type="button" class="button" data-reviews-more ?disabled=${ctx.busy} @click=${() => ctx.showMore?.()}>${t('console.reviews.more')}</button></p>`
      : nothing}
  </section>`;
}
