/**
 * The reviews of `<product-detail>` as a template part: the rating summary, then each review with
 * its author, stars (read out as "4 out of 5 stars"), title, text, date (formatted for the locale
 * with `Intl.DateTimeFormat`), a "Verified purchase" badge, the shopper's photos and the shop's
 * reply under it. The product's `reviews` are its published reviews (the backend shows no other),
 * and every text is rendered as text, never as HTML.
 *
 * Parts: `reviews`, `review`, `review-photos`, `review-reply`.
 *
 * @module
 */
import { safeImageUrl, summarizeReviews, type Product, type Review } from '@orderzone/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { LocaleController } from '../../controllers/locale-controller.ts';
import { renderRatingSummary, renderStars } from '../product-picker/rating-stars.ts';
import { formatInstant } from '../../i18n/date-format.ts';

function renderReview(review: Review, i18n: LocaleController): TemplateResult {
  const date = formatInstant(review.createdAt, i18n.locale, 'date');
  return html`<li>
    <article class="review" part="review">
      <header class="review-header">
        <span class="review-stars">
          ${renderStars(review.rating * 10)}
          <span class="visually-hidden">${i18n.t('rating.stars', { rating: review.rating })}</span>
        </span>
        ${review.title ? html`<h4 class="review-title">${i18n.text(review.title)}</h4>` : nothing}
      </header>
      <p class="review-body">${i18n.text(review.body)}</p>
      <footer class="review-meta muted">
        <span class="review-author">${review.author}</span>
        ${date ? html`<time datetime=${review.createdAt}>${date}</time>` : nothing}
        ${review.verifiedPurchase ? html`<span class="verified">${i18n.t('detail.verified')}</span>` : nothing}
        ${review.updatedAt ? html`<span class="review-edited">${i18n.t('detail.review_edited')}</span>` : nothing}
      </footer>
      ${renderReviewPhotos(review, i18n)}
      ${review.reply
        ? html`<div class="review-reply" part="review-reply">
            <p class="review-reply-heading">${i18n.t('detail.review_reply')}</p>
            <p class="review-body">${review.reply.body}</p>
          </div>`
        : nothing}
    </article>
  </li>`;
}

function renderReviewPhotos(review: Review, i18n: LocaleController): TemplateResult | typeof nothing {
  const urls = (review.photos ?? []).map((photo) => safeImageUrl(photo.url)).filter((url): url is string => url !== undefined);
  if (urls.length === 0) return nothing;
  return html`<ul class="review-photos" part="review-photos" role="list">
    ${urls.map((url, i) => html`<li><img src=${url} alt=${i18n.t('detail.review_photo_alt', { n: i + 1, author: review.author })} loading="lazy" width="96" height="96" /></li>`)}
  </ul>`;
}

/** Renders the reviews section. */
export function renderProductReviews(product: Product, i18n: LocaleController): TemplateResult {
  return html`<section class="section reviews" part="reviews" aria-labelledby="reviews-heading">
    <div class="section-header">
      <h3 id="reviews-heading" class="section-heading">${i18n.t('detail.reviews')}</h3>
      ${renderRatingSummary(summarizeReviews(product.reviews), i18n)}
    </div>
    ${product.reviews.length === 0
      ? html`<p class="muted">${i18n.t('detail.no_reviews')}</p>`
      : html`<ul class="review-list" role="list">${product.reviews.map((r) => renderReview(r, i18n))}</ul>`}
  </section>`;
}
