/**
 * The Chinese (zh-CN) messages of `checkout-messages.ts`, a module of their own: a page loads the messages of the
 * language it shows, and the other language's only when the shopper switches to it.
 *
 * @module
 */
import type { MessageCatalog } from './messages.ts';

/** The Chinese (zh-CN) messages of `checkoutMessages` (see `checkout-messages.ts`). */
export const messages: MessageCatalog = {
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
};
