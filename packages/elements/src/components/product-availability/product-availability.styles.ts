/**
 * Styles of `<product-availability>`.
 *
 * @module
 */
import { css } from 'lit';

export const productAvailabilityStyles = css`
  :host {
    display: inline-block;
    background: none;
    line-height: 1.35;
  }
  .availability {
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_space) * 0.75);
    margin: 0;
    font-weight: var(--_weight-semibold);
    color: var(--_level);
  }
  .availability::before {
    content: '';
    flex: none;
    width: 0.55em;
    height: 0.55em;
    border-radius: 50%;
    background: currentColor;
  }
  .in_stock {
    --_level: var(--oz-availability-in-stock-color, var(--_success));
  }
  .low_stock {
    --_level: var(--oz-availability-low-stock-color, var(--_warning));
  }
  .out_of_stock {
    --_level: var(--oz-availability-out-of-stock-color, var(--_danger));
  }
`;
