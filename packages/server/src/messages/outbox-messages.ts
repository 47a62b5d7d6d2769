/**
 * What an outbox row holds, read back as a message to deliver. Two writers fill the outbox: the
 * engine (its `OutboxMessage`: a code, by SMS or e-mail) and the order notices
 * ({@link OrderNoticeData}, by e-mail).
 *
 * @module
 */
import type { SupportedLocale } from '@orderzone/core';
import type { OutboxMessage } from '@orderzone/embedded-backend';
import type { ChannelKind, OutgoingMessage } from './message-channel.ts';
import type { MessageContent, OrderNoticeContent } from './message-content.ts';
import { messageLocale, renderMessage, type MessageSettings } from './render-message.ts';

/** The `data` of an order notice's outbox row. */
export interface OrderNoticeData {
  type: 'order_notice';
  channel: 'email';
  locale: SupportedLocale;
  content: OrderNoticeContent;
}

/** The kinds of message of the engine's codes, by purpose. */
const CODE_KINDS = { sign_in: 'sign_in_code', verification: 'verification_code' } as const;

/** The channel a row goes by (`data.channel`), if it names one. */
export function rowChannel(data: unknown): ChannelKind | undefined {
  const channel = (data as { channel?: unknown } | null)?.channel;
  return channel === 'sms' || channel === 'email' ? channel : undefined;
}

/** An outbox row as a message to deliver, or why it cannot be one. */
export function outgoingOf(row: { id: string; destination: string; data: unknown }, settings: MessageSettings): OutgoingMessage | { unusable: string } {
  const data = row.data as Partial<OutboxMessage> & Partial<OrderNoticeData>;
  const channel = rowChannel(data);
  if (!channel) return { unusable: 'unknown channel' };
  let content: MessageContent;
  let locale: SupportedLocale;
  let params: Record<string, string> = {};
  if (data.type === 'order_notice' && data.content) {
    content = data.content;
    locale = messageLocale(data.locale, settings);
  } else if (data.purpose === 'sign_in' || data.purpose === 'verification') {
    if (typeof data.code !== 'string') return { unusable: 'no code' };
    const minutes = Math.round((Date.parse(data.expiresAt ?? '') - Date.parse(data.sentAt ?? '')) / 60_000);
    content = { kind: CODE_KINDS[data.purpose], code: data.code, validMinutes: Number.isFinite(minutes) && minutes > 0 ? minutes : 5 };
    // The engine does not know the shopper's language when it sends a code: the shop's.
    locale = settings.defaultLocale;
    params = { code: data.code };
  } else {
    return { unusable: 'unknown message' };
  }
  return { id: row.id, channel, to: row.destination, kind: content.kind, locale, rendered: renderMessage(content, locale, settings), params };
}

/** When the row's message is of no use any more (a code's `expiresAt`), if it says. */
export function rowExpiresAt(data: unknown): number | undefined {
  const expiresAt = (data as { expiresAt?: unknown } | null)?.expiresAt;
  const at = typeof expiresAt === 'string' ? Date.parse(expiresAt) : NaN;
  return Number.isFinite(at) ? at : undefined;
}
