/**
 * Message catalogs and translation: `{name}` placeholders, per-locale catalogs, merchant overrides.
 * The core ships the messages for its own codes (errors, validation, cart notices) in zh-CN and
 * en-US; UI packages add their own catalogs through the same mechanism.
 *
 * @module
 */
import type { FieldError, OrderZoneError } from '../errors.ts';

/** Message key → template with `{name}` placeholders. */
export type MessageCatalog = Record<string, string>;

/** Locale → catalog. */
export type MessageCatalogs = Record<string, MessageCatalog>;

/** The core's messages: `error.<code>`, `field.<code>`, `cart.<notice code>`, `coupon.<status>`. */
export const coreMessages: MessageCatalogs = {};

/** Fills `{name}` placeholders in `template`. */
export function formatTemplate(_template: string, _params?: Record<string, string | number>): string {
  throw new Error('not implemented');
}

/**
 * A translator for `locale` over several catalogs, later ones winning (core, then UI, then the
 * merchant's overrides). Falls back to the same language, then `en-US`; a missing key returns the key.
 */
export function createTranslator(_locale: string, ..._layers: MessageCatalogs[]): (key: string, params?: Record<string, string | number>) => string {
  throw new Error('not implemented');
}

/** A shopper-facing sentence for an error, e.g. "Only 2 left in stock" / "库存仅剩 2 件". */
export function describeError(_error: OrderZoneError, _t: (key: string, params?: Record<string, string | number>) => string): string {
  throw new Error('not implemented');
}

/** A shopper-facing sentence for a field problem, e.g. "请输入有效的手机号". */
export function describeFieldError(_error: FieldError, _t: (key: string, params?: Record<string, string | number>) => string): string {
  throw new Error('not implemented');
}
