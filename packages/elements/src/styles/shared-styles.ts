/**
 * Styles every OrderZone element shares: the design tokens, form controls, buttons and the
 * visually-hidden helper. Components add their own `<name>.styles.ts`.
 *
 * Tokens fall back from component to role to global, the way media-chrome does it: the cart's
 * checkout button reads `--oz-cart-checkout-bg`, then the role token `--oz-button-primary-bg`, then
 * the global `--oz-color-primary`, then the default of the active colour scheme. Elements read them
 * through private `--_*` variables (an implementation detail; never set those).
 *
 * Colour scheme: every default colour is a `light-dark()` pair, resolved by the CSS `color-scheme`
 * in force. Without a `theme` attribute an element inherits it from the page around it (the
 * `color-scheme` of the root element, or `<meta name="color-scheme">`), so a page that declares
 * nothing gets the light palette and one that declares `light dark` the shopper's preference.
 * `theme="light"`, `"dark"` or `"auto"` sets `color-scheme` on the element, and every OrderZone
 * element inside it inherits that. Tokens a designer sets win in both schemes.
 *
 * The text colours that sit on the brand colour, or show it on a surface, are derived from it
 * (`derived-colours.ts`) unless set by hand, so any `--oz-color-primary` keeps text at 4.5:1.
 *
 * Global tokens: every element reads the tokens listed below, so they are documented here once
 * (and, for designers, in docs/theming.md: "Global tokens" and "Role tokens"). Each element's TSDoc
 * lists only its own tokens, and a global one only where it uses it for something of its own. The
 * Custom Elements Manifest still gives every element the complete list: its generation
 * (`custom-elements-manifest.config.mjs`) adds these to each element that does not list them itself.
 *
 * @cssprop [--oz-color-primary=#c2410c] - Accent: primary buttons, links, selection (dark scheme: #fb923c).
 * @cssprop [--oz-color-on-primary=derived] - Text on the accent colour; by default white or near-black, whichever reads at 4.5:1 or more on it.
 * @cssprop [--oz-color-primary-text=derived] - The accent as text on surfaces (links, link buttons); by default the accent, darkened (light) or lightened (dark) to 4.5:1.
 * @cssprop [--oz-color-text=#1c1917] - Text (dark: #f5f5f4).
 * @cssprop [--oz-color-muted=#6b6460] - Secondary text (dark: #b5aea9).
 * @cssprop [--oz-color-surface=#ffffff] - Cards, inputs, panels (dark: #1c1917).
 * @cssprop [--oz-color-surface-alt=#f7f5f3] - Image placeholders, notices, summaries (dark: #292524).
 * @cssprop [--oz-color-canvas=transparent] - Background of the element itself (dark: #1c1917).
 * @cssprop [--oz-canvas-padding=16px] - Inner padding of the dark panel an element paints with `theme="dark"` (or `auto` in dark mode) on a light page.
 * @cssprop [--oz-color-border=#e2ddd8] - Borders and dividers (dark: #44403c).
 * @cssprop [--oz-color-danger=#b91c1c] - Errors (dark: #f87171).
 * @cssprop [--oz-color-success=#15803d] - In stock, discounts, success (dark: #4ade80).
 * @cssprop [--oz-color-warning=#a16207] - Low stock, notices, pending statuses (dark: #facc15).
 * @cssprop [--oz-color-sale=#b91c1c] - Sale prices and badges (dark: #f87171).
 * @cssprop [--oz-font-family=system-ui, …] - Text font.
 * @cssprop [--oz-font-family-heading=var(--oz-font-family)] - Heading font.
 * @cssprop [--oz-font-family-mono=ui-monospace, …] - Codes and references.
 * @cssprop [--oz-font-size=15px] - Base size; the scale is relative to it.
 * @cssprop [--oz-font-size-sm=0.875em] - Small text: hints, meta, errors.
 * @cssprop [--oz-font-size-lg=1.15em] - Totals and sub-headings.
 * @cssprop [--oz-font-size-xl=1.6em] - Page headings.
 * @cssprop [--oz-font-weight-medium=500] - Medium weight.
 * @cssprop [--oz-font-weight-semibold=600] - Labels, buttons, titles.
 * @cssprop [--oz-font-weight-bold=700] - Prices and headings.
 * @cssprop [--oz-radius=10px] - Corner radius.
 * @cssprop [--oz-space=8px] - Spacing unit; gaps and paddings are multiples of it.
 * @cssprop [--oz-density=1] - Multiplies spacing and control height: 0.8 compact, 1.15 comfortable.
 * @cssprop [--oz-control-height=44px] - Height of buttons and inputs (default 44px × density, at least 32px).
 * @cssprop [--oz-shadow=soft two-layer shadow] - Raised cards and panels.
 * @cssprop [--oz-motion-duration=150ms] - Duration of hover and state transitions (0s under prefers-reduced-motion).
 * @cssprop [--oz-motion-easing=ease] - Easing of transitions.
 * @cssprop [--oz-transition=150ms ease] - Shorthand overriding duration and easing together.
 * @cssprop [--oz-button-bg=var(--oz-color-surface)] - Secondary buttons: background.
 * @cssprop [--oz-button-text=var(--oz-color-text)] - Secondary buttons: text.
 * @cssprop [--oz-button-border-color=var(--oz-color-border)] - Buttons: border.
 * @cssprop [--oz-button-radius=var(--oz-radius)] - Buttons: corners.
 * @cssprop [--oz-button-font-weight=var(--oz-font-weight-semibold)] - Buttons: weight.
 * @cssprop [--oz-button-primary-bg=var(--oz-color-primary)] - Primary buttons: background.
 * @cssprop [--oz-button-primary-text=var(--oz-color-on-primary)] - Primary buttons: text.
 * @cssprop [--oz-input-bg=var(--oz-color-surface)] - Inputs: background.
 * @cssprop [--oz-input-text=var(--oz-color-text)] - Inputs: text.
 * @cssprop [--oz-input-border-color=var(--oz-color-border)] - Inputs: border.
 * @cssprop [--oz-input-radius=calc(var(--oz-radius) * 0.8)] - Inputs: corners.
 * @cssprop [--oz-card-bg=var(--oz-color-surface)] - Cards: background.
 * @cssprop [--oz-card-border-color=var(--oz-color-border)] - Cards: border.
 * @cssprop [--oz-card-radius=var(--oz-radius)] - Cards: corners.
 * @cssprop [--oz-card-shadow=var(--oz-shadow)] - Cards: shadow.
 * @cssprop [--oz-badge-bg=var(--oz-color-primary)] - Badges: background.
 * @cssprop [--oz-badge-text=var(--oz-color-on-primary)] - Badges: text.
 * @cssprop [--oz-badge-radius=999px] - Badges: corners.
 * @cssprop [--oz-focus-color=var(--oz-color-primary)] - Colour of the keyboard focus ring.
 * @cssprop [--oz-focus-ring=3px ring in the focus colour] - The whole focus ring (a box-shadow).
 * @cssprop [--oz-demo-marker-bg=a tint of --oz-color-warning] - The "Demo" marker (no backend configured): background.
 * @cssprop [--oz-demo-marker-text=var(--oz-color-text)] - The "Demo" marker: text.
 *
 * @module
 */
import { css } from 'lit';
import { textOn, textOnDarkSurface, textOnLightSurface } from './derived-colours.ts';
import { pair } from './palette.ts';

export { DARK_PALETTE, LIGHT_PALETTE } from './palette.ts';

export const tokens = css`
  :host([theme='light']) {
    color-scheme: light;
  }
  /* An element whose own theme paints the dark canvas is a panel on a light page: room inside it. */
  :host([theme='dark']) {
    color-scheme: dark;
    padding: var(--oz-canvas-padding, calc(var(--_space) * 2));
    border-radius: var(--_radius);
  }
  :host([theme='auto']) {
    color-scheme: light dark;
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      padding: var(--oz-canvas-padding, calc(var(--_space) * 2));
      border-radius: var(--_radius);
    }
  }
  :host {
    /* Global colour tokens. */
    --_primary: var(--oz-color-primary, ${pair('primary')});
    --_text: var(--oz-color-text, ${pair('text')});
    --_muted: var(--oz-color-muted, ${pair('muted')});
    --_surface: var(--oz-color-surface, ${pair('surface')});
    --_surface-alt: var(--oz-color-surface-alt, ${pair('surface-alt')});
    --_canvas: var(--oz-color-canvas, ${pair('canvas')});
    --_border: var(--oz-color-border, ${pair('border')});
    --_danger: var(--oz-color-danger, ${pair('danger')});
    --_success: var(--oz-color-success, ${pair('success')});
    --_warning: var(--oz-color-warning, ${pair('warning')});
    --_sale: var(--oz-color-sale, ${pair('sale')});
    --_primary-text: var(--oz-color-primary-text, light-dark(${textOnLightSurface('var(--_primary)')}, ${textOnDarkSurface('var(--_primary)')}));
    --_shadow: var(--oz-shadow, 0 1px 2px light-dark(rgb(0 0 0 / 0.06), rgb(0 0 0 / 0.5)), 0 4px 14px light-dark(rgb(0 0 0 / 0.06), rgb(0 0 0 / 0.45)));

    /* Typography. */
    /* Latin from the platform's UI fonts that have no Han glyphs, then the CJK fonts of the element's
       language (--_font-cjk, below), and only then system-ui: a system font first would draw Chinese
       with Japanese glyph shapes on a Japanese system (Yu Gothic UI, Hiragino). */
    --_font-latin: -apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'Helvetica Neue', Arial;
    --_font-cjk: 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Source Han Sans SC', 'Noto Sans CJK SC', 'Noto Sans SC', 'WenQuanYi Micro Hei';
    --_font: var(--oz-font-family, var(--_font-latin), var(--_font-cjk), system-ui, sans-serif);
    --_font-heading: var(--oz-font-family-heading, var(--_font));
    --_font-mono: var(--oz-font-family-mono, ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace);
    --_font-size: var(--oz-font-size, 15px);
    --_text-sm: var(--oz-font-size-sm, 0.875em);
    --_text-lg: var(--oz-font-size-lg, 1.15em);
    --_text-xl: var(--oz-font-size-xl, 1.6em);
    --_weight-medium: var(--oz-font-weight-medium, 500);
    --_weight-semibold: var(--oz-font-weight-semibold, 600);
    --_weight-bold: var(--oz-font-weight-bold, 700);

    /* Shape, spacing and density. */
    --_radius: var(--oz-radius, 10px);
    --_space: calc(var(--oz-space, 8px) * var(--oz-density, 1));
    --_control-height: var(--oz-control-height, max(32px, calc(44px * var(--oz-density, 1))));

    /* Motion. */
    --_duration: var(--oz-motion-duration, 150ms);
    --_easing: var(--oz-motion-easing, ease);
    --_transition: var(--oz-transition, var(--_duration) var(--_easing));

    /* Roles: buttons, inputs, cards, badges, focus. */
    --_button-bg: var(--oz-button-bg, var(--_surface));
    --_button-text: var(--oz-button-text, var(--_text));
    --_button-border: var(--oz-button-border-color, var(--_border));
    --_button-radius: var(--oz-button-radius, var(--_radius));
    --_button-weight: var(--oz-button-font-weight, var(--_weight-semibold));
    --_button-primary-bg: var(--oz-button-primary-bg, var(--_primary));
    /* Unset unless given by hand: \`.button.primary\` then derives it from its background. */
    --_button-primary-text: var(--oz-button-primary-text, var(--oz-color-on-primary));
    --_input-bg: var(--oz-input-bg, var(--_surface));
    --_input-text: var(--oz-input-text, var(--_text));
    --_input-border: var(--oz-input-border-color, var(--_border));
    --_input-radius: var(--oz-input-radius, calc(var(--_radius) * 0.8));
    --_card-bg: var(--oz-card-bg, var(--_surface));
    --_card-border: var(--oz-card-border-color, var(--_border));
    --_card-radius: var(--oz-card-radius, var(--_radius));
    --_card-shadow: var(--oz-card-shadow, var(--_shadow));
    --_badge-bg: var(--oz-badge-bg, var(--_primary));
    --_badge-text: var(--oz-badge-text, var(--oz-color-on-primary, ${textOn('var(--_badge-bg)')}));
    --_badge-radius: var(--oz-badge-radius, 999px);
    --_focus-color: var(--oz-focus-color, var(--_primary));
    --_focus: var(--oz-focus-ring, 0 0 0 3px color-mix(in srgb, var(--_focus-color) 45%, transparent));

    font-family: var(--_font);
    font-size: var(--_font-size);
    color: var(--_text);
    background: var(--_canvas);
    line-height: 1.5;
    box-sizing: border-box;
    /* Text from the catalog or a backend may be one word longer than the element is wide (a name,
       a label, a tracking number): it breaks anywhere rather than widening the page, and, unlike
       break-word, also lets grid and flex items holding it shrink. */
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none !important;
  }
  /* The CJK fonts of the element's language (its lang is its locale): Traditional Chinese,
     Japanese and Korean have glyph shapes of their own. Simplified Chinese is the default. */
  :host(:lang(zh-TW)),
  :host(:lang(zh-HK)),
  :host(:lang(zh-MO)) {
    --_font-cjk: 'PingFang TC', 'Hiragino Sans CNS', 'Microsoft JhengHei', 'Source Han Sans TC', 'Noto Sans CJK TC', 'Noto Sans TC';
  }
  :host(:lang(ja)) {
    --_font-cjk: 'Hiragino Sans', 'Hiragino Kaku Gothic ProN', 'Yu Gothic UI', 'Yu Gothic', Meiryo, 'Source Han Sans JP', 'Noto Sans CJK JP', 'Noto Sans JP';
  }
  :host(:lang(ko)) {
    --_font-cjk: 'Apple SD Gothic Neo', 'Malgun Gothic', 'Source Han Sans KR', 'Noto Sans CJK KR', 'Noto Sans KR';
  }
  /* Right to left: every run of text takes the direction of its first letter, as dir="auto" does,
     so English messages, counts and product data keep their order ("17 products", "0 / 500
     characters", a full stop at the end) inside the mirrored layout, and Arabic or Hebrew text stays
     right to left. Text is aligned to the right, the start of the page, whichever way it runs. */
  :host(:dir(rtl)) {
    text-align: right;
  }
  :host(:dir(rtl)) :is(h1, h2, h3, h4, p, li, dt, dd, label, legend, caption, th, td, figcaption, summary, span, strong, small, em, time, a, button, input, textarea),
  :host(:dir(rtl)) ::placeholder {
    unicode-bidi: plaintext;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  h1,
  h2,
  h3 {
    font-family: var(--_font-heading);
  }
  @media (prefers-reduced-motion: reduce) {
    :host {
      --_duration: 0s;
      --_transition: 0s;
    }
    *,
    *::before,
    *::after {
      transition-duration: 0s !important;
    }
  }
`;

export const controls = css`
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: calc(var(--_space) * 0.75);
    min-height: var(--_control-height);
    padding: 0 calc(var(--_space) * 2.25);
    border: 1px solid var(--_button-border);
    border-radius: var(--_button-radius);
    background: var(--_button-bg);
    color: var(--_button-text);
    font: inherit;
    font-weight: var(--_button-weight);
    /* A button's label is OrderZone's own: its words stay whole, the button never squeezed below them. */
    overflow-wrap: break-word;
    cursor: pointer;
    transition: background var(--_transition), border-color var(--_transition), box-shadow var(--_transition);
  }
  .button:hover:not(:disabled) {
    border-color: var(--_muted);
  }
  .button.primary {
    background: var(--_button-primary-bg);
    border-color: var(--_button-primary-bg);
    /* Set by hand, else derived from the button's own background. */
    color: var(--_button-primary-text, ${textOn('var(--_button-primary-bg)')});
  }
  .button.primary:hover:not(:disabled) {
    background: color-mix(in srgb, var(--_button-primary-bg) 88%, black);
  }
  .button.link {
    border-color: transparent;
    background: transparent;
    color: var(--_primary-text);
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
    min-height: var(--_control-height);
    padding: calc(var(--_space) * 1) calc(var(--_space) * 1.5);
    border: 1px solid var(--_input-border);
    border-radius: var(--_input-radius);
    background: var(--_input-bg);
    color: var(--_input-text);
    font: inherit;
  }
  .input[aria-invalid='true'] {
    border-color: var(--_danger);
  }
  /* Native controls follow the theme: radios, check boxes and progress bars take the accent colour
     (never the browser's blue), and their light or dark look follows the colour scheme. */
  input[type='radio'],
  input[type='checkbox'],
  input[type='range'],
  progress {
    accent-color: var(--_primary);
  }
  /* A file input: its button looks like OrderZone's buttons, and the browser's own "No file chosen"
     (or the last file's name) is not shown: the element lists the files itself, with thumbnails. */
  input[type='file'] {
    color: transparent;
    font: inherit;
  }
  input[type='file']::file-selector-button {
    min-height: calc(var(--_control-height) - 12px);
    margin-inline-end: var(--_space);
    padding: 0 calc(var(--_space) * 2);
    border: 1px solid var(--_button-border);
    border-radius: var(--_button-radius);
    background: var(--_button-bg);
    color: var(--_button-text);
    font: inherit;
    font-weight: var(--_button-weight);
    cursor: pointer;
  }
  input[type='file']:hover:not(:disabled)::file-selector-button {
    border-color: var(--_muted);
  }
  input[type='file']:disabled::file-selector-button {
    opacity: 0.55;
    cursor: not-allowed;
  }
  .field {
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }
  .label {
    font-weight: var(--_weight-semibold);
    font-size: 0.9em;
  }
  .field-error {
    color: var(--_danger);
    font-size: var(--_text-sm);
  }
  .muted {
    color: var(--_muted);
  }
  .price-was {
    color: var(--_muted);
    text-decoration: line-through;
  }
  /* An amount of money never breaks inside its number ("CN¥888.0" / "0"): it wraps as a whole, or
     the column it sits in makes room for it. */
  .money,
  .price-was,
  .price-summary dd {
    white-space: nowrap;
    overflow-wrap: normal;
  }
  /* Content that could not load (a part of the zone, a product): why, and Try again. */
  .load-problem {
    display: grid;
    justify-items: start;
    gap: calc(var(--_space) * 1.5);
    padding: calc(var(--_space) * 3);
    border: 1px solid color-mix(in srgb, var(--_danger) 30%, var(--_border));
    border-radius: var(--_radius);
    background: color-mix(in srgb, var(--_danger) 5%, var(--_surface));
  }
  .load-problem p {
    margin: 0;
  }
  /* "Demo: no real orders or payments", above an element that runs on the demo backend (see
     demo-marker.ts): small, in the flow, covering nothing. */
  .demo-marker {
    display: block;
    inline-size: fit-content;
    max-inline-size: 100%;
    margin: 0 0 var(--_space);
    padding: 2px calc(var(--_space) * 1.25);
    border: 1px solid color-mix(in srgb, var(--_warning) 55%, transparent);
    border-radius: var(--_badge-radius);
    background: var(--oz-demo-marker-bg, color-mix(in srgb, var(--_warning) 12%, var(--_surface)));
    color: var(--oz-demo-marker-text, var(--_text));
    font-size: var(--_text-sm);
    font-weight: var(--_weight-medium);
    line-height: 1.4;
  }
  /* An empty state ("Your cart is empty", "No order yet"): centred, with room around it. */
  .empty {
    display: grid;
    justify-items: center;
    gap: var(--_space);
    padding: calc(var(--_space) * 5) calc(var(--_space) * 2);
    text-align: center;
  }
  .empty p {
    margin: 0 0 var(--_space);
  }
  /* Busy: a small turning ring beside a button's words ("Placing order…", "Checking your payment…"). */
  .spinner {
    display: inline-block;
    flex: none;
    width: 1em;
    height: 1em;
    vertical-align: -0.15em;
    border: 2px solid currentColor;
    border-inline-end-color: transparent;
    border-radius: 50%;
    animation: oz-spin 0.8s linear infinite;
  }
  @keyframes oz-spin {
    to {
      transform: rotate(360deg);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation-duration: 2.4s;
    }
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
