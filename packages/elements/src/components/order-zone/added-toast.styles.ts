/**
 * Styles of `<order-zone>`'s "Added to cart" notice (`added-toast.ts`): a toast at the bottom edge
 * of the window, or at the top. They join the zone's styles when the notice's code arrives, after
 * the first paint.
 *
 * @module
 */
import { css } from 'lit';

export const addedToastStyles = css`
  .toast-region {
    position: fixed;
    inset-inline: 0;
    bottom: calc(var(--_space) * 3);
    display: flex;
    justify-content: center;
    padding: 0 calc(var(--_space) * 2);
    pointer-events: none;
    z-index: 10;
  }
  /* When the shopper just acted in the lower half of the window (order-zone.ts, toastAtTop). */
  .toast-region.top {
    top: calc(var(--_space) * 3);
    bottom: auto;
  }
  .toast {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 1.5);
    max-width: 100%;
    padding-block: var(--_space);
    padding-inline: calc(var(--_space) * 2) var(--_space);
    border-radius: calc(var(--_radius) * 1.2);
    background: var(--_text);
    color: var(--_surface);
    box-shadow: 0 8px 28px color-mix(in srgb, var(--_text) 30%, transparent);
    pointer-events: auto;
    animation: oz-toast-in calc(var(--_duration) * 1.4) ease-out;
  }
  .toast-icon {
    display: inline-flex;
    color: var(--_surface);
  }
  .toast-text {
    font-weight: var(--_weight-semibold);
  }
  .toast-action {
    min-height: 36px;
    background: var(--_surface);
    border-color: var(--_surface);
    color: var(--_text);
  }
  .toast-close {
    display: inline-grid;
    place-items: center;
    width: 36px;
    height: 36px;
    border: 0;
    border-radius: 50%;
    background: transparent;
    color: var(--_surface);
    font: inherit;
    font-size: 1.4em;
    line-height: 1;
    cursor: pointer;
  }
  .toast-close:focus-visible,
  .toast-action:focus-visible {
    outline: none;
    box-shadow: 0 0 0 3px color-mix(in srgb, var(--_surface) 60%, transparent);
  }
  @keyframes oz-toast-in {
    from {
      opacity: 0;
      transform: translateY(12px);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .toast {
      animation: none;
    }
  }
`;
