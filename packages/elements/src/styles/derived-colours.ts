/**
 * Colours derived from a merchant's brand colour in CSS alone, so text stays readable (WCAG AA,
 * 4.5:1) whatever colour `--oz-color-primary` holds (hex, `rgb()`, `hsl()`, a name, `light-dark()`)
 * and follows it live when it changes: no script reads or watches it.
 *
 * Each function returns a CSS colour expression built with relative colour syntax
 * (`color(from <colour> srgb-linear r g b)`, in every evergreen browser since 2024). In linear-light
 * sRGB the WCAG relative luminance is a weighted sum of the channels, `Y = 0.2126 r + 0.7152 g +
 * 0.0722 b`, and mixing with black or white moves it in proportion, so the contrast against a known
 * colour can be reached exactly instead of guessed in a perceptual space. `contrast-color()` picks
 * black or white the same way (Chromium 156 has it) but is not in every browser shoppers use yet,
 * and nothing in CSS darkens or lightens a colour to a contrast target; computing in script would
 * have to watch the token to follow it. The expressions are a few hundred bytes of CSS in all.
 *
 * Each is a `CSSResult` to interpolate into a `css` block: style files then need no `unsafeCSS` of
 * their own, which would keep the bundle's template minifier from minifying them.
 *
 * @module
 */
import { unsafeCSS, type CSSResult } from 'lit';

/** WCAG relative luminance of the origin colour's linear channels. */
const Y = '(0.2126 * r + 0.7152 * g + 0.0722 * b)';

/** A colour with each linear-light channel `c` replaced by `channel(c)`. */
function linear(colour: string, channel: (c: 'r' | 'g' | 'b') => string): CSSResult {
  return unsafeCSS(`color(from ${colour} srgb-linear ${(['r', 'g', 'b'] as const).map((c) => `calc(${channel(c)})`).join(' ')})`);
}

/**
 * Luminance at which white and black text contrast equally with a background (4.58:1 each):
 * `(1.05 / (Y + 0.05)) = ((Y + 0.05) / 0.05)`.
 */
const EVEN = 0.1791;

/**
 * Text for a background `colour`: white where white contrasts more, else black; at least 4.58:1
 * either way. A first relative colour holds that choice (1 or 0) in its red channel; a second turns
 * it into white or black.
 */
export function textOn(colour: string): CSSResult {
  return unsafeCSS(`color(from color(from ${colour} srgb-linear calc(clamp(0, (${EVEN} - ${Y}) * 1e5, 1)) 0 0) srgb-linear r r r)`);
}

/**
 * Highest luminance of text in the brand colour on the light palette's surfaces: 4.6:1 on
 * `surface-alt` (#f7f5f3), 5:1 on white.
 */
const LIGHT_SURFACE_MAX = 0.16;
/** Lowest luminance of text in the brand colour on the dark palette's surfaces: 4.6:1 on `surface-alt` (#292524). */
const DARK_SURFACE_MIN = 0.27;

/**
 * `colour` as text on the light palette's surfaces: unchanged when it is dark enough, else mixed
 * with black (same hue) until it reaches 4.5:1.
 */
export function textOnLightSurface(colour: string): CSSResult {
  return linear(colour, (c) => `${c} * min(1, ${LIGHT_SURFACE_MAX} / ${Y})`);
}

/**
 * `colour` as text on the dark palette's surfaces: unchanged when it is light enough, else mixed
 * with white until it reaches 4.5:1 (the variant of the brand colour dark mode uses for text).
 */
export function textOnDarkSurface(colour: string): CSSResult {
  return linear(colour, (c) => `${c} + (1 - ${c}) * max(0, (${DARK_SURFACE_MIN} - ${Y}) / (1.0001 - ${Y}))`);
}

/**
 * `var(<variable>, <fallback>)` as a `CSSResult`: a colour set by hand, else a derived one. (A `css`
 * block holding only a value is not a stylesheet the template minifier can parse: it would leave
 * the whole style file unminified.)
 */
export function varOr(variable: `--${string}`, fallback: CSSResult): CSSResult {
  return unsafeCSS(`var(${variable}, ${fallback.cssText})`);
}
