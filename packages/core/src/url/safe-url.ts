/**
 * The one rule for URLs that come from the catalog, a backend or a merchant's configuration and end
 * up in the page: which may be an image's `src`, which may be a link's `href` (or a redirect).
 *
 * The scheme is read the way the browser will read it (the WHATWG URL parser, so ` JavaScript:`,
 * `java\tscript:` and `DATA:text/html` are what they are), and only these pass:
 *
 * | use | allowed |
 * |---|---|
 * | image | `http:`, `https:`, relative URLs, `data:image/*`, `blob:` |
 * | link | `http:`, `https:`, relative URLs |
 *
 * Everything else (`javascript:`, `data:text/html`, `vbscript:`, `file:`, a URL the parser refuses...)
 * is refused: elements show their placeholder image, or no link.
 *
 * - `data:image/svg+xml` is allowed as an image on purpose: an SVG loaded by `<img>` runs no script
 *   and fetches nothing (browsers load images in "secure animated" mode); it could only run script
 *   when opened as a document, and browsers refuse to navigate the top-level page to a `data:` URL.
 *   OrderZone never puts a `data:` URL in a link (the demo catalog's images are such SVGs).
 * - `blob:` is allowed as an image: an object URL names something a script of this page's own origin
 *   made (the embedded backend keeps large return photos that way); as an image it is only decoded.
 * - OrderZone sets no `srcset`: each image has one `src`, checked here.
 *
 * @module
 */

/** What a URL is used for: the `src` of an `<img>`, or the `href` of a link the shopper follows. */
export type UrlUse = 'image' | 'link';

/** Any base with a special scheme: only decides whether the input is relative, never what it resolves to. */
const PROBE_BASE = 'https://orderzone.invalid/';

/** Schemes allowed for every use: the input, resolved against an `https:` base, still has one of them. */
const WEB_SCHEMES: readonly string[] = ['https:', 'http:'];

/** URLs checked so far, per use (the cache starts over past this many). */
const CHECKED_URLS_KEPT = 1000;
const checked: Record<UrlUse, Map<string, boolean>> = { image: new Map(), link: new Map() };

/**
 * True when `url` may be used as `use`: an image `src` (`http(s):`, relative, `data:image/*`,
 * `blob:`) or a link `href` (`http(s):`, relative). The browser's own URL parser reads the scheme,
 * so whitespace, tabs, newlines and letter case change nothing.
 */
export function isSafeUrl(url: unknown, use: UrlUse): url is string {
  if (typeof url !== 'string') return false;
  // A page of cards or a long cart asks about the same URLs on every render: each is parsed once.
  const known = checked[use];
  const answer = known.get(url);
  if (answer !== undefined) return answer;
  const safe = parseIsSafe(url, use);
  if (known.size >= CHECKED_URLS_KEPT) known.clear();
  known.set(url, safe);
  return safe;
}

function parseIsSafe(url: string, use: UrlUse): boolean {
  if (url.trim() === '') return false;
  let parsed: URL;
  try {
    parsed = new URL(url, PROBE_BASE);
  } catch {
    return false;
  }
  if (WEB_SCHEMES.includes(parsed.protocol)) return true;
  if (use === 'link') return false;
  if (parsed.protocol === 'blob:') return true;
  // `data:[<media type>][;base64],<data>`: the media type is case-insensitive and may be padded.
  return parsed.protocol === 'data:' && /^\s*image\/[a-z0-9.+-]+\s*(?:[;,]|$)/i.test(parsed.pathname);
}

/** `url` when it may be an `<img src>` (see `isSafeUrl`), else `undefined` (show the placeholder). */
export function safeImageUrl(url: string | undefined): string | undefined {
  return isSafeUrl(url, 'image') ? url : undefined;
}

/** `url` when it may be a link's `href` or a redirect (see `isSafeUrl`), else `undefined` (no link). */
export function safeLinkUrl(url: string | undefined): string | undefined {
  return isSafeUrl(url, 'link') ? url : undefined;
}
