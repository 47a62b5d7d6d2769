/**
 * Messages: one-time codes and order notices delivered by e-mail (SMTP) and SMS (Alibaba Cloud, or
 * the log channel in development) from the outbox, reliably and across instances. See
 * docs/messages.md.
 *
 * @module
 */
export { DeliveryError, describeFailure, withoutPersonalData, type ChannelKind, type MessageChannel, type MessageChannels, type MessageKind, type OutgoingMessage, type RenderedMessage } from './message-channel.ts';
export type { CodeContent, MessageContent, NoticeOrder, OrderNoticeContent } from './message-content.ts';
export { escapeHtml, html, SafeHtml } from './html.ts';
export { messageLocale, renderMessage, type MessageSettings } from './render-message.ts';
export { createSmtpEmailChannel, type SmtpEmailChannelOptions } from './smtp-email-channel.ts';
export { aliyunPhoneNumber, createAliyunSmsChannel, type AliyunSmsChannelOptions } from './aliyun-sms-channel.ts';
export { createLogChannel, logLine, type LogChannelOptions } from './log-channel.ts';
export { createMessageChannels, readMessageConfig, type EmailDelivery, type MessageConfig, type SmsDelivery } from './message-config.ts';
export { OUTBOX_CHANNEL, notifyOutbox } from './outbox-notify.ts';
export { outgoingOf, type OrderNoticeData } from './outbox-messages.ts';
export { defaultRetryDelayMs, deliverDueMessages, type DeliveryOptions, type DeliveryReport } from './outbox-delivery.ts';
export { noticeContent, noticeKindOf, noticeMessageId, queueOrderNotices, scanOrderNotices, type OrderNoticeKind, type OrderNoticeOptions } from './order-notices.ts';
export { startMessageWorker, type MessageWorker, type MessageWorkerOptions } from './message-worker.ts';
