/**
 * The default colours of the light and the dark scheme, and each as the `light-dark()` pair the
 * design tokens fall back to (see `shared-styles.ts`).
 *
 * @module
 */
import { unsafeCSS, type CSSResult } from 'lit';

/** The default palette of each colour scheme: token name (after `--oz-color-`) → value. */
export const LIGHT_PALETTE = {
  primary: '#c2410c',
  text: '#1c1917',
  muted: '#6b6460',
  surface: '#ffffff',
  'surface-alt': '#f7f5f3',
  canvas: 'transparent',
  border: '#e2ddd8',
  danger: '#b91c1c',
  success: '#15803d',
  warning: '#a16207',
  sale: '#b91c1c',
} as const;

export const DARK_PALETTE: Record<keyof typeof LIGHT_PALETTE, string> = {
  primary: '#fb923c',
  text: '#f5f5f4',
  muted: '#b5aea9',
  surface: '#1c1917',
  'surface-alt': '#292524',
  canvas: '#1c1917',
  border: '#44403c',
  danger: '#f87171',
  success: '#4ade80',
  warning: '#facc15',
  sale: '#f87171',
};

/** `light-dark(<light>, <dark>)` of a palette key: the default of the colour scheme in force. */
export const pair = (key: keyof typeof LIGHT_PALETTE): CSSResult => unsafeCSS(`light-dark(${LIGHT_PALETTE[key]}, ${DARK_PALETTE[key]})`);
