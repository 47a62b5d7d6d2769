/**
 * The demo shop's help: FAQ entries and contact channels shown by every `<order-help>` on the page
 * (OrderZone places them where a shopper gets stuck: a failed payment, a declined refund or return).
 */
import type { HelpConfig } from '@orderzone/elements';

export const demoHelp: HelpConfig = {
  faq: [
    {
      question: { 'zh-CN': '付款失败会扣款吗？', 'en-US': 'My payment failed. Was I charged?' },
      answer: {
        'zh-CN': '不会。付款失败不会扣款；若银行显示冻结金额，会在 1–3 个工作日内自动退回。\n\n您可以在订单页面重新扫码付款，二维码过期后会自动生成新的。',
        'en-US': 'No. A failed payment is never charged; an amount your bank shows as held is released within 1–3 working days.\n\nYou can pay again from your order page; an expired QR code is replaced by a new one.',
      },
      topics: ['payment_failed'],
    },
    {
      question: { 'zh-CN': '支持哪些付款方式？', 'en-US': 'Which payment methods can I use?' },
      answer: { 'zh-CN': '支付宝、微信支付、银联、银行卡和 PayPal。', 'en-US': 'Alipay, WeChat Pay, UnionPay, bank cards and PayPal.' },
      topics: ['payment_failed'],
    },
    {
      question: { 'zh-CN': '退款申请为什么被拒绝？', 'en-US': 'Why was my refund request declined?' },
      answer: {
        'zh-CN': '定制商品（如刻字水杯）制作后无法退款。拒绝原因写在订单记录中；如有疑问，请联系客服，我们会再次核实。',
        'en-US': 'Personalised items (such as engraved bottles) cannot be refunded once made. The reason is in your order’s history; contact us if anything is unclear and we will look again.',
      },
      topics: ['refund_rejected'],
    },
    {
      question: { 'zh-CN': '退货需要满足什么条件？', 'en-US': 'What can be returned?' },
      answer: {
        'zh-CN': '签收后 7 天内，商品未使用、吊牌和包装完好即可申请退货。请附上商品照片，方便我们尽快处理。',
        'en-US': 'Within 7 days of delivery, unused, with tags and packaging. Add photos of the item so we can decide quickly.',
      },
      topics: ['return_rejected'],
    },
    {
      question: { 'zh-CN': '多久发货？', 'en-US': 'When will my order ship?' },
      answer: { 'zh-CN': '付款后 48 小时内发货，发货后可在订单页面查看运单号。', 'en-US': 'Within 48 hours of payment; the tracking number then shows on your order page.' },
    },
  ],
  contact: {
    phone: '400-820-8820',
    email: 'help@hill-and-field.example',
    wechat: 'hillfield_shop',
    hours: { 'zh-CN': '每天 9:00–21:00', 'en-US': 'Daily 9:00–21:00 (Beijing time)' },
  },
};
