/**
 * The status pill of an order ("Awaiting payment", "Refund declined"), one look wherever an order's
 * status shows (`<order-confirmation>`, `<order-detail>`, `<order-list>`): its words on one line,
 * never wrapped inside the pill; in the tone the core gives its status (`orderStatusTone`,
 * `afterSaleStatusTone`, set as `data-tone`): amber while it waits, green once it went the
 * shopper's way, red when it ended otherwise.
 *
 * @module
 */
import { css } from 'lit';

export const statusBadgeStyles = css`
  .badge {
    display: inline-block;
    max-inline-size: 100%;
    padding: 2px calc(var(--_space) * 1.25);
    border-radius: var(--_badge-radius);
    font-weight: var(--_weight-semibold);
    font-size: var(--_text-sm);
    line-height: 1.5;
    white-space: nowrap;
    overflow-wrap: normal;
    background: color-mix(in srgb, var(--_warning) 12%, var(--_surface));
    color: color-mix(in srgb, var(--_warning) 70%, var(--_text));
  }
  .badge[data-tone='success'] {
    background: color-mix(in srgb, var(--_success) 12%, var(--_surface));
    color: color-mix(in srgb, var(--_success) 70%, var(--_text));
  }
  .badge[data-tone='danger'] {
    background: color-mix(in srgb, var(--_danger) 10%, var(--_surface));
    color: color-mix(in srgb, var(--_danger) 80%, var(--_text));
  }
`;
