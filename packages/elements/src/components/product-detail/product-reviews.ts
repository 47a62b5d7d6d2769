/**
 * The reviews of `<product-detail>` as a template part: the rating summary, then each review with
 * its author, stars (read out as "4 out of 5 stars"), title, text, date (formatted for the locale
 * with `Intl.DateTimeFormat`) and a "Verified purchase" badge.
 *
 * Parts: `reviews`, `review`.
 *
 * @module
 */
import { summarizeReviews, type Product, type Review } from '@orderzone/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { LocaleController } from '../../controllers/locale-controller.ts';
import { renderRatingSummary, renderStars } from '../product-picker/rating-stars.ts';

function formatDate(iso: string, locale: string): string | undefined {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? undefined : new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(date);
}

function renderReview(review: Review, i18n: LocaleController): TemplateResult {
  const date = formatDate(review.createdAt, i18n.locale);
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
      </footer>
    </article>
  </li>`;
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
