/**
 * Styles of `<order-lookup>`.
 *
 * @module
 */
import { css } from 'lit';

export const orderLookupStyles = css`
  :host {
    display: block;
  }
  .lookup {
    display: grid;
    gap: calc(var(--_space) * 2);
    max-width: var(--oz-order-lookup-max-width, 760px);
    margin-inline: auto;
  }
  .card {
    display: grid;
    gap: calc(var(--_space) * 1.5);
    padding: calc(var(--_space) * 2.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    justify-items: start;
  }
  .card .field {
    width: min(100%, 420px);
  }
  h2 {
    margin: 0;
    font-size: var(--_text-xl);
  }
  h2:focus,
  .notice:focus,
  [part='detail']:focus {
    outline: none;
  }
  p {
    margin: 0;
  }
  .required {
    color: var(--_danger);
  }
  .hint {
    color: var(--_muted);
    font-size: var(--_text-sm);
  }
  .notice.error {
    padding: calc(var(--_space) * 1.5) calc(var(--_space) * 2);
    border-radius: var(--_radius);
    border: 1px solid var(--_danger);
    background: color-mix(in srgb, var(--_danger) 8%, var(--_surface));
  }
  .again {
    display: flex;
    justify-content: center;
  }
`;
