/**
 * Styles of the review photos and the shop's reply in `<product-detail>`'s reviews.
 *
 * @module
 */
import { css } from 'lit';

export const productReviewStyles = css`
  .review-photos {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .review-photos img {
    display: block;
    width: 96px;
    height: 96px;
    object-fit: cover;
    border-radius: var(--_radius);
    border: 1px solid var(--_border);
  }
  .review-reply {
    margin: 0;
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-inline-start: 3px solid var(--_border);
    background: var(--_surface-alt);
  }
  .review-reply-heading {
    margin: 0 0 4px;
    font-weight: var(--_weight-semibold);
    font-size: 0.85em;
  }
  .review-edited {
    font-style: italic;
  }
`;
