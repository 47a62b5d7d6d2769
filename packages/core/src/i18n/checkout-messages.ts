/**
 * The core's checkout, order and account messages (zh-CN, en-US).
 *
 * @module
 */
import type { MessageCatalogs } from './messages.ts';

/**
 * The core's messages for the checkout, orders and the account, in zh-CN and en-US:
 * - the checkout's and after-sale's `field.<code>` messages (email, phone, postal code, payment
 *   method, delivery option, return photos, the lines of a refund or return request
 *   (`nothing_chosen`, `nothing_to_request`, `duplicate_line`, `too_many_units`), an address change that keeps the country
 *   (`country_changed`), order edits: `edit_empty`, `edit_unchanged`, `invalid_edit`);
 * - `coupon.<status>` (`min_spend_not_met` takes `{minSpend}`, a formatted amount);
 * - `line.<problem>` of goods lines (`insufficient_stock` takes `{available}`);
 * - one-time codes: `field.code_format` / `code_wrong` / `code_expired`, `verification.reason.<reason>`
 *   (`large_amount`, `many_orders`, `other` for any other), `verification.sent_to` (`{destination}`),
 *   `verification.resend_in` (`{time}`, e.g. `0:42`) and `account.session_expired`.
 */
export const checkoutMessages: MessageCatalogs = {
  'en-US': {
    'field.invalid_email': 'Please enter a valid email address, e.g. name@example.com.',
    'field.invalid_phone': 'Please enter a valid phone number (6–20 digits).',
    'field.invalid_phone_cn': 'Please enter a valid 11-digit mainland China mobile number.',
    'field.invalid_postal_code': 'Please enter a valid postal code.',
    'field.invalid_postal_code_cn': 'Please enter a 6-digit postal code.',
    'field.required_payment_method': 'Please choose a payment method.',
    'field.required_shipping_option': 'Please choose a delivery option.',
    'field.photo_type': 'This file type is not accepted. Please choose a {types} photo.',
    'field.photo_too_large': 'This photo is larger than {max} MB. Please choose a smaller one.',
    'field.too_many_photos.one': 'You can add at most {max} photo.',
    'field.too_many_photos.other': 'You can add at most {max} photos.',
    'field.unknown_photo': 'One of the photos didn’t finish uploading. Please add it again.',
    'field.not_in_order': 'This item isn’t in the order. Only quantities can change; to add items, place a new order.',
    'field.unknown_line': 'This line isn’t in the order any more. Reload the order and try again.',
    'field.price_differs': 'That choice costs a different amount. A booking can only be moved to one at the same price.',
    'field.nothing_chosen': 'Please choose at least one item.',
    'field.nothing_to_request': 'Nothing in this order can be asked for any more.',
    'field.duplicate_line': 'This item is named twice. Name each item once, with how many.',
    'field.too_many_units': 'At most {max} of this item can be included.',

    'coupon.applied': 'Coupon applied.',
    'coupon.unknown': 'This coupon code isn’t valid.',
    'coupon.expired': 'This coupon has expired.',
    'coupon.min_spend_not_met': 'Spend at least {minSpend} to use this coupon.',

    'line.out_of_stock': 'Sold out',
    'line.insufficient_stock': 'Only {available} left in stock',
    'line.unavailable': 'No longer available',
    'line.invalid_quantity': 'This quantity can’t be ordered',
    'line.invalid_personalization': 'Personalization needs to be completed',
    'line.rfq_expired': 'The quoted price has expired: remove this line, or add the item again at the list price',
    'line.rfq_unavailable': 'The quoted price no longer applies to this line',

    'field.code_format': 'Please enter the 6-digit code.',
    'field.code_wrong': 'That code isn’t right. Please check it and try again.',
    'field.invalid_order_number': 'This is not an order number: a character is mistyped or missing. Order numbers look like OZ-7KD4M-9QXT2.',
    'field.code_expired': 'This code has expired. Please ask for a new one.',
    'field.rfq_quantity': 'This item is at a quoted price for exactly {quantity}: keep {quantity} or remove it. For another quantity, ask for a new quote.',
    'verification.reason.large_amount': 'This is a large order, so we need to make sure it’s really you.',
    'verification.reason.many_orders': 'Several orders were placed with these details in a short time, so we need to make sure it’s really you.',
    'verification.reason.other': 'We need to make sure it’s really you before placing this order.',
    'verification.sent_to': 'We sent a 6-digit code to {destination}.',
    'verification.resend_in': 'You can ask for a new code in {time}.',
    'account.session_expired': 'You were signed out because your session expired. Sign in again to see your orders.',

    'field.edit_empty': 'An order needs at least one item. To remove everything, cancel the order instead.',
    'field.edit_unchanged': 'Nothing has changed yet.',
    'field.invalid_edit': 'This change cannot be made.',
    'field.country_changed': 'The address must stay in the same country as the order.',
    'field.too_large': 'This is too large: the most allowed is {max}.',
    'field.nothing_to_refund': 'Nothing is left to refund on this order.',
    'field.invalid_amount': 'The amount must be a positive whole number of minor units (fen, cents), at most {max}.',
    'field.pick_required': 'Please choose a new time first.',
    'field.booking_taken': 'Sorry, that time was just taken by someone else. Please choose another one.',
    'field.photos_uploading': 'Please wait until every photo has uploaded.',
  },
  'zh-CN': {
    'field.invalid_email': '请输入有效的邮箱地址，例如 name@example.com。',
    'field.invalid_phone': '请输入有效的电话号码（6–20 位数字）。',
    'field.invalid_phone_cn': '请输入有效的 11 位中国大陆手机号。',
    'field.invalid_postal_code': '请输入有效的邮政编码。',
    'field.invalid_postal_code_cn': '请输入 6 位数字的邮政编码。',
    'field.required_payment_method': '请选择支付方式。',
    'field.required_shipping_option': '请选择配送方式。',
    'field.photo_type': '不支持此文件类型，请选择 {types} 格式的照片。',
    'field.photo_too_large': '照片超过 {max} MB，请选择较小的照片。',
    'field.too_many_photos.other': '最多可添加 {max} 张照片。',
    'field.unknown_photo': '有一张照片未上传完成，请重新添加。',
    'field.not_in_order': '该商品不在订单中。修改订单只能调整数量，如需添加商品请另行下单。',
    'field.unknown_line': '订单中已没有这一项，请刷新订单后重试。',
    'field.price_differs': '所选项的价格不同。预订只能改到价格相同的时间、日期或座位。',
    'field.nothing_chosen': '请至少选择一件商品。',
    'field.nothing_to_request': '此订单已没有可申请的商品。',
    'field.duplicate_line': '同一商品出现了两次，请每件商品只选一次并填写数量。',
    'field.too_many_units': '此商品最多可申请 {max} 件。',

    'coupon.applied': '优惠券已使用。',
    'coupon.unknown': '优惠码无效。',
    'coupon.expired': '该优惠券已过期。',
    'coupon.min_spend_not_met': '订单满 {minSpend} 才可使用此优惠券。',

    'line.out_of_stock': '已售罄',
    'line.insufficient_stock': '库存仅剩 {available} 件',
    'line.unavailable': '商品已下架',
    'line.invalid_quantity': '该数量无法下单',
    'line.invalid_personalization': '请完善定制信息',
    'line.rfq_expired': '报价已过期：请删除此商品，或按标价重新加入',
    'line.rfq_unavailable': '此商品的报价已不适用',

    'field.code_format': '请输入 6 位数字验证码。',
    'field.code_wrong': '验证码不正确，请核对后重试。',
    'field.invalid_order_number': '订单号有误：有字符输错或缺失。订单号的格式如 OZ-7KD4M-9QXT2。',
    'field.code_expired': '验证码已过期，请重新获取。',
    'field.rfq_quantity': '该商品按报价购买，数量固定为 {quantity} 件：请保留 {quantity} 件或删除。如需其他数量，请重新询价。',
    'verification.reason.large_amount': '本单金额较大，需要确认是您本人操作。',
    'verification.reason.many_orders': '短时间内使用这些信息下了多笔订单，需要确认是您本人操作。',
    'verification.reason.other': '下单前需要确认是您本人操作。',
    'verification.sent_to': '验证码（6 位数字）已发送至 {destination}。',
    'verification.resend_in': '{time} 后可重新获取验证码。',
    'account.session_expired': '登录已过期，您已退出登录。请重新登录以查看订单。',

    'field.edit_empty': '订单至少需要保留一件商品。如需全部删除，请改为取消订单。',
    'field.edit_unchanged': '尚未做任何修改。',
    'field.invalid_edit': '无法进行此修改。',
    'field.country_changed': '新地址须与订单在同一国家或地区。',
    'field.too_large': '超出上限：最多 {max}。',
    'field.nothing_to_refund': '该订单已没有可退款的金额。',
    'field.invalid_amount': '金额须为正整数（以分计），最多 {max}。',
    'field.pick_required': '请先选择新的时间。',
    'field.booking_taken': '抱歉，该时间刚刚被他人订走，请另选。',
    'field.photos_uploading': '请等待所有照片上传完成。',
  },
};
