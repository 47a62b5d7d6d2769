/**
 * Styles of `<order-zone>`: a slim header bar with the shop name and the cart button, the current
 * view below. The "Added to cart" notice's and the "Sign out?" dialog's are beside their code
 * (`added-toast.styles.ts`, `zone-account.styles.ts`), which loads after the first paint.
 *
 * @module
 */
import { css } from 'lit';

export const orderZoneStyles = css`
  :host {
    display: block;
    --_max-width: var(--oz-zone-max-width, 1200px);
  }
  .zone {
    max-width: var(--_max-width);
    margin-inline: auto;
  }
  .bar {
    position: relative;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space) calc(var(--_space) * 2);
    padding-block: calc(var(--_space) * 1.5);
    margin-block-end: calc(var(--_space) * 3);
    border-block-end: 1px solid var(--_border);
  }
  .find-order {
    margin-inline-start: auto;
  }
  /* On a narrow page the bar wraps between its items, never inside "Find my order" or "Sign in". */
  .bar > .button,
  .cart-button {
    white-space: nowrap;
  }
  .brand {
    min-width: 0;
    font-size: 1.2em;
    font-weight: var(--_weight-bold);
    letter-spacing: -0.01em;
  }
  .shop-name {
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  /* "Skip to products": the first stop of the header for the keyboard, shown only while focused. */
  .skip-link {
    position: absolute;
    inset-inline-start: calc(var(--_space) * 2);
    z-index: 5;
    background: var(--_surface);
  }
  .skip-link:not(:focus) {
    width: 1px;
    height: 1px;
    min-height: 0;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    border: 0;
    white-space: nowrap;
  }
  .view-nav {
    margin-block: calc(var(--_space) * -1.5) calc(var(--_space) * 1.5);
  }
  .back-to-products {
    padding-inline: 0;
    gap: calc(var(--_space) * 0.75);
  }
  .zone-footer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 var(--_space);
    margin-block-start: calc(var(--_space) * 4);
    padding-block: calc(var(--_space) * 1.5);
    border-block-start: 1px solid var(--_border);
    font-size: var(--_text-sm);
  }
  .help-link {
    color: var(--_primary-text);
    font-weight: var(--_weight-semibold);
  }
  a.help-link {
    text-underline-offset: 0.2em;
  }
  .zone-footer .help-link.button {
    font-size: inherit;
    padding-inline: 0;
    min-height: 32px;
  }
  .view {
    min-height: 240px;
  }
  .view:focus {
    outline: none;
  }
  .config-error {
    display: grid;
    gap: var(--_space);
    padding: calc(var(--_space) * 2.5) calc(var(--_space) * 3);
    border: 1px solid color-mix(in srgb, var(--_danger) 40%, var(--_border));
    border-inline-start-width: 5px;
    border-radius: var(--_radius);
    background: color-mix(in srgb, var(--_danger) 6%, var(--_surface));
  }
  .config-error p {
    margin: 0;
  }
  .config-error-title {
    font-weight: var(--_weight-bold);
    color: var(--_danger);
  }
  .config-error-detail {
    font-size: 0.9em;
    color: var(--_muted);
  }
  .config-error code {
    font-family: var(--_font-mono);
    color: var(--_text);
    overflow-wrap: anywhere;
  }
`;
