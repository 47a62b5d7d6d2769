/**
 * Styles of the "Order again" panel (`renderReorderPanel`) for an element that shows it without
 * cards of its own (`<order-list>`), so it looks as it does in `<order-detail>` (a card).
 *
 * @module
 */
import { css } from 'lit';

export const reorderPanelStyles = css`
  .reorder {
    display: grid;
    gap: var(--_space);
    padding: calc(var(--_space) * 2.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .reorder h3 {
    margin: 0;
    font-size: 1.05em;
  }
  .reorder h3:focus {
    outline: none;
  }
  .reorder p,
  .reorder ul {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .reorder ul {
    padding-inline-start: 1.25em;
  }
  .reorder .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
`;
