/**
 * Star ratings as a template part: five stars filled to the average, with the rating as text for
 * screen readers ("Rated 4.6 out of 5 (12 reviews)"), so the stars are never the only way to tell.
 * Used by `<product-picker>` cards and `<product-detail>`.
 *
 * @module
 */
import type { RatingSummary } from '@orderzone/core';
import { css, html, nothing, type TemplateResult } from 'lit';
import { cssProperties } from '../../directives/css-properties.ts';
import type { LocaleController } from '../../controllers/locale-controller.ts';

/** A rating in tenths of a star (`46`) as the locale writes it (`4.6`). */
export function formatRating(averageTenths: number, locale: string): string {
  let format = ratingFormats.get(locale);
  if (!format) ratingFormats.set(locale, (format = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 })));
  return format.format(averageTenths / 10);
}

/** One number format per locale, made the first time a rating is written in it (not once per card). */
const ratingFormats = new Map<string, Intl.NumberFormat>();

/** How far five stars are filled for `averageTenths` (0–50): `'92%'`. */
function starsFilled(averageTenths: number): string {
  return `${Math.max(0, Math.min(50, averageTenths)) * 2}%`;
}

/** Five stars filled to `averageTenths` (0–50), decorative: pair them with a text label. */
export function renderStars(averageTenths: number): TemplateResult {
  return html`<span class="stars" aria-hidden="true" ${cssProperties({ '--_filled': starsFilled(averageTenths) })}></span>`;
}

/**
 * A product's rating summary: stars plus the visible review count, announced as one sentence.
 * Renders nothing for a product without reviews.
 */
export function renderRatingSummary(rating: RatingSummary | undefined, i18n: LocaleController): TemplateResult | typeof nothing {
  if (!rating || rating.count === 0) return nothing;
  const value = formatRating(rating.averageTenths, i18n.locale);
  const label = i18n.t('rating.label', { rating: value, count: rating.count });
  // The stars written in place and the texts as properties: no comment markers in every card (issue 16).
  return html`<span class="rating" part="rating" role="img" aria-label=${label}><span class="stars" aria-hidden="true" ${cssProperties({ '--_filled': starsFilled(rating.averageTenths) })}></span><span class="rating-value" aria-hidden="true" .textContent=${value}></span><span class="rating-count" aria-hidden="true" .textContent=${i18n.t('rating.count', { count: rating.count })}></span></span>`;
}

/** Styles of the star parts. `--oz-color-star` sets the star colour. */
export const ratingStyles = css`
  :host {
    --_star: var(--oz-color-star, #f59e0b);
  }
  .rating {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 0.5);
    font-size: var(--_text-sm);
    color: var(--_muted);
  }
  /* Stars, the average and the count each stay whole; in a narrow card the count wraps below. */
  .rating > * {
    white-space: nowrap;
  }
  .stars {
    display: inline-block;
    font-size: 1.05em;
    line-height: 1;
    letter-spacing: 1px;
  }
  .stars::before {
    content: '★★★★★';
    background: linear-gradient(90deg, var(--_star) var(--_filled), var(--_border) var(--_filled));
    -webkit-background-clip: text;
    background-clip: text;
    color: transparent;
  }
  .stars:dir(rtl)::before {
    background-image: linear-gradient(270deg, var(--_star) var(--_filled), var(--_border) var(--_filled));
  }
  .rating-value {
    font-weight: var(--_weight-semibold);
    color: var(--_text);
  }
`;
