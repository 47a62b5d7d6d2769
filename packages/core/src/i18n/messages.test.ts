import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { OrderZoneError, type OrderZoneErrorCode } from '../errors.ts';
import type { FieldErrorCode } from '../field-error-codes.ts';
import { bookingMessages } from './booking-messages.ts';
import { businessMessages, quickOrderProblemMessages } from './business-messages.ts';
import { checkoutMessages } from './checkout-messages.ts';
import { coreMessages } from './core-messages.ts';
import { messages as cartEn } from './cart-messages.en-US.ts';
import { messages as cartZh } from './cart-messages.zh-CN.ts';
import { shoppingMessages } from './shopping-messages.ts';
import { messages as errorsEn } from './shopping-messages.en-US.ts';
import { messages as errorsZh } from './shopping-messages.zh-CN.ts';
import { createTranslator, describeError, describeFieldError, formatHoldTime, formatTemplate, pluralCategory, type MessageCatalog } from './messages.ts';

const ERROR_CODES: OrderZoneErrorCode[] = [
  'network', 'timeout', 'aborted', 'validation', 'out_of_stock', 'price_changed', 'rate_limited',
  'unauthorized', 'not_found', 'conflict', 'server', 'bad_response', 'config', 'verification_required',
];

const REQUIRED_KEYS = [
  ...ERROR_CODES.map((code) => `error.${code}`),
  ...['required', 'too_long', 'invalid_email', 'invalid_phone', 'invalid_phone_cn', 'invalid_postal_code', 'invalid_postal_code_cn',
    'required_payment_method', 'required_shipping_option', 'invalid_choice', 'unknown_field'].map((code) => `field.${code}`),
  'cart.quantity_capped.stock', 'cart.quantity_capped.max', 'cart.quantity_capped.cart_limit', 'cart.quantity_adjusted.min', 'cart.quantity_adjusted.step',
  'cart.sold_out', 'cart.recovered_corrupt', 'cart.lines_dropped', 'cart.memory_only',
  'coupon.applied', 'coupon.unknown', 'coupon.expired', 'coupon.min_spend_not_met',
  'line.out_of_stock', 'line.insufficient_stock', 'line.unavailable', 'line.invalid_quantity', 'line.invalid_personalization',
  // Bookings: every problem, notice and field code the booking code reports.
  'line.hold_expired', 'line.booking_unavailable', 'line.invalid_booking',
  'cart.booking_quantity_fixed', 'cart.booking_already_in_cart', 'cart.booking_unavailable',
  ...['invalid_slot', 'unknown_resource', 'unknown_session', 'booking_kind', 'booking_required'].map((code) => `field.${code}`),
  'error.conflict.booking', 'booking.held_for', 'booking.hold_expired', 'booking.recheck', 'booking.blocked',
  'checkout.no_address_needed', 'checkout.service_address',
  // Order edits and address changes (order-edit.ts, order-actions.ts).
  ...['edit_empty', 'edit_unchanged', 'invalid_edit', 'country_changed'].map((code) => `field.${code}`),
  // One-time codes (sign-in and risk verification).
  ...['code_format', 'code_wrong', 'code_expired'].map((code) => `field.${code}`),
  'verification.reason.large_amount', 'verification.reason.many_orders', 'verification.reason.other',
  'verification.sent_to', 'verification.resend_in', 'account.session_expired',
  // Company details at checkout (business/company-validation.ts).
  'field.invalid_credit_code', 'field.invalid_credit_code_check',
  // Quick order: every problem of business/quick-order.ts.
  ...['unreadable', 'invalid_quantity', 'unknown_sku', 'not_orderable', 'below_minimum', 'above_maximum', 'not_a_step', 'out_of_stock', 'insufficient_stock', 'too_many_lines'].map((code) => `quick_order.${code}`),
];

const placeholders = (template: string) => [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();

const PLURAL = /\.(zero|one|two|few|many|other)$/;

/** Messages written by plural: English has a `.one` and an `.other` variant of each. */
const pluralKeys = new Set(
  Object.keys(coreMessages['en-US']!)
    .filter((key) => key.endsWith('.one'))
    .map((key) => key.slice(0, -'.one'.length)),
);

/**
 * A catalog's messages by the key code asks for: the plural variants of a message (`x.one`,
 * `x.other`) count as the one message `x`, their templates joined.
 */
function messagesByKey(catalog: MessageCatalog): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, template] of Object.entries(catalog)) {
    const base = key.replace(PLURAL, '');
    const asked = pluralKeys.has(base) ? base : key;
    out.set(asked, [out.get(asked), template].filter(Boolean).join(' | '));
  }
  return out;
}

describe('coreMessages', () => {
  const en = messagesByKey(coreMessages['en-US']!);
  const zh = messagesByKey(coreMessages['zh-CN']!);

  test('en-US and zh-CN have exactly the same messages (plural variants as the language needs them)', () => {
    assert.deepEqual([...zh.keys()].sort(), [...en.keys()].sort());
  });

  test('every required key exists in both locales and is not empty', () => {
    for (const key of REQUIRED_KEYS) {
      assert.ok(en.get(key)?.trim(), `en-US lacks ${key}`);
      assert.ok(zh.get(key)?.trim(), `zh-CN lacks ${key}`);
    }
  });

  test('both locales use the same placeholders for each key', () => {
    for (const key of en.keys()) assert.deepEqual(placeholders(zh.get(key)!), placeholders(en.get(key)!), key);
  });

  test('English messages about a number of things have a variant for one and for more', () => {
    const catalog = coreMessages['en-US']!;
    for (const key of ['error.rate_limited', 'field.too_long', 'cart.lines_dropped', 'field.too_many_photos', 'field.stay_too_short', 'field.stay_too_long', 'field.too_many_seats', 'field.range_too_long', 'field.slot_too_soon', 'field.slot_too_late']) {
      assert.ok(catalog[`${key}.one`] && catalog[`${key}.other`], key);
      assert.equal(catalog[key], undefined, `${key} has no plain form beside its variants`);
    }
  });

  test('messages with values name them', () => {
    assert.deepEqual(placeholders(en.get('error.rate_limited')!), ['seconds']);
    assert.deepEqual(placeholders(en.get('field.too_long')!), ['max']);
    assert.ok(placeholders(en.get('cart.quantity_capped.stock')!).includes('allowed'));
    assert.deepEqual(placeholders(en.get('cart.lines_dropped')!), ['count']);
    assert.deepEqual(placeholders(en.get('coupon.min_spend_not_met')!), ['minSpend']);
    assert.deepEqual(placeholders(en.get('line.insufficient_stock')!), ['available']);
  });

  test('zh-CN text is Chinese, not English copied over', () => {
    for (const [key, text] of zh) assert.match(text, /[\u4e00-\u9fff]/, key);
  });
});

describe('the message groups', () => {
  const groups = { shoppingMessages, checkoutMessages, bookingMessages, businessMessages, quickOrderProblemMessages };

  test('each key is in exactly one group, and together they are coreMessages', () => {
    for (const locale of ['en-US', 'zh-CN']) {
      const seen = new Map<string, string>();
      for (const [name, group] of Object.entries(groups)) {
        for (const key of Object.keys(group[locale]!)) {
          assert.equal(seen.get(key), undefined, `${key} is in ${seen.get(key)} and ${name}`);
          seen.set(key, name);
        }
      }
      assert.deepEqual([...seen.keys()].sort(), Object.keys(coreMessages[locale]!).sort());
    }
  });

  test('every error and cart notice is a shopping message, so the first screen can show any of them', () => {
    const shopping = [...messagesByKey(shoppingMessages['en-US']!).keys()];
    const needed = [...messagesByKey(coreMessages['en-US']!).keys()].filter((key) => key.startsWith('error.') || key.startsWith('cart.'));
    assert.deepEqual(needed.filter((key) => !shopping.includes(key)), []);
    for (const key of ['field.required', 'field.invalid', 'field.too_long', 'field.invalid_quantity']) assert.ok(shopping.includes(key), key);
  });

  test('each language of the shopping messages is its errors (what a first screen shows) and its cart notices and field problems (loaded with the code that shows them)', () => {
    for (const [locale, errors, cart] of [['en-US', errorsEn, cartEn], ['zh-CN', errorsZh, cartZh]] as const) {
      assert.deepEqual(Object.keys(errors).filter((key) => !key.startsWith('error.')), [], locale);
      assert.deepEqual(Object.keys(cart).filter((key) => !key.startsWith('cart.') && !key.startsWith('field.')), [], locale);
      assert.deepEqual({ ...errors, ...cart }, shoppingMessages[locale], locale);
    }
  });
});

describe('formatTemplate', () => {
  test('fills placeholders, repeatedly, with strings and numbers', () => {
    assert.equal(formatTemplate('{a} and {b} and {a}', { a: 'x', b: 2 }), 'x and 2 and x');
  });
  test('leaves placeholders without a value visible', () => {
    assert.equal(formatTemplate('Only {count} left', {}), 'Only {count} left');
    assert.equal(formatTemplate('Only {count} left'), 'Only {count} left');
  });
  test('does not read inherited properties', () => {
    assert.equal(formatTemplate('{toString}', {}), '{toString}');
  });
});

describe('plurals', () => {
  test('picks the variant of the plural category of count, by Intl.PluralRules, in each language', () => {
    const en = createTranslator('en-US', coreMessages);
    assert.equal(en('cart.lines_dropped', { count: 1 }), '1 item in your saved cart is no longer available and was removed.');
    assert.equal(en('cart.lines_dropped', { count: 3 }), '3 items in your saved cart are no longer available and were removed.');
    assert.equal(en('cart.lines_dropped', { count: 0 }), '0 items in your saved cart are no longer available and were removed.');
    assert.equal(createTranslator('zh-CN', coreMessages)('cart.lines_dropped', { count: 1 }), '购物车中有 1 件商品已下架，已为您移除。');
  });

  test('follows the only number among the values when there is no count (field errors name theirs)', () => {
    const en = createTranslator('en-US', coreMessages);
    assert.equal(describeFieldError({ field: 'seats', code: 'too_many_seats', params: { max: 1 } }, en), 'You can choose at most 1 seat per order.');
    assert.equal(describeFieldError({ field: 'seats', code: 'too_many_seats', params: { max: 6 } }, en), 'You can choose at most 6 seats per order.');
    assert.equal(describeError(new OrderZoneError('rate_limited', 'slow down', { retryAfterSeconds: 1 }), en), 'Too many attempts. Please wait 1 second and try again.');
  });

  test('uses a language’s own categories, falling back to other, then to the plain key', () => {
    const t = createTranslator('pl-PL', { 'pl-PL': { 'x.one': '{count} plik', 'x.few': '{count} pliki', 'x.other': '{count} plików', plain: 'zawsze {count}' } });
    assert.deepEqual([1, 2, 5, 22].map((count) => t('x', { count })), ['1 plik', '2 pliki', '5 plików', '22 pliki']);
    assert.equal(t('plain', { count: 2 }), 'zawsze 2');
    assert.equal(createTranslator('en-US', { 'en-US': { 'y.other': '{count} things' } })('y', { count: 1 }), '1 things');
    assert.deepEqual([pluralCategory('en-US', 1), pluralCategory('zh-CN', 1), pluralCategory('not a locale!', 2)], ['one', 'other', 'other']);
  });
});

describe('createTranslator', () => {
  test('translates in the requested locale with parameters', () => {
    assert.equal(createTranslator('zh-CN', coreMessages)('line.insufficient_stock', { available: 2 }), '库存仅剩 2 件');
    assert.equal(createTranslator('en-US', coreMessages)('line.insufficient_stock', { available: 2 }), 'Only 2 left in stock');
  });

  test('normalises the locale tag', () => {
    assert.equal(createTranslator('zh_cn', coreMessages)('line.out_of_stock'), '已售罄');
    assert.equal(createTranslator('en', coreMessages)('line.out_of_stock'), 'Sold out');
  });

  test('falls back to the same language, then en-US; a missing key returns the key', () => {
    assert.equal(createTranslator('zh-TW', coreMessages)('line.out_of_stock'), '已售罄');
    assert.equal(createTranslator('en-GB', coreMessages)('line.out_of_stock'), 'Sold out');
    assert.equal(createTranslator('fr-FR', coreMessages)('line.out_of_stock'), 'Sold out');
    assert.equal(createTranslator('zh-CN', coreMessages)('no.such.key'), 'no.such.key');
  });

  test('a key missing in the locale falls back per key, not per catalog', () => {
    const ui = { 'en-US': { 'ui.only_en': 'Only English' } };
    assert.equal(createTranslator('zh-CN', coreMessages, ui)('ui.only_en'), 'Only English');
    assert.equal(createTranslator('zh-CN', coreMessages, ui)('line.out_of_stock'), '已售罄');
  });

  test('later layers override earlier ones, locale by locale', () => {
    const merchant = { 'zh-CN': { 'line.out_of_stock': '卖光啦' }, 'en-US': { 'coupon.applied': 'Nice!' } };
    const zh = createTranslator('zh-CN', coreMessages, merchant);
    assert.equal(zh('line.out_of_stock'), '卖光啦');
    assert.equal(zh('coupon.applied'), '优惠券已使用。', 'an en-US override does not replace zh-CN text');
    assert.equal(createTranslator('en-US', coreMessages, merchant)('coupon.applied'), 'Nice!');
  });

  test('a layer in a regional locale serves that region first, the main locale otherwise', () => {
    const layers = { 'en-GB': { 'line.out_of_stock': 'Out of stock, sorry' } };
    assert.equal(createTranslator('en-GB', coreMessages, layers)('line.out_of_stock'), 'Out of stock, sorry');
    assert.equal(createTranslator('en-GB', coreMessages, layers)('line.unavailable'), 'No longer available');
    assert.equal(createTranslator('en-AU', coreMessages, layers)('line.out_of_stock'), 'Sold out', 'prefers en-US among same-language catalogs');
  });
});

describe('describeError', () => {
  const en = createTranslator('en-US', coreMessages);
  const zh = createTranslator('zh-CN', coreMessages);

  test('every error code has its own sentence', () => {
    const sentences = ERROR_CODES.map((code) => describeError(new OrderZoneError(code, 'x'), en));
    for (const [i, sentence] of sentences.entries()) assert.doesNotMatch(sentence, /^error\./, ERROR_CODES[i]);
    assert.equal(new Set(sentences).size, ERROR_CODES.length);
  });

  test('rate_limited says how long to wait when known', () => {
    assert.equal(describeError(new OrderZoneError('rate_limited', 'x', { retryAfterSeconds: 30 }), zh), '操作过于频繁，请等待 30 秒后重试。');
    assert.match(describeError(new OrderZoneError('rate_limited', 'x', { retryAfterSeconds: 2.2 }), en), /wait 3 seconds/);
    assert.doesNotMatch(describeError(new OrderZoneError('rate_limited', 'x'), en), /\{seconds\}|undefined/);
    // Too many wrong order numbers: the wait reads in minutes, rounded up.
    assert.equal(describeError(new OrderZoneError('rate_limited', 'x', { retryAfterSeconds: 841 }), en), 'Too many attempts. Please wait 15 minutes and try again.');
    assert.equal(describeError(new OrderZoneError('rate_limited', 'x', { retryAfterSeconds: 120 }), zh), '操作过于频繁，请等待 2 分钟后重试。');
  });

  test('out_of_stock says how many are left when the details tell', () => {
    assert.equal(describeError(new OrderZoneError('out_of_stock', 'x', { details: { available: 2 } }), zh), '抱歉，库存仅剩 2 件。');
    assert.equal(describeError(new OrderZoneError('out_of_stock', 'x', { details: { lines: [{ problem: { code: 'insufficient_stock', available: 1 } }] } }), en), 'Sorry, only 1 left in stock.');
    assert.equal(describeError(new OrderZoneError('out_of_stock', 'x', { details: { available: 0 } }), en), en('error.out_of_stock'));
  });

  test('validation describes the first field error, or asks to check the fields', () => {
    const error = new OrderZoneError('validation', 'x', { fieldErrors: [{ field: 'contact.phone', code: 'invalid_phone_cn' }, { field: 'note', code: 'too_long', params: { max: 500 } }] });
    assert.equal(describeError(error, zh), zh('field.invalid_phone_cn'));
    assert.equal(describeError(new OrderZoneError('validation', 'x'), en), en('error.validation'));
  });

  test('an unknown code reads as a server error', () => {
    assert.equal(describeError(new OrderZoneError('teapot' as OrderZoneErrorCode, 'x'), en), en('error.server'));
  });
});

describe('describeFieldError', () => {
  const zh = createTranslator('zh-CN', coreMessages);
  test('fills the params', () => {
    assert.equal(describeFieldError({ field: 'note', code: 'too_long', params: { max: 500 } }, zh), '最多可输入 500 个字符。');
  });
  test('an unknown code gets the generic message', () => {
    assert.equal(describeFieldError({ field: 'x', code: 'weird' as FieldErrorCode }, zh), '请检查此项内容。');
  });
  test('without any field message (the first screen has only the errors) it reads as the validation error, never a key', () => {
    const errorsOnly = createTranslator('en-US', { 'en-US': errorsEn, 'zh-CN': errorsZh });
    assert.equal(describeFieldError({ field: 'quantity', code: 'invalid_quantity' }, errorsOnly), errorsEn['error.validation']);
  });
});

describe('bookings in words', () => {
  const en = createTranslator('en-US', coreMessages);
  const zh = createTranslator('zh-CN', coreMessages);

  test('a booking conflict says it was just taken; another conflict keeps its own sentence', () => {
    const taken = new OrderZoneError('conflict', 'Seat A1 taken.', { details: { booking: true } });
    assert.equal(describeError(taken, en), 'Sorry, that was just taken by someone else. Please choose another.');
    assert.equal(describeError(taken, zh), '抱歉，刚刚已被他人订走，请另选。');
    assert.equal(describeError(new OrderZoneError('conflict', 'x', { details: { resourceKey: '2026-05-01T01:00:00.000Z' } }), en), en('error.conflict.booking'));
    assert.equal(describeError(new OrderZoneError('conflict', 'Key reused.'), en), en('error.conflict'));
  });

  test('the hold countdown reads m:ss in both languages', () => {
    assert.equal(en('booking.held_for', { time: formatHoldTime(581) }), 'Held for 9:41');
    assert.equal(zh('booking.held_for', { time: formatHoldTime(5) }), '已为您保留 0:05');
    assert.equal(formatHoldTime(0.2), '0:01');
    assert.equal(formatHoldTime(-3), '0:00');
  });

  test('cart notices and line problems of bookings', () => {
    assert.equal(en('cart.booking_quantity_fixed', { requested: 2 }), 'A booking is always for one. To book more, choose another time, dates or seats.');
    assert.equal(zh('line.hold_expired'), '保留已过期');
    assert.equal(describeFieldError({ field: 'resourceId', code: 'unknown_resource', params: { resource: 'zhao' } }, zh), '该服务人员无法提供此服务，请另选。');
  });
});
