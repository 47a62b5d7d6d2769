/**
 * Styles of `<order-detail>`.
 *
 * @module
 */
import { css } from 'lit';

export const orderDetailStyles = css`
  :host {
    display: block;
  }
  .detail {
    display: grid;
    gap: calc(var(--_space) * 2);
    max-width: var(--oz-order-detail-max-width, 760px);
    margin-inline: auto;
  }
  .header {
    display: grid;
    gap: var(--_space);
  }
  .header p {
    margin: 0;
  }
  h2 {
    margin: 0;
    font-size: var(--_text-xl);
    line-height: 1.25;
    overflow-wrap: anywhere;
  }
  h2 .order-number {
    white-space: nowrap;
  }
  h2:focus,
  h4:focus,
  .notice:focus {
    outline: none;
  }
  h3 {
    margin: 0 0 var(--_space);
    font-size: 1.05em;
  }
  h4 {
    margin: 0;
    font-size: 1em;
  }
  .status {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 0.5) var(--_space);
  }
  .card {
    padding: calc(var(--_space) * 2.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .notice {
    padding: calc(var(--_space) * 1.5) calc(var(--_space) * 2);
    border-radius: var(--_radius);
    border: 1px solid var(--_success);
    background: color-mix(in srgb, var(--_success) 8%, var(--_surface));
  }
  .notice.error {
    border-color: var(--_danger);
    background: color-mix(in srgb, var(--_danger) 8%, var(--_surface));
  }
  .actions,
  .form-buttons {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .button.danger {
    color: var(--_danger);
  }
  .button.danger-solid {
    background: var(--_danger);
    border-color: var(--_danger);
    color: var(--_surface);
  }
  .action-form {
    display: grid;
    gap: calc(var(--_space) * 1.5);
    margin-top: calc(var(--_space) * 2);
    padding-top: calc(var(--_space) * 2);
    border-top: 1px solid var(--_border);
  }
  .action-form p {
    margin: 0;
  }
  .address-fields {
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }
  .row {
    display: grid;
    gap: calc(var(--_space) * 2);
    grid-template-columns: repeat(auto-fit, minmax(170px, 1fr));
  }
  .row.narrow {
    grid-template-columns: minmax(0, 240px);
  }
  .required {
    color: var(--_danger);
  }
  .optional,
  .hint {
    color: var(--_muted);
    font-size: var(--_text-sm);
    font-weight: normal;
  }
  textarea.input {
    resize: vertical;
    min-height: 88px;
  }
  .input.file {
    padding-block: calc(var(--_space) * 0.75);
    height: auto;
  }
  .photo-problems {
    margin: 0;
    padding-inline-start: 1.2em;
  }
  .photos {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space);
  }
  .photos.sent {
    grid-template-columns: repeat(auto-fill, minmax(88px, 1fr));
  }
  .photo {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 1.5);
  }
  .photo img {
    width: 72px;
    height: 72px;
    object-fit: cover;
    border-radius: calc(var(--_radius) * 0.6);
    background: var(--_surface-alt);
    flex: none;
  }
  .photo-text {
    display: grid;
    gap: 4px;
    flex: 1;
    min-width: 0;
  }
  .photo-name {
    overflow-wrap: anywhere;
  }
  .photo .ok {
    color: var(--_success);
  }
  progress {
    width: 100%;
  }
  .timeline {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space);
    border-inline-start: 2px solid var(--_border);
  }
  .timeline li {
    display: grid;
    gap: 2px;
    padding-inline-start: calc(var(--_space) * 2);
    position: relative;
  }
  .timeline li::before {
    content: '';
    position: absolute;
    inset-inline-start: -7px;
    top: 0.35em;
    width: 12px;
    height: 12px;
    border-radius: 50%;
    background: var(--_border);
  }
  .timeline li.current::before {
    background: var(--_primary);
  }
  .timeline-status {
    font-weight: var(--_weight-semibold);
  }
  .timeline-note {
    overflow-wrap: anywhere;
  }
  .pairs {
    margin: 0;
    display: grid;
    gap: var(--_space);
  }
  .pairs div {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .pairs dt {
    color: var(--_muted);
  }
  .pairs dd {
    margin: 0;
    font-weight: var(--_weight-semibold);
  }
  .mono {
    font-family: var(--_font-mono);
    user-select: all;
  }
  .details p,
  address,
  .card > p {
    margin: 0;
    font-style: normal;
    overflow-wrap: anywhere;
  }
  .summary-lines {
    --_line-image-size: 56px;
    --_line-image-bg: var(--_surface-alt);
    --_line-text-size: 1em;
    margin-bottom: calc(var(--_space) * 2);
  }
  .spinner {
    display: inline-block;
    width: 1em;
    height: 1em;
    margin-inline-end: 0.5em;
    border: 2px solid currentColor;
    border-right-color: transparent;
    border-radius: 50%;
    animation: spin 0.8s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }
  .help-entry {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 calc(var(--_space) * 0.5);
    margin: 0;
    font-size: var(--_text-sm);
  }
  .help-entry .button {
    padding-inline: 0;
    font-size: inherit;
  }
`;
