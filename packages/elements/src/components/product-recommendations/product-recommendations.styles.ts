/**
 * Styles of `<product-recommendations>`: a heading and small cards in rows that wrap.
 *
 * @module
 */
import { css } from 'lit';

export const productRecommendationsStyles = css`
  :host {
    display: block;
  }
  :host([hidden]),
  .empty {
    display: none;
  }
  .recommendations {
    display: grid;
    gap: calc(var(--oz-space, 8px) * 1.5);
    margin-block: calc(var(--oz-space, 8px) * 3) 0;
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: var(--oz-space, 8px);
  }
  h2 {
    margin: 0;
    font-family: var(--oz-font-family-heading, inherit);
    font-size: var(--_text-lg);
    font-weight: var(--oz-font-weight-bold, 700);
  }
  .note {
    margin: 0;
    color: var(--_muted);
    font-size: var(--_text-sm);
  }
  /* Wraps (never hides a product sideways): columns of at least 140px, a card at most 240px wide. */
  .list {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 140px), 1fr));
    gap: calc(var(--oz-space, 8px) * 1.5);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item {
    display: grid;
    max-width: 240px;
    grid-template-rows: auto 1fr;
    min-width: 0;
    border: 1px solid var(--_card-border);
    border-radius: var(--_card-radius);
    background: var(--_card-bg);
    overflow: hidden;
  }
  .media {
    aspect-ratio: 4 / 3;
    background: var(--_surface-alt);
  }
  .media img {
    display: block;
    width: 100%;
    height: 100%;
    object-fit: cover;
  }
  .body {
    display: grid;
    align-content: start;
    gap: calc(var(--oz-space, 8px) * 0.5);
    padding: var(--oz-space, 8px);
  }
  .title {
    all: unset;
    color: var(--_text);
    cursor: pointer;
    font-weight: var(--oz-font-weight-semibold, 600);
    overflow-wrap: anywhere;
  }
  .title:hover {
    text-decoration: underline;
  }
  .title:focus-visible {
    outline: none;
    box-shadow: var(--oz-focus-ring, 0 0 0 3px var(--oz-focus-color, var(--oz-color-primary, #c2410c)));
    border-radius: 2px;
  }
  .price {
    margin: 0;
    color: var(--_text);
    font-weight: var(--oz-font-weight-bold, 700);
    font-variant-numeric: tabular-nums;
  }
  .reason {
    margin: 0;
    color: var(--_muted);
    font-size: var(--_text-sm);
  }
`;
