/**
 * Styles of the one-time-code parts, in `<sign-in>` and in `<checkout-form>`'s verification step.
 *
 * @module
 */
import { css } from 'lit';

/** The code input and the resend button, wherever a code is asked for. */
export const oneTimeCodeStyles = css`
  .code-input {
    max-width: 12em;
    font-family: var(--_font-mono);
    font-size: var(--_text-lg);
    letter-spacing: 0.3em;
  }
  .resend:disabled {
    color: var(--_muted);
    cursor: default;
    text-decoration: none;
  }
`;
