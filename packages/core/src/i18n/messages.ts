/**
 * Message catalogs and translation: `{name}` placeholders, per-locale catalogs, merchant overrides.
 * The core ships the messages for its own codes (errors, validation, cart notices) in zh-CN and
 * en-US; UI packages add their own catalogs through the same mechanism.
 *
 * @module
 */
import { isBookingConflict, type FieldError, type OrderZoneError } from '../errors.ts';
import { normalizeLocale } from './locale.ts';

/** Message key → template with `{name}` placeholders. */
export type MessageCatalog = Record<string, string>;

/** Locale → catalog. */
export type MessageCatalogs = Record<string, MessageCatalog>;

/** Translates a key with optional `{name}` values; returns the key itself when no catalog has it. */
export type Translate = (key: string, params?: Record<string, string | number>) => string;

/**
 * The core's messages in zh-CN and en-US:
 * - `error.<code>` for every {@link OrderZoneError} code, plus `error.rate_limited.no_delay` (no
 *   `retryAfterSeconds` known) and `error.out_of_stock.available` (`{available}`);
 * - `field.<code>` for every validation code (`too_long` takes `{max}`), plus `field.invalid` for
 *   codes without a message of their own: the checkout's, the booking rules' and every code the
 *   embedded backend answers with (its `FIELD_ERROR_CODES`, return photos included);
 * - `cart.<notice>` (`quantity_capped.stock`/`.max` and `quantity_adjusted.min`/`.step` take
 *   `{allowed}` and `{requested}`; `lines_dropped` takes `{count}`);
 * - `coupon.<status>` (`min_spend_not_met` takes `{minSpend}`, a formatted amount);
 * - `line.<problem>` (`insufficient_stock` takes `{available}`), including the booking problems
 *   `hold_expired`, `booking_unavailable` and `invalid_booking`;
 * - `error.conflict.booking`: a conflict about a booking ("just taken"), see {@link describeError};
 * - `booking.*` (`held_for` takes `{time}`, e.g. `9:41`) and `checkout.no_address_needed` /
 *   `checkout.service_address` for bookings in the cart and at checkout;
 * - one-time codes: `field.code_format` / `code_wrong` / `code_expired`, `verification.reason.<reason>`
 *   (`large_amount`, `many_orders`, `other` for any other), `verification.sent_to` (`{destination}`),
 *   `verification.resend_in` (`{time}`, e.g. `0:42`) and `account.session_expired`.
 */
export const coreMessages: MessageCatalogs = {
  'en-US': {
    'error.network': 'We couldn’t reach the shop. Check your connection and try again.',
    'error.timeout': 'The shop is taking too long to answer. Please try again.',
    'error.aborted': 'The request was cancelled.',
    'error.validation': 'Some details need correcting. Please check the highlighted fields.',
    'error.out_of_stock': 'Sorry, an item in your order has just sold out.',
    'error.out_of_stock.available': 'Sorry, only {available} left in stock.',
    'error.price_changed': 'Prices have changed since you last looked. Please review the new total.',
    'error.rate_limited': 'Too many attempts. Please wait {seconds} seconds and try again.',
    'error.rate_limited.no_delay': 'Too many attempts. Please wait a moment and try again.',
    'error.unauthorized': 'Your session has expired. Please reload the page and try again.',
    'error.not_found': 'We couldn’t find that item. It may no longer be available.',
    'error.conflict': 'This order was already submitted. Please check your order status before trying again.',
    'error.server': 'Something went wrong on our side. Please try again in a moment.',
    'error.bad_response': 'The shop sent an answer we couldn’t understand. Please try again later.',
    'error.config': 'This shop isn’t set up correctly yet. Please contact the merchant.',

    'field.required': 'Please fill in this field.',
    'field.too_long': 'Please use at most {max} characters.',
    'field.invalid': 'Please check this value.',
    'field.invalid_email': 'Please enter a valid email address, e.g. name@example.com.',
    'field.invalid_phone': 'Please enter a valid phone number (6–20 digits).',
    'field.invalid_phone_cn': 'Please enter a valid 11-digit mainland China mobile number.',
    'field.invalid_postal_code': 'Please enter a valid postal code.',
    'field.invalid_postal_code_cn': 'Please enter a 6-digit postal code.',
    'field.required_payment_method': 'Please choose a payment method.',
    'field.required_shipping_option': 'Please choose a delivery option.',
    'field.invalid_choice': 'Please choose one of the options offered.',
    'field.invalid_date': 'Please choose a valid date.',
    'field.check_out_before_check_in': 'Check-out must be after check-in.',
    'field.stay_too_short': 'The minimum stay is {min} nights.',
    'field.stay_too_long': 'Stays can be at most {max} nights.',
    'field.closed_night': 'The night of {date} is not available.',
    'field.too_many_seats': 'You can choose at most {max} seats per order.',
    'field.unknown_seat': 'Seat {seat} does not exist in this venue.',
    'field.seat_unavailable': 'Seat {seat} is no longer available.',
    'field.unknown_field': 'This field isn’t offered for this product.',
    'field.invalid_quantity': 'Please enter a valid quantity.',
    'field.invalid_slot': 'Please choose one of the times offered.',
    'field.unknown_resource': 'That staff member isn’t available for this service. Please choose another.',
    'field.unknown_session': 'That session isn’t on sale any more. Please choose another.',
    'field.booking_kind': 'This choice doesn’t fit this product. Please choose again.',
    'field.booking_required': 'Please choose a time, dates or seats first.',
    'field.invalid_booking': 'This booking can’t be made as chosen. Please choose again.',
    'field.not_bookable': 'This product can’t be booked.',
    'field.range_too_long': 'Please ask for at most {max} days at once.',
    'field.unknown_slot': 'That time isn’t offered. Please choose one of the times shown.',
    'field.slot_too_soon': 'That time is too soon: please book at least {minutes} minutes ahead.',
    'field.slot_too_late': 'That time is too far ahead: bookings open {days} days in advance.',
    'field.check_in_past': 'The check-in date has passed. Please choose another.',
    'field.session_started': 'This session has already started. Please choose another.',
    'field.photo_type': 'This file type is not accepted. Please choose a {types} photo.',
    'field.photo_too_large': 'This photo is larger than {max} MB. Please choose a smaller one.',
    'field.too_many_photos': 'You can add at most {max} photos.',
    'field.unknown_photo': 'One of the photos didn’t finish uploading. Please add it again.',
    'field.not_in_order': 'This item isn’t in the order. Only quantities can change; to add items, place a new order.',
    'field.booking_quantity': 'A booking is kept whole or removed; its quantity can’t change.',
    'field.unknown_line': 'This line isn’t in the order any more. Reload the order and try again.',
    'field.not_a_booking': 'Only bookings can be rescheduled.',
    'field.booking_unchanged': 'That’s the time you already have. Choose another one.',
    'field.price_differs': 'That choice costs a different amount. A booking can only be moved to one at the same price.',

    'cart.quantity_capped.stock': 'Only {allowed} in stock, so your quantity was reduced to {allowed}.',
    'cart.quantity_capped.max': 'You can order at most {allowed} of this item, so your quantity was reduced to {allowed}.',
    'cart.quantity_adjusted.min': 'This item is sold in quantities of at least {allowed}, so your quantity was raised to {allowed}.',
    'cart.quantity_adjusted.step': 'This item is sold in fixed pack sizes, so your quantity was changed to {allowed}.',
    'cart.sold_out': 'Sorry, this item is sold out and wasn’t added to your cart.',
    'cart.recovered_corrupt': 'Your saved cart couldn’t be read completely, so we restored what we could.',
    'cart.lines_dropped': '{count} item(s) in your saved cart are no longer available and were removed.',
    'cart.memory_only': 'Your browser isn’t letting us save your cart. It will be emptied if you leave this page.',
    'cart.booking_quantity_fixed': 'A booking is always for one. To book more, choose another time, dates or seats.',
    'cart.booking_already_in_cart': 'This booking is already in your cart.',
    'cart.booking_unavailable': 'Sorry, someone else has just booked this. Please remove it and choose another.',

    'coupon.applied': 'Coupon applied.',
    'coupon.unknown': 'This coupon code isn’t valid.',
    'coupon.expired': 'This coupon has expired.',
    'coupon.min_spend_not_met': 'Spend at least {minSpend} to use this coupon.',

    'line.out_of_stock': 'Sold out',
    'line.insufficient_stock': 'Only {available} left in stock',
    'line.unavailable': 'No longer available',
    'line.invalid_quantity': 'This quantity can’t be ordered',
    'line.invalid_personalization': 'Personalization needs to be completed',
    'line.hold_expired': 'Hold expired',
    'line.booking_unavailable': 'No longer available',
    'line.invalid_booking': 'This booking can’t be made as chosen',

    'error.conflict.booking': 'Sorry, that was just taken by someone else. Please choose another.',

    'booking.held_for': 'Held for {time}',
    'booking.hold_expired': 'We held this for you for a few minutes, and that time is up. Check again to hold it once more.',
    'booking.recheck': 'Check again',
    'booking.rechecking': 'Checking…',
    'booking.blocked': 'Some bookings need your attention before you can place the order.',
    'checkout.no_address_needed': 'No address needed: nothing in this order is shipped.',
    'checkout.service_address': 'Service address',

    'error.verification_required': 'To protect your order, please enter the code we just sent you.',
    'field.code_format': 'Please enter the 6-digit code.',
    'field.code_wrong': 'That code isn’t right. Please check it and try again.',
    'field.code_expired': 'This code has expired. Please ask for a new one.',
    'verification.reason.large_amount': 'This is a large order, so we need to make sure it’s really you.',
    'verification.reason.many_orders': 'Several orders were placed with these details in a short time, so we need to make sure it’s really you.',
    'verification.reason.other': 'We need to make sure it’s really you before placing this order.',
    'verification.sent_to': 'We sent a 6-digit code to {destination}.',
    'verification.resend_in': 'You can ask for a new code in {time}.',
    'account.session_expired': 'You were signed out because your session expired. Sign in again to see your orders.',
  },
  'zh-CN': {
    'error.network': '无法连接到商店，请检查网络后重试。',
    'error.timeout': '商店响应超时，请重试。',
    'error.aborted': '请求已取消。',
    'error.validation': '部分信息需要修改，请检查标出的字段。',
    'error.out_of_stock': '抱歉，订单中有商品刚刚售罄。',
    'error.out_of_stock.available': '抱歉，库存仅剩 {available} 件。',
    'error.price_changed': '价格已有变动，请确认新的总价。',
    'error.rate_limited': '操作过于频繁，请等待 {seconds} 秒后重试。',
    'error.rate_limited.no_delay': '操作过于频繁，请稍后重试。',
    'error.unauthorized': '登录状态已失效，请刷新页面后重试。',
    'error.not_found': '未找到该商品，它可能已下架。',
    'error.conflict': '该订单已提交过，请先查看订单状态再重试。',
    'error.server': '系统出了点问题，请稍后重试。',
    'error.bad_response': '商店返回的数据无法识别，请稍后重试。',
    'error.config': '商店尚未配置完成，请联系商家。',

    'field.required': '请填写此项。',
    'field.too_long': '最多可输入 {max} 个字符。',
    'field.invalid': '请检查此项内容。',
    'field.invalid_email': '请输入有效的邮箱地址，例如 name@example.com。',
    'field.invalid_phone': '请输入有效的电话号码（6–20 位数字）。',
    'field.invalid_phone_cn': '请输入有效的 11 位中国大陆手机号。',
    'field.invalid_postal_code': '请输入有效的邮政编码。',
    'field.invalid_postal_code_cn': '请输入 6 位数字的邮政编码。',
    'field.required_payment_method': '请选择支付方式。',
    'field.required_shipping_option': '请选择配送方式。',
    'field.invalid_choice': '请从提供的选项中选择。',
    'field.invalid_date': '请选择有效的日期。',
    'field.check_out_before_check_in': '退房日期须晚于入住日期。',
    'field.stay_too_short': '最少需入住 {min} 晚。',
    'field.stay_too_long': '最多可预订 {max} 晚。',
    'field.closed_night': '{date} 当晚不可预订。',
    'field.too_many_seats': '每单最多可选 {max} 个座位。',
    'field.unknown_seat': '座位 {seat} 不存在。',
    'field.seat_unavailable': '座位 {seat} 已不可选。',
    'field.unknown_field': '该商品不提供此项定制。',
    'field.invalid_quantity': '请输入有效的数量。',
    'field.invalid_slot': '请从提供的时间中选择。',
    'field.unknown_resource': '该服务人员无法提供此服务，请另选。',
    'field.unknown_session': '该场次已停售，请另选。',
    'field.booking_kind': '所选内容与该商品不符，请重新选择。',
    'field.booking_required': '请先选择时间、日期或座位。',
    'field.invalid_booking': '该预订无法按所选内容完成，请重新选择。',
    'field.not_bookable': '该商品不可预订。',
    'field.range_too_long': '一次最多查询 {max} 天。',
    'field.unknown_slot': '该时间不可预订，请从显示的时间中选择。',
    'field.slot_too_soon': '该时间太近，请至少提前 {minutes} 分钟预订。',
    'field.slot_too_late': '该时间太远，最多可提前 {days} 天预订。',
    'field.check_in_past': '入住日期已过，请另选日期。',
    'field.session_started': '该场次已开始，请另选场次。',
    'field.photo_type': '不支持此文件类型，请选择 {types} 格式的照片。',
    'field.photo_too_large': '照片超过 {max} MB，请选择较小的照片。',
    'field.too_many_photos': '最多可添加 {max} 张照片。',
    'field.unknown_photo': '有一张照片未上传完成，请重新添加。',
    'field.not_in_order': '该商品不在订单中。修改订单只能调整数量，如需添加商品请另行下单。',
    'field.booking_quantity': '预订只能保留或删除，数量不可更改。',
    'field.unknown_line': '订单中已没有这一项，请刷新订单后重试。',
    'field.not_a_booking': '只有预订可以改期。',
    'field.booking_unchanged': '这就是您当前的预订，请选择其他时间。',
    'field.price_differs': '所选项的价格不同。预订只能改到价格相同的时间、日期或座位。',

    'cart.quantity_capped.stock': '库存仅剩 {allowed} 件，已将数量调整为 {allowed}。',
    'cart.quantity_capped.max': '该商品每单最多可购买 {allowed} 件，已将数量调整为 {allowed}。',
    'cart.quantity_adjusted.min': '该商品最少购买 {allowed} 件，已将数量调整为 {allowed}。',
    'cart.quantity_adjusted.step': '该商品按固定包装数量出售，已将数量调整为 {allowed}。',
    'cart.sold_out': '抱歉，该商品已售罄，未加入购物车。',
    'cart.recovered_corrupt': '已保存的购物车数据部分损坏，已尽量为您恢复。',
    'cart.lines_dropped': '购物车中有 {count} 件商品已下架，已为您移除。',
    'cart.memory_only': '浏览器不允许保存购物车，离开本页后购物车将被清空。',
    'cart.booking_quantity_fixed': '每项预订数量固定为 1。如需多订，请另选时间、日期或座位。',
    'cart.booking_already_in_cart': '该预订已在购物车中。',
    'cart.booking_unavailable': '抱歉，该预订刚刚已被他人订走，请移除后另选。',

    'coupon.applied': '优惠券已使用。',
    'coupon.unknown': '优惠码无效。',
    'coupon.expired': '该优惠券已过期。',
    'coupon.min_spend_not_met': '订单满 {minSpend} 才可使用此优惠券。',

    'line.out_of_stock': '已售罄',
    'line.insufficient_stock': '库存仅剩 {available} 件',
    'line.unavailable': '商品已下架',
    'line.invalid_quantity': '该数量无法下单',
    'line.invalid_personalization': '请完善定制信息',
    'line.hold_expired': '保留已过期',
    'line.booking_unavailable': '已不可预订',
    'line.invalid_booking': '该预订无法按所选内容下单',

    'error.conflict.booking': '抱歉，刚刚已被他人订走，请另选。',

    'booking.held_for': '已为您保留 {time}',
    'booking.hold_expired': '我们为您保留了几分钟，现已到期。请重新检查以再次保留。',
    'booking.recheck': '重新检查',
    'booking.rechecking': '正在检查…',
    'booking.blocked': '部分预订需要处理后才能下单。',
    'checkout.no_address_needed': '本订单无需配送，不用填写地址。',
    'checkout.service_address': '服务地址',

    'error.verification_required': '为保障订单安全，请输入我们刚刚发送给您的验证码。',
    'field.code_format': '请输入 6 位数字验证码。',
    'field.code_wrong': '验证码不正确，请核对后重试。',
    'field.code_expired': '验证码已过期，请重新获取。',
    'verification.reason.large_amount': '本单金额较大，需要确认是您本人操作。',
    'verification.reason.many_orders': '短时间内使用这些信息下了多笔订单，需要确认是您本人操作。',
    'verification.reason.other': '下单前需要确认是您本人操作。',
    'verification.sent_to': '验证码（6 位数字）已发送至 {destination}。',
    'verification.resend_in': '{time} 后可重新获取验证码。',
    'account.session_expired': '登录已过期，您已退出登录。请重新登录以查看订单。',
  },
};

/**
 * Fills `{name}` placeholders in `template` with `params`. Placeholders without a value are left
 * as they are, so a missing value is visible rather than silently blank.
 */
export function formatTemplate(template: string, params?: Record<string, string | number>): string {
  if (!params) return template;
  return template.replace(/\{([A-Za-z0-9_]+)\}/g, (placeholder, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : placeholder,
  );
}

function languageOf(tag: string): string {
  return (tag.split('-')[0] ?? '').toLowerCase();
}

/**
 * A translator for `locale` over several catalogs, later ones winning (core, then UI, then the
 * merchant's overrides). Falls back to the same language, then `en-US`; a missing key returns the key.
 *
 * The locale is normalised first (`zh` → `zh-CN`). Layers are merged per locale, so a merchant's
 * `en-US` override does not hide the core's `zh-CN` text from a Chinese shopper. For the same
 * language, a supported locale (`zh-CN`, `en-US`) is preferred over other regions.
 */
export function createTranslator(locale: string, ...layers: MessageCatalogs[]): Translate {
  const wanted = normalizeLocale(locale) ?? locale;
  const merged = new Map<string, MessageCatalog>();
  for (const layer of layers) {
    for (const [tag, catalog] of Object.entries(layer)) {
      const key = normalizeLocale(tag) ?? tag;
      merged.set(key, { ...merged.get(key), ...catalog });
    }
  }
  const language = languageOf(wanted);
  const sameLanguage = [...merged.keys()]
    .filter((tag) => tag !== wanted && languageOf(tag) === language)
    .sort((a, b) => Number(b === 'zh-CN' || b === 'en-US') - Number(a === 'zh-CN' || a === 'en-US'));
  const chain = [...new Set([wanted, ...sameLanguage, 'en-US'])]
    .map((tag) => merged.get(tag))
    .filter((catalog): catalog is MessageCatalog => catalog !== undefined);
  return (key, params) => {
    for (const catalog of chain) {
      const template = catalog[key];
      if (template !== undefined) return formatTemplate(template, params);
    }
    return key;
  };
}

/** A number from `details`, or from the first entry of `details.lines`. */
function availableFrom(details: Record<string, unknown>): number | undefined {
  if (typeof details['available'] === 'number') return details['available'];
  const lines = details['lines'];
  if (Array.isArray(lines)) {
    for (const line of lines) {
      if (typeof line !== 'object' || line === null) continue;
      const direct = (line as { available?: unknown }).available;
      if (typeof direct === 'number') return direct;
      const problem = (line as { problem?: { available?: unknown } }).problem;
      if (typeof problem?.available === 'number') return problem.available;
    }
  }
  return undefined;
}


/**
 * A shopper-facing sentence for an error, e.g. "Only 2 left in stock" / "库存仅剩 2 件":
 * `error.<code>`, with these refinements: `rate_limited` says how many seconds to wait when
 * `retryAfterSeconds` is known; `out_of_stock` says how many are left when `details.available`
 * (or `available` of the first entry of `details.lines`) is above zero; `validation` with field
 * errors describes the first one; `conflict` about a booking (a slot, night or seat taken, see
 * {@link isBookingConflict}) says so with `error.conflict.booking`. Unknown codes read as `error.server`.
 */
export function describeError(error: OrderZoneError, t: Translate): string {
  switch (error.code) {
    case 'rate_limited':
      return error.retryAfterSeconds !== undefined && error.retryAfterSeconds > 0
        ? t('error.rate_limited', { seconds: Math.ceil(error.retryAfterSeconds) })
        : t('error.rate_limited.no_delay');
    case 'out_of_stock': {
      const available = availableFrom(error.details);
      return available !== undefined && available > 0 ? t('error.out_of_stock.available', { available }) : t('error.out_of_stock');
    }
    case 'validation': {
      const [first] = error.fieldErrors;
      return first ? describeFieldError(first, t) : t('error.validation');
    }
    case 'conflict':
      return isBookingConflict(error.details) ? t('error.conflict.booking') : t('error.conflict');
    default: {
      const key = `error.${error.code}`;
      const text = t(key);
      return text === key ? t('error.server') : text;
    }
  }
}

/**
 * A shopper-facing sentence for a field problem, e.g. "请输入有效的手机号": `field.<code>` filled with
 * the error's `params`; a code without a message reads as `field.invalid`.
 */
export function describeFieldError(error: FieldError, t: Translate): string {
  const key = `field.${error.code}`;
  const text = t(key, error.params);
  return text === key ? t('field.invalid', error.params) : text;
}

/**
 * A hold's time left as `m:ss` (`9:41`, `0:05`), for `booking.held_for`. Digits are the same in
 * zh-CN and en-US; 0 or less reads `0:00`.
 */
export function formatHoldTime(seconds: number): string {
  const whole = Math.max(0, Math.ceil(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}
