/**
 * Styles of the page's own dialogs (`page-dialogs.ts`): a modal in the middle of the page, as wide
 * as a checkout needs, scrolling inside, full screen on a phone.
 *
 * @module
 */
import { css } from 'lit';

export const pageDialogsStyles = css`
  :host {
    background: none;
  }
  dialog {
    width: min(calc(100vw - 32px), var(--oz-page-dialog-width, 760px));
    max-width: 100vw;
    max-height: calc(100dvh - 32px);
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    box-shadow: var(--_shadow);
    overflow: auto;
    overscroll-behavior: contain;
  }
  dialog::backdrop {
    background: rgb(28 25 23 / 0.45);
  }
  @media (max-width: 600px) {
    dialog {
      width: 100vw;
      height: 100dvh;
      max-height: 100dvh;
      border: 0;
      border-radius: 0;
    }
  }
  .bar {
    position: sticky;
    top: 0;
    z-index: 1;
    display: flex;
    align-items: center;
    justify-content: flex-end;
    gap: var(--_space);
    padding: var(--_space) var(--_space) 0;
    background: var(--_surface);
  }
  .bar .demo-marker {
    margin: 0 auto 0 var(--_space);
  }
  .icon-button {
    display: inline-grid;
    place-items: center;
    min-width: 44px;
    padding: 0;
    font-size: 1.4em;
    line-height: 1;
  }
  .content {
    padding: 0 calc(var(--_space) * 2.5) calc(var(--_space) * 2.5);
  }
  .actions {
    display: flex;
    justify-content: flex-end;
    gap: var(--_space);
    padding: 0 calc(var(--_space) * 2.5) calc(var(--_space) * 2.5);
  }
  .footer-marker {
    margin-block-start: calc(var(--_space) * 2);
  }
`;
