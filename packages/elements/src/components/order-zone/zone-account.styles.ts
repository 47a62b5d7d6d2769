/**
 * Styles of `<order-zone>`'s "Sign out?" dialog (`zone-account.ts`). They join the zone's styles
 * when the account part of its header arrives, after the first paint.
 *
 * @module
 */
import { css } from 'lit';

export const zoneAccountStyles = css`
  .sign-out-dialog {
    max-width: min(92vw, 460px);
    padding: calc(var(--_space) * 3);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    box-shadow: var(--_shadow);
  }
  .sign-out-dialog::backdrop {
    background: rgb(0 0 0 / 0.4);
  }
  .sign-out-dialog h2 {
    margin: 0 0 var(--_space);
    font-size: var(--_text-lg);
  }
  .sign-out-dialog p {
    margin: 0 0 var(--_space);
  }
  .dialog-actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: var(--_space);
    margin-block-start: calc(var(--_space) * 2);
  }
`;
