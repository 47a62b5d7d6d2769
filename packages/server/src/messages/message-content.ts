/**
 * What a message says, before it is put in words: a code and how long it works, or an order notice
 * with only what the notice needs (the order number, its lines and total, the tracking number, the
 * merchant's decision). Never the shopper's name, phone number or address.
 *
 * @module
 */
import type { Money, ReturnInstructions, Tracking } from '@orderzone/core';
import type { MessageKind } from './message-channel.ts';

/** The part of an order a notice shows. */
export interface NoticeOrder {
  orderNumber: string;
  /** The lines, their titles already in the notice's language. */
  lines: { title: string; variant?: string; quantity: number }[];
  total: Money;
}

/** A one-time code to send. */
export interface CodeContent {
  kind: Extract<MessageKind, 'sign_in_code' | 'verification_code'>;
  code: string;
  /** Whole minutes the code works from when it was sent. */
  validMinutes: number;
}

/** A notice of an order's status change. */
export type OrderNoticeContent =
  | {
      kind: 'order_placed';
      order: NoticeOrder;
      /** What the shopper does next: pay (`pending_payment`, by `payBy`), nothing now (cash on delivery, already paid). */
      next: 'pay' | 'pay_on_delivery' | 'none';
      /** ISO 8601: the deadline to pay, when there is one. */
      payBy?: string;
    }
  | { kind: 'order_paid'; order: NoticeOrder; /** An order of bookings only: confirmed rather than awaiting shipment. */ bookings: boolean }
  | { kind: 'order_shipped'; order: NoticeOrder; tracking?: Tracking }
  | {
      kind: 'refund_decided';
      order: NoticeOrder;
      approved: boolean;
      /** The merchant's note to the shopper. */
      note?: string;
      /** What this decision refunded (a request by line may refund part of the order). */
      amount?: Money;
    }
  | {
      kind: 'return_decided';
      order: NoticeOrder;
      approved: boolean;
      note?: string;
      /** Where to send the goods (the merchant's address), when approved. */
      instructions?: ReturnInstructions;
    };

/** Anything the server sends. */
export type MessageContent = CodeContent | OrderNoticeContent;
