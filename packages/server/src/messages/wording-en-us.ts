/**
 * The messages in English (en-US).
 *
 * @module
 */
import type { ReturnInstructions } from '@orderzone/core';
import type { MessageBlock, MessageWording, WordingContext } from './message-document.ts';
import type { NoticeOrder } from './message-content.ts';

function orderBlocks(order: NoticeOrder, context: WordingContext): MessageBlock[] {
  return [
    { type: 'lines', lines: order.lines },
    { type: 'fields', rows: [['Order number', order.orderNumber], ['Total', context.formatMoney(order.total)]] },
  ];
}

function noteBlock(note: string | undefined): MessageBlock[] {
  return note ? [{ type: 'fields', rows: [['Note from the shop', note]] }] : [];
}

function instructionsBlock(instructions: ReturnInstructions | undefined): MessageBlock[] {
  if (!instructions) return [];
  const { address } = instructions;
  const place = [address.line1, address.line2, address.district, address.city, address.region, address.postalCode, address.country].filter(Boolean).join(', ');
  return [
    {
      type: 'fields',
      rows: [
        ['Send to', instructions.recipient],
        ['Address', place],
        ...(instructions.phone ? ([['Phone', instructions.phone]] as const) : []),
        ...(instructions.note ? ([['Instructions', instructions.note]] as const) : []),
      ],
    },
  ];
}

export const EN_US_WORDING: MessageWording = {
  locale: 'en-US',
  quantity: (quantity) => `× ${quantity}`,
  footer: (context) => `This message was sent automatically by ${context.shopName}. Please do not reply to it.`,
  document(content, context) {
    const shop = context.shopName;
    switch (content.kind) {
      case 'sign_in_code':
        return {
          subject: `${content.code} is your sign-in code for ${shop}`,
          heading: 'Your sign-in code',
          blocks: [
            { type: 'paragraph', text: `Enter this code to sign in to ${shop}:` },
            { type: 'code', code: content.code },
            { type: 'paragraph', text: `It works for ${content.validMinutes} minutes. Never share it: ${shop} will never ask you for it.` },
            { type: 'paragraph', text: 'If you did not ask for it, you can ignore this message.' },
          ],
        };
      case 'verification_code':
        return {
          subject: `${content.code} is your code to confirm your order at ${shop}`,
          heading: 'Confirm your order',
          blocks: [
            { type: 'paragraph', text: `Enter this code to confirm your order at ${shop}:` },
            { type: 'code', code: content.code },
            { type: 'paragraph', text: `It works for ${content.validMinutes} minutes. Never share it: ${shop} will never ask you for it.` },
            { type: 'paragraph', text: 'If you are not placing an order, you can ignore this message.' },
          ],
        };
      case 'order_placed': {
        const next =
          content.next === 'pay'
            ? content.payBy
              ? `Your order awaits payment. Please pay by ${context.formatDateTime(content.payBy)}, or it will be cancelled.`
              : 'Your order awaits payment.'
            : content.next === 'pay_on_delivery'
              ? 'You pay on delivery. We will let you know when it ships.'
              : 'We will let you know when it moves on.';
        return {
          subject: `Order ${content.order.orderNumber} received: ${shop}`,
          heading: 'Thank you for your order',
          blocks: [{ type: 'paragraph', text: `We have received your order ${content.order.orderNumber}.` }, ...orderBlocks(content.order, context), { type: 'paragraph', text: next }],
        };
      }
      case 'order_paid':
        return content.bookings
          ? {
              subject: `Booking ${content.order.orderNumber} confirmed: ${shop}`,
              heading: 'Your booking is confirmed',
              blocks: [{ type: 'paragraph', text: `We have received your payment: your booking ${content.order.orderNumber} is confirmed.` }, ...orderBlocks(content.order, context)],
            }
          : {
              subject: `Payment received for order ${content.order.orderNumber}: ${shop}`,
              heading: 'Payment received',
              blocks: [
                { type: 'paragraph', text: `We have received your payment for order ${content.order.orderNumber}. We will let you know when it ships.` },
                ...orderBlocks(content.order, context),
              ],
            };
      case 'order_shipped':
        return {
          subject: `Order ${content.order.orderNumber} has shipped: ${shop}`,
          heading: 'Your order is on its way',
          blocks: [
            { type: 'paragraph', text: `Your order ${content.order.orderNumber} has shipped.` },
            ...(content.tracking ? [{ type: 'fields' as const, rows: [['Carrier', content.tracking.carrier], ['Tracking number', content.tracking.number]] as const }] : []),
            ...orderBlocks(content.order, context),
          ],
        };
      case 'refund_decided':
        return content.approved
          ? {
              subject: `Refund approved for order ${content.order.orderNumber}: ${shop}`,
              heading: 'Your refund is approved',
              blocks: [
                {
                  type: 'paragraph',
                  text: content.amount
                    ? `Your refund of ${context.formatMoney(content.amount)} for order ${content.order.orderNumber} has been approved. The money goes back the way you paid.`
                    : `Your refund for order ${content.order.orderNumber} has been approved. The money goes back the way you paid.`,
                },
                ...noteBlock(content.note),
                ...orderBlocks(content.order, context),
              ],
            }
          : {
              subject: `Refund request declined for order ${content.order.orderNumber}: ${shop}`,
              heading: 'Your refund request was declined',
              blocks: [
                { type: 'paragraph', text: `Your refund request for order ${content.order.orderNumber} was declined. Your order stays as it was.` },
                ...noteBlock(content.note),
                ...orderBlocks(content.order, context),
              ],
            };
      case 'return_decided':
        return content.approved
          ? {
              subject: `Return approved for order ${content.order.orderNumber}: ${shop}`,
              heading: 'Your return is approved',
              blocks: [
                { type: 'paragraph', text: `Your return for order ${content.order.orderNumber} has been approved. Please send the goods back as follows.` },
                ...instructionsBlock(content.instructions),
                ...noteBlock(content.note),
                ...orderBlocks(content.order, context),
              ],
            }
          : {
              subject: `Return request declined for order ${content.order.orderNumber}: ${shop}`,
              heading: 'Your return request was declined',
              blocks: [{ type: 'paragraph', text: `Your return request for order ${content.order.orderNumber} was declined.` }, ...noteBlock(content.note), ...orderBlocks(content.order, context)],
            };
    }
  },
};
