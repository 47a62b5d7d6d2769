/**
 * The messages in Simplified Chinese (zh-CN).
 *
 * @module
 */
import type { ReturnInstructions } from '@orderzone/core';
import type { MessageBlock, MessageWording, WordingContext } from './message-document.ts';
import type { NoticeOrder } from './message-content.ts';

function orderBlocks(order: NoticeOrder, context: WordingContext): MessageBlock[] {
  return [
    { type: 'lines', lines: order.lines },
    { type: 'fields', rows: [['订单号', order.orderNumber], ['合计', context.formatMoney(order.total)]] },
  ];
}

function noteBlock(note: string | undefined): MessageBlock[] {
  return note ? [{ type: 'fields', rows: [['商家备注', note]] }] : [];
}

function instructionsBlock(instructions: ReturnInstructions | undefined): MessageBlock[] {
  if (!instructions) return [];
  const { address } = instructions;
  // Chinese addresses read from the largest place to the smallest.
  const place = [address.country === 'CN' ? '' : address.country, address.region, address.city, address.district, address.line1, address.line2].filter(Boolean).join(' ');
  return [
    {
      type: 'fields',
      rows: [
        ['收件人', instructions.recipient],
        ['地址', address.postalCode ? `${place}（邮编 ${address.postalCode}）` : place],
        ...(instructions.phone ? ([['电话', instructions.phone]] as const) : []),
        ...(instructions.note ? ([['说明', instructions.note]] as const) : []),
      ],
    },
  ];
}

export const ZH_CN_WORDING: MessageWording = {
  locale: 'zh-CN',
  quantity: (quantity) => `× ${quantity}`,
  footer: (context) => `此邮件由${context.shopName}自动发送，请勿直接回复。`,
  document(content, context) {
    const shop = context.shopName;
    switch (content.kind) {
      case 'sign_in_code':
        return {
          subject: `${shop}登录验证码：${content.code}`,
          heading: '您的登录验证码',
          blocks: [
            { type: 'paragraph', text: `请输入以下验证码登录${shop}：` },
            { type: 'code', code: content.code },
            { type: 'paragraph', text: `验证码 ${content.validMinutes} 分钟内有效。请勿将验证码告诉他人，${shop}不会向您索取验证码。` },
            { type: 'paragraph', text: '如非本人操作，请忽略此邮件。' },
          ],
        };
      case 'verification_code':
        return {
          subject: `${shop}订单确认验证码：${content.code}`,
          heading: '确认您的订单',
          blocks: [
            { type: 'paragraph', text: `请输入以下验证码，确认您在${shop}的订单：` },
            { type: 'code', code: content.code },
            { type: 'paragraph', text: `验证码 ${content.validMinutes} 分钟内有效。请勿将验证码告诉他人，${shop}不会向您索取验证码。` },
            { type: 'paragraph', text: '如果您没有下单，请忽略此邮件。' },
          ],
        };
      case 'order_placed': {
        const next =
          content.next === 'pay'
            ? content.payBy
              ? `订单待支付，请在 ${context.formatDateTime(content.payBy)} 前完成支付，逾期订单将自动取消。`
              : '订单待支付。'
            : content.next === 'pay_on_delivery'
              ? '您选择了货到付款，发货后我们会通知您。'
              : '订单有新进展时我们会通知您。';
        return {
          subject: `${shop}：已收到您的订单 ${content.order.orderNumber}`,
          heading: '感谢您的订购',
          blocks: [{ type: 'paragraph', text: `我们已收到您的订单 ${content.order.orderNumber}。` }, ...orderBlocks(content.order, context), { type: 'paragraph', text: next }],
        };
      }
      case 'order_paid':
        return content.bookings
          ? {
              subject: `${shop}：预订 ${content.order.orderNumber} 已确认`,
              heading: '您的预订已确认',
              blocks: [{ type: 'paragraph', text: `我们已收到您的付款，预订 ${content.order.orderNumber} 已确认。` }, ...orderBlocks(content.order, context)],
            }
          : {
              subject: `${shop}：订单 ${content.order.orderNumber} 已付款`,
              heading: '已收到付款',
              blocks: [{ type: 'paragraph', text: `我们已收到订单 ${content.order.orderNumber} 的付款，发货后会通知您。` }, ...orderBlocks(content.order, context)],
            };
      case 'order_shipped':
        return {
          subject: `${shop}：订单 ${content.order.orderNumber} 已发货`,
          heading: '您的订单已发货',
          blocks: [
            { type: 'paragraph', text: `您的订单 ${content.order.orderNumber} 已发货。` },
            ...(content.tracking ? [{ type: 'fields' as const, rows: [['快递公司', content.tracking.carrier], ['运单号', content.tracking.number]] as const }] : []),
            ...orderBlocks(content.order, context),
          ],
        };
      case 'refund_decided':
        return content.approved
          ? {
              subject: `${shop}：订单 ${content.order.orderNumber} 的退款已同意`,
              heading: '退款已同意',
              blocks: [
                {
                  type: 'paragraph',
                  text: content.amount
                    ? `订单 ${content.order.orderNumber} 的退款申请已同意，${context.formatMoney(content.amount)} 将按原支付方式退回。`
                    : `订单 ${content.order.orderNumber} 的退款申请已同意，款项将按原支付方式退回。`,
                },
                ...noteBlock(content.note),
                ...orderBlocks(content.order, context),
              ],
            }
          : {
              subject: `${shop}：订单 ${content.order.orderNumber} 的退款申请未通过`,
              heading: '退款申请未通过',
              blocks: [
                { type: 'paragraph', text: `订单 ${content.order.orderNumber} 的退款申请未通过，订单将照常处理。` },
                ...noteBlock(content.note),
                ...orderBlocks(content.order, context),
              ],
            };
      case 'return_decided':
        return content.approved
          ? {
              subject: `${shop}：订单 ${content.order.orderNumber} 的退货已同意`,
              heading: '退货已同意',
              blocks: [
                { type: 'paragraph', text: `订单 ${content.order.orderNumber} 的退货申请已同意，请按以下信息寄回商品。` },
                ...instructionsBlock(content.instructions),
                ...noteBlock(content.note),
                ...orderBlocks(content.order, context),
              ],
            }
          : {
              subject: `${shop}：订单 ${content.order.orderNumber} 的退货申请未通过`,
              heading: '退货申请未通过',
              blocks: [{ type: 'paragraph', text: `订单 ${content.order.orderNumber} 的退货申请未通过。` }, ...noteBlock(content.note), ...orderBlocks(content.order, context)],
            };
    }
  },
};
