/**
 * Styles of the reviews part of `<order-detail>`, adopted by the element when the part loads.
 *
 * @module
 */
import { css } from 'lit';

export const orderReviewStyles = css`
  .review-lines {
    display: grid;
    gap: calc(var(--_space) * 2);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .review-line {
    display: grid;
    gap: var(--_space);
    justify-items: start;
    padding-block-start: calc(var(--_space) * 1.5);
    border-block-start: 1px solid var(--_border);
  }
  .review-line-title {
    margin: 0;
    font-weight: var(--_weight-semibold);
  }
  .own-review {
    display: grid;
    gap: 4px;
  }
  .own-review p,
  .review-form p {
    margin: 0;
  }
  .review-text {
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  .review-status {
    font-size: 0.9em;
  }
  .status-published {
    color: var(--_success);
  }
  .status-hidden {
    color: var(--_danger, inherit);
  }
  .review-reply {
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-inline-start: 3px solid var(--_border);
    background: var(--_surface-alt);
  }
  .review-reply-heading {
    font-weight: var(--_weight-semibold);
    font-size: 0.85em;
  }
  .review-thumbs {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .review-thumbs li {
    display: grid;
    gap: 2px;
    justify-items: start;
  }
  .review-thumbs img {
    width: 64px;
    height: 64px;
    object-fit: cover;
    border-radius: var(--_radius);
    border: 1px solid var(--_border);
  }
  .review-form {
    display: grid;
    gap: var(--_space);
    width: 100%;
  }
  .review-form textarea {
    width: 100%;
    box-sizing: border-box;
  }
  .review-form-heading {
    font-weight: var(--_weight-semibold);
  }
  .star-choice {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    margin: 0;
    padding: 0;
    border: 0;
  }
  .star-choice legend {
    padding: 0;
    margin-block-end: 4px;
    font-weight: var(--_weight-semibold);
  }
  .star-option {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    min-height: 44px;
    padding: 0 var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .star-option:has(input:checked) {
    border-color: var(--_star, #f59e0b);
  }
  .star-glyph {
    color: var(--_star, #f59e0b);
  }
  .star-choice .field-error {
    flex-basis: 100%;
  }
  .review-form-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .review-notice {
    color: var(--_success);
  }
`;
