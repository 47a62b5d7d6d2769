/**
 * Styles of `<quote-requests>`.
 *
 * @module
 */
import { css } from 'lit';

export const quoteRequestsStyles = css`
  :host {
    display: block;
  }
  .quotes {
    display: grid;
    gap: calc(var(--_space) * 2.5);
    max-width: var(--oz-quote-requests-max-width, 880px);
    margin-inline: auto;
  }
  form {
    display: grid;
    gap: calc(var(--_space) * 2);
    padding: calc(var(--_space) * 2.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  h2,
  h3,
  h4,
  p {
    margin: 0;
  }
  h2 {
    font-size: var(--_text-xl);
  }
  h3 {
    font-size: var(--_text-lg, 1.125rem);
  }
  h4 {
    font-size: 1rem;
  }
  fieldset {
    display: grid;
    gap: var(--_space);
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  legend {
    padding: 0;
    margin-bottom: var(--_space);
  }
  .hint {
    font-size: var(--_text-sm);
  }
  textarea.input {
    height: auto;
    min-height: 5em;
  }
  .row {
    display: grid;
    gap: calc(var(--_space) * 1.5);
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 200px), 1fr));
  }
  .draft-lines,
  .requests {
    display: grid;
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .draft-line {
    display: grid;
    grid-template-columns: minmax(0, 1fr) 6.5em auto;
    gap: var(--_space);
    align-items: center;
    padding-bottom: var(--_space);
    border-bottom: 1px solid var(--_border);
  }
  .draft-title {
    display: grid;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .sku {
    display: block;
    font-family: var(--_font-mono);
    font-size: var(--_text-sm);
    font-weight: normal;
  }
  .line-error {
    grid-column: 1 / -1;
    margin: 0;
  }
  .input.quantity {
    text-align: end;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
  }
  .feedback:empty {
    display: none;
  }
  .feedback {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
  }
  .empty {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .notice {
    padding: calc(var(--_space) * 1.5) calc(var(--_space) * 2);
    border: 1px solid var(--_success);
    border-radius: var(--_radius);
    background: color-mix(in srgb, var(--_success) 8%, var(--_surface));
  }
  .notice.error {
    border-color: var(--_danger);
    background: color-mix(in srgb, var(--_danger) 8%, var(--_surface));
  }
  .notice:focus,
  .request:focus {
    outline: none;
  }
  .list {
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }
  .request {
    display: grid;
    gap: var(--_space);
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .request[data-status='expired'],
  .request[data-status='withdrawn'],
  .request[data-status='declined'] {
    background: var(--_surface-alt);
  }
  .request[data-status='expired'] .quoted,
  .request[data-status='withdrawn'] .quoted {
    text-decoration: line-through;
    color: var(--_muted);
  }
  .request-head {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
    justify-content: space-between;
  }
  .small {
    font-size: var(--_text-sm);
  }
  table {
    width: 100%;
    border-collapse: collapse;
  }
  th,
  td {
    padding: calc(var(--_space) * 0.75) calc(var(--_space) * 0.5);
    text-align: start;
    border-bottom: 1px solid var(--_border);
    vertical-align: top;
  }
  thead th {
    white-space: nowrap;
    color: var(--_muted);
    font-size: var(--_text-sm);
    font-weight: var(--_weight-semibold);
  }
  tbody th {
    font-weight: normal;
    overflow-wrap: anywhere;
  }
  .num {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .quoted {
    font-weight: var(--_weight-semibold);
  }
  .offer {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    justify-items: end;
    text-align: end;
  }
  .note {
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  /* A phone: the list price column gives its room to the item and the quoted price. */
  @container (max-width: 480px) {
    .list-price {
      display: none;
    }
  }
  .quotes {
    container-type: inline-size;
  }
`;
