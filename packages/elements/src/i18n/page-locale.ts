/**
 * The page's locale when an element or zone is given none: `<html lang>`, then the browser's
 * language, normalised (`zh_CN`, `zh-Hans-CN` → `zh-CN`; `en` → `en-US`), else `zh-CN`.
 *
 * @module
 */
import { normalizeLocale } from '@orderzone/core';

/** `<html lang>`, else `navigator.language`, normalised; `zh-CN` when neither is a valid tag. */
export function pageLocale(): string {
  return normalizeLocale(document.documentElement.lang) ?? normalizeLocale(navigator.language) ?? 'zh-CN';
}

/** The locale of an `<order-zone>`: its `locale` attribute, else the configured one, else the page's ({@link pageLocale}), normalised. */
export function zoneLocale(attribute: string | null | undefined, configured: string | undefined): string {
  return normalizeLocale(attribute) ?? normalizeLocale(configured) ?? pageLocale();
}
