/**
 * Styles of `<sign-in>` (the code parts' own are in `one-time-code/one-time-code.styles.ts`).
 *
 * @module
 */
import { css } from 'lit';

export const signInStyles = css`
  :host {
    display: block;
  }
  .card {
    display: grid;
    gap: calc(var(--_space) * 1.5);
    max-width: var(--oz-sign-in-max-width, 480px);
    margin-inline: auto;
    padding: calc(var(--_space) * 2.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    justify-items: start;
  }
  .card .field {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    width: 100%;
  }
  h2 {
    margin: 0;
    font-size: var(--_text-xl);
  }
  h2:focus,
  .notice:focus {
    outline: none;
  }
  p {
    margin: 0;
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  legend {
    padding: 0;
    margin-block-end: calc(var(--_space) * 0.75);
    font-weight: var(--_weight-semibold);
  }
  .channels {
    display: flex;
    gap: var(--_space);
    flex-wrap: wrap;
  }
  .channel {
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_space) * 0.75);
    min-height: var(--_control-height);
    padding-inline: calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .channel:has(input:checked) {
    border-color: var(--_primary);
  }
  .channel input:focus-visible {
    outline: none;
    box-shadow: var(--_focus);
  }
  .required {
    color: var(--_danger);
  }
  .hint {
    color: var(--_muted);
    font-size: var(--_text-sm);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
  }
  .notice {
    padding: calc(var(--_space) * 1.5) calc(var(--_space) * 2);
    border-radius: var(--_radius);
    border: 1px solid var(--_border);
    background: var(--_surface-alt);
  }
  .notice.error {
    border-color: var(--_danger);
    background: color-mix(in srgb, var(--_danger) 8%, var(--_surface));
  }
`;
