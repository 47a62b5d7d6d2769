/**
 * What the server delivers and through what: a message ready to go (rendered in the recipient's
 * language) and the channel interface every way of delivering implements (SMTP e-mail, Alibaba Cloud
 * SMS, the log channel). To add a channel, implement {@link MessageChannel} and pass it to the
 * message worker (see docs/messages.md).
 *
 * @module
 */
import type { SupportedLocale } from '@orderzone/core';

/** How a message reaches a person: the two kinds of destination the engine knows. */
export type ChannelKind = 'sms' | 'email';

/** Every message the server sends. */
export type MessageKind =
  | 'sign_in_code'
  | 'verification_code'
  | 'order_placed'
  | 'order_paid'
  | 'order_shipped'
  | 'refund_decided'
  | 'return_decided';

/** A message in words: the same content as plain text and as HTML (every value in it escaped). */
export interface RenderedMessage {
  subject: string;
  text: string;
  html: string;
}

/** One message ready to deliver. */
export interface OutgoingMessage {
  /** The outbox row's id: stable across tries (an SMS provider's `OutId`, an e-mail's Message-ID). */
  id: string;
  channel: ChannelKind;
  /** The phone number or e-mail address, as the shopper typed it. */
  to: string;
  kind: MessageKind;
  locale: SupportedLocale;
  rendered: RenderedMessage;
  /**
   * The values of a provider's registered template (SMS providers send a template code with these
   * instead of free text): `{ code }` for codes; empty for notices.
   */
  params: Readonly<Record<string, string>>;
}

/** A way of delivering messages of one {@link ChannelKind}. */
export interface MessageChannel {
  readonly kind: ChannelKind;
  /** Recorded with each delivery (`outbox.delivered_via`): `smtp`, `aliyun`, `log`... */
  readonly name: string;
  /**
   * Hands `message` over; resolves once the provider accepted it. Rejects with a
   * {@link DeliveryError} (any other error counts as a temporary failure). Must give up within the
   * worker's lease (5 minutes by default): set the client's timeouts below it.
   */
  send(message: OutgoingMessage): Promise<void>;
  /** Releases connections, if the channel keeps any. */
  close?(): Promise<void>;
}

/** The channels the worker delivers through, one per kind at most. */
export interface MessageChannels {
  sms?: MessageChannel;
  email?: MessageChannel;
}

/**
 * A failed delivery, described without personal data: `reason` names the failure by codes only (an
 * SMTP reply code, a provider's error code), never an address, a number or a code, because it is
 * stored (`outbox.last_error`) and logged.
 */
export class DeliveryError extends Error {
  override name = 'DeliveryError';
  /** True when trying again cannot help (a number the provider refuses, a mailbox that does not exist). */
  readonly permanent: boolean;
  readonly reason: string;
  constructor(reason: string, options: { permanent?: boolean; cause?: unknown } = {}) {
    super(reason, options.cause === undefined ? undefined : { cause: options.cause });
    this.reason = reason;
    this.permanent = options.permanent ?? false;
  }
}

/** Anything that looks like personal data or a code, replaced: the last guard before a reason is stored or logged. */
export function withoutPersonalData(reason: string): string {
  return reason
    .replace(/[^\s<>"'()]+@[^\s<>"'()]+/g, '<address>')
    .replace(/\+?\d[\d\s-]{5,}\d/g, '<number>')
    .slice(0, 200);
}

/** The stored description of any failure of `send` (see {@link DeliveryError}). */
export function describeFailure(error: unknown): { reason: string; permanent: boolean } {
  if (error instanceof DeliveryError) return { reason: withoutPersonalData(error.reason), permanent: error.permanent };
  const code = (error as { code?: unknown } | undefined)?.code;
  // Node's network errors carry a code (ECONNREFUSED, ETIMEDOUT...); their messages may name hosts and addresses.
  if (typeof code === 'string' && /^[A-Za-z0-9_.-]{1,60}$/.test(code)) return { reason: withoutPersonalData(code), permanent: false };
  return { reason: error instanceof Error ? withoutPersonalData(error.name) : 'unknown failure', permanent: false };
}
