/**
 * The messages the server sent (its outbox), newest first: one-time codes (sign-in, order
 * verification) with the code itself outside production, and notices to the shopper (order placed,
 * paid, shipped, refund and return decisions). The demo sends no real SMS or e-mail, so this is where
 * a person trying the shop reads the code to type.
 */
import { type Translate } from '@orderzone/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { OutboxEntry } from './admin-client.ts';
import { formatDateTime } from './order-view.ts';

/** A code message (as opposed to an order notice). */
export function isCodeMessage(message: OutboxEntry): message is Extract<OutboxEntry, { purpose: unknown }> {
  return 'purpose' in message;
}

function deliveryText(message: OutboxEntry, t: Translate): string {
  const { delivery } = message;
  return delivery.status === 'delivered' ? t('console.outbox.delivery.delivered', { via: delivery.via ?? '?' }) : t(`console.outbox.delivery.${delivery.status}`);
}

/** One message. */
export function renderMessage(message: OutboxEntry, t: Translate, locale: string, now: number): TemplateResult {
  const to = t('console.outbox.to', { channel: t(`console.outbox.channel.${message.channel}`), destination: message.destination });
  const sent = html`<p class="muted small">${t('console.outbox.sent', { sentAt: formatDateTime(message.sentAt, locale), delivery: deliveryText(message, t) })}</p>`;
  if (!isCodeMessage(message)) {
    const { content } = message;
    return html`<li class="message notice" data-message data-notice=${content.kind}>
      <p class="message-to"><strong>${to}</strong> · ${t('console.outbox.notice')}</p>
      <p>${t('console.outbox.notice_of', { kind: t(`console.outbox.notice.${content.kind}`), orderNumber: content.order.orderNumber })}</p>
      ${sent}
    </li>`;
  }
  const expired = Date.parse(message.expiresAt) <= now;
  return html`<li class="message ${expired ? 'expired' : ''}" data-message data-purpose=${message.purpose}>
    <p class="message-to"><strong>${to}</strong> · ${t(`console.outbox.purpose.${message.purpose}`)}</p>
    <p class="message-code">
      ${t('console.outbox.code')}
      ${message.code !== undefined ? html`<span class="code" data-code>${message.code}</span>` : html`<span class="muted">${t('console.outbox.code_hidden')}</span>`}
      ${expired ? html`<span class="muted">(${t('console.outbox.expired')})</span>` : nothing}
    </p>
    <p class="muted small">${t('console.outbox.times', { sentAt: formatDateTime(message.sentAt, locale), expiresAt: new Intl.DateTimeFormat(locale, { timeStyle: 'short' }).format(new Date(message.expiresAt)) })}</p>
  </li>`;
}
