/**
 * E-mail through an SMTP server (nodemailer): the shop's own mail server or any provider's SMTP relay.
 *
 * @module
 */
import nodemailer from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport/index.js';
import { DeliveryError, type MessageChannel, type OutgoingMessage } from './message-channel.ts';

/** Options of {@link createSmtpEmailChannel}. */
export interface SmtpEmailChannelOptions {
  /** nodemailer's SMTP options (`host`, `port`, `secure`, `auth`...), or an `smtp://` / `smtps://` URL. */
  transport: SMTPTransport.Options | string;
  /** The sender, e.g. `"Little Shop" <no-reply@shop.example>`. */
  from: string;
}

/** Timeouts well inside the worker's lease (see `MessageChannel.send`). */
const TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 60_000 } as const;

/** The domain of the sender's address, for stable Message-IDs. */
function senderDomain(from: string): string {
  const match = /@([^\s>]+)>?\s*$/.exec(from);
  return match?.[1] ?? 'orderzone.invalid';
}

/** A nodemailer failure as a {@link DeliveryError}: the SMTP reply code and status, never the reply text (it names addresses). */
function deliveryError(error: unknown): DeliveryError {
  const { code, responseCode, response } = (error ?? {}) as { code?: unknown; responseCode?: unknown; response?: unknown };
  const kind = typeof code === 'string' && /^[A-Z_]{2,20}$/.test(code) ? code : 'ESMTP';
  const reply = typeof responseCode === 'number' ? responseCode : undefined;
  const status = typeof response === 'string' ? /^\d{3}[ -]([245]\.\d{1,3}\.\d{1,3})\b/.exec(response)?.[1] : undefined;
  // A 5xx reply to the recipient or the message is final; a 5xx to the login is a setting to fix, worth retrying once fixed.
  const permanent = reply !== undefined && reply >= 500 && (kind === 'EENVELOPE' || kind === 'EMESSAGE');
  return new DeliveryError(['smtp', kind, reply, status].filter((part) => part !== undefined).join(' '), { permanent, cause: error });
}

/** The e-mail channel over SMTP. */
export function createSmtpEmailChannel(options: SmtpEmailChannelOptions): MessageChannel {
  const transport = typeof options.transport === 'string' ? { url: options.transport, ...TIMEOUTS } : { ...TIMEOUTS, ...options.transport };
  const transporter = nodemailer.createTransport(transport as SMTPTransport.Options);
  const domain = senderDomain(options.from);
  return {
    kind: 'email',
    name: 'smtp',
    async send(message: OutgoingMessage) {
      try {
        await transporter.sendMail({
          from: options.from,
          to: message.to,
          subject: message.rendered.subject,
          text: message.rendered.text,
          html: message.rendered.html,
          // The same id on every try, so a receiving server can tell a repeat.
          messageId: `<${message.id}@${domain}>`,
          headers: { 'Content-Language': message.locale, 'Auto-Submitted': 'auto-generated' },
        });
      } catch (error) {
        throw deliveryError(error);
      }
    },
    async close() {
      transporter.close();
    },
  };
}
