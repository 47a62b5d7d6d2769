/**
 * Styles of `<order-help>`.
 *
 * @module
 */
import { css } from 'lit';

export const orderHelpStyles = css`
  :host {
    display: block;
  }
  .help {
    display: grid;
    gap: calc(var(--_space) * 2);
    max-width: var(--oz-help-max-width, 760px);
    padding: calc(var(--_space) * 2.5);
    border: 1px solid var(--_card-border);
    border-radius: var(--_card-radius);
    background: var(--_card-bg);
  }
  [hidden] {
    display: none !important;
  }
  .heading {
    font-family: var(--_font-heading);
    font-size: var(--_text-lg);
    font-weight: var(--_weight-bold);
    line-height: 1.3;
  }
  .intro p,
  .answer p,
  .config-error p {
    margin: 0;
  }
  .section-heading {
    font-family: var(--_font-heading);
    font-weight: var(--_weight-semibold);
    margin-bottom: var(--_space);
  }
  .faq-list {
    list-style: none;
    margin: 0;
    padding: 0;
    border-top: 1px solid var(--_border);
  }
  .faq-item {
    border-bottom: 1px solid var(--_border);
  }
  .question {
    display: flex;
    width: 100%;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
    min-height: var(--_control-height);
    padding: var(--_space) calc(var(--_space) * 0.5);
    border: 0;
    background: transparent;
    color: inherit;
    font: inherit;
    font-weight: var(--_weight-semibold);
    text-align: inherit;
    cursor: pointer;
    border-radius: calc(var(--_radius) * 0.6);
  }
  .question:focus-visible {
    outline: none;
    box-shadow: var(--_focus);
  }
  .chevron {
    flex: none;
    width: 0.55em;
    height: 0.55em;
    border-right: 2px solid currentColor;
    border-bottom: 2px solid currentColor;
    transform: rotate(45deg);
    transition: transform var(--_transition);
  }
  .question[aria-expanded='true'] .chevron {
    transform: rotate(-135deg);
  }
  .answer {
    display: grid;
    gap: var(--_space);
    padding: 0 calc(var(--_space) * 0.5) calc(var(--_space) * 1.5);
    white-space: pre-line;
    color: var(--_text);
  }
  .channels {
    display: grid;
    gap: var(--_space);
    margin: 0;
  }
  .channel {
    display: grid;
    grid-template-columns: minmax(6em, max-content) 1fr;
    gap: calc(var(--_space) * 2);
    align-items: baseline;
  }
  .channel dt {
    color: var(--_muted);
  }
  .channel dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .wechat {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }
  .wechat-id {
    font-family: var(--_font-mono);
  }
  a {
    color: var(--_primary-text);
    border-radius: 4px;
  }
  .config-error {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    padding: calc(var(--_space) * 1.5);
    border: 1px solid var(--_danger);
    border-radius: var(--_radius);
    color: var(--_danger);
    font-size: var(--_text-sm);
  }
  .config-error .muted {
    color: var(--_muted);
  }
  code {
    font-family: var(--_font-mono);
    overflow-wrap: anywhere;
  }
`;
