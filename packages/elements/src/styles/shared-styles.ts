/**
 * Styles every OrderZone element shares: the design tokens (as private `--_` variables falling back
 * from the public `--oz-*` custom properties to literal defaults), form controls, buttons and the
 * visually-hidden helper. Components add their own `<name>.styles.ts`.
 *
 * Global tokens a designer sets once (on `:root`, `order-zone` or any ancestor):
 * `--oz-color-primary`, `--oz-color-on-primary`, `--oz-color-text`, `--oz-color-muted`,
 * `--oz-color-surface`, `--oz-color-surface-alt`, `--oz-color-border`, `--oz-color-danger`,
 * `--oz-color-success`, `--oz-color-warning`, `--oz-color-sale`, `--oz-font-family`, `--oz-font-size`,
 * `--oz-radius`, `--oz-space`, `--oz-shadow`, `--oz-focus-ring`, `--oz-transition`.
 *
 * @module
 */
import { css } from 'lit';

export const tokens = css`
  :host {
    --_primary: var(--oz-color-primary, #c2410c);
    --_on-primary: var(--oz-color-on-primary, #ffffff);
    --_text: var(--oz-color-text, #1c1917);
    --_muted: var(--oz-color-muted, #6b6460);
    --_surface: var(--oz-color-surface, #ffffff);
    --_surface-alt: var(--oz-color-surface-alt, #f7f5f3);
    --_border: var(--oz-color-border, #e2ddd8);
    --_danger: var(--oz-color-danger, #b91c1c);
    --_success: var(--oz-color-success, #15803d);
    --_warning: var(--oz-color-warning, #a16207);
    --_sale: var(--oz-color-sale, #b91c1c);
    --_font: var(--oz-font-family, system-ui, -apple-system, 'Segoe UI', 'PingFang SC', 'Microsoft YaHei', sans-serif);
    --_font-size: var(--oz-font-size, 15px);
    --_radius: var(--oz-radius, 10px);
    --_space: var(--oz-space, 8px);
    --_shadow: var(--oz-shadow, 0 1px 2px rgb(0 0 0 / 0.06), 0 4px 12px rgb(0 0 0 / 0.06));
    --_focus: var(--oz-focus-ring, 0 0 0 3px color-mix(in srgb, var(--_primary) 40%, transparent));
    --_transition: var(--oz-transition, 150ms ease);
    font-family: var(--_font);
    font-size: var(--_font-size);
    color: var(--_text);
    line-height: 1.5;
    box-sizing: border-box;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  @media (prefers-reduced-motion: reduce) {
    :host {
      --_transition: 0s;
    }
  }
`;

export const controls = css`
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: calc(var(--_space) * 0.75);
    min-height: 44px;
    padding: 0 calc(var(--_space) * 2.25);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
    transition: background var(--_transition), border-color var(--_transition), box-shadow var(--_transition);
  }
  .button:hover:not(:disabled) {
    border-color: var(--_muted);
  }
  .button.primary {
    background: var(--_primary);
    border-color: var(--_primary);
    color: var(--_on-primary);
  }
  .button.primary:hover:not(:disabled) {
    background: color-mix(in srgb, var(--_primary) 88%, black);
  }
  .button.link {
    border-color: transparent;
    background: transparent;
    color: var(--_primary);
    min-height: 32px;
    padding: 0 calc(var(--_space) * 0.5);
  }
  .button:disabled {
    opacity: 0.55;
    cursor: not-allowed;
  }
  .button:focus-visible,
  .input:focus-visible,
  select.input:focus-visible,
  textarea.input:focus-visible,
  a:focus-visible,
  [tabindex]:focus-visible {
    outline: none;
    box-shadow: var(--_focus);
  }
  /* Headings take focus only so that keyboard and screen-reader users land on a new view; they are
     not controls, so they get no focus ring. */
  [tabindex='-1']:focus-visible {
    box-shadow: none;
  }
  .input {
    width: 100%;
    min-height: 44px;
    padding: calc(var(--_space) * 1) calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.8);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }
  .input[aria-invalid='true'] {
    border-color: var(--_danger);
  }
  .field {
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }
  .label {
    font-weight: 600;
    font-size: 0.9em;
  }
  .field-error {
    color: var(--_danger);
    font-size: 0.875em;
  }
  .muted {
    color: var(--_muted);
  }
  .price-was {
    color: var(--_muted);
    text-decoration: line-through;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .skeleton {
    background: linear-gradient(90deg, var(--_surface-alt) 25%, color-mix(in srgb, var(--_surface-alt) 60%, var(--_border)) 50%, var(--_surface-alt) 75%);
    background-size: 200% 100%;
    animation: oz-shimmer 1.4s infinite linear;
    border-radius: calc(var(--_radius) * 0.6);
  }
  @keyframes oz-shimmer {
    to {
      background-position: -200% 0;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton {
      animation: none;
    }
  }
`;
