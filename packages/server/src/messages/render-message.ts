/**
 * Rendering a message in its language, as plain text and as HTML, with the shop's name.
 *
 * @module
 */
import { formatMoney, localize, normalizeLocale, type SupportedLocale } from '@orderzone/core';
import { html, type SafeHtml } from './html.ts';
import type { RenderedMessage } from './message-channel.ts';
import type { MessageContent } from './message-content.ts';
import type { MessageBlock, MessageWording, WordingContext } from './message-document.ts';
import { EN_US_WORDING } from './wording-en-us.ts';
import { ZH_CN_WORDING } from './wording-zh-cn.ts';

/** What every message needs to know about the shop (see `readMessageConfig`). */
export interface MessageSettings {
  /** The shop's name: one for every language, or one per language (`{ 'zh-CN': '小店', 'en-US': 'Little Shop' }`). */
  shopName: string | Partial<Record<SupportedLocale, string>>;
  /** The language of messages to someone whose language is not known (codes, orders without a locale). */
  defaultLocale: SupportedLocale;
  /** IANA time zone dates are shown in (a payment deadline). */
  timeZone: string;
}

const WORDINGS: Readonly<Record<SupportedLocale, MessageWording>> = { 'zh-CN': ZH_CN_WORDING, 'en-US': EN_US_WORDING };

/** The language of a message to someone who uses `tag`: Chinese or English, else the shop's default. */
export function messageLocale(tag: string | undefined, settings: Pick<MessageSettings, 'defaultLocale'>): SupportedLocale {
  const normalized = normalizeLocale(tag);
  if (normalized?.startsWith('zh')) return 'zh-CN';
  if (normalized?.startsWith('en')) return 'en-US';
  return settings.defaultLocale;
}

function wordingContext(locale: SupportedLocale, settings: MessageSettings): WordingContext {
  const dates = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: settings.timeZone });
  return {
    shopName: localize(settings.shopName as string | Record<string, string>, locale),
    formatDateTime: (iso) => dates.format(new Date(iso)),
    formatMoney: (money) => formatMoney(money, locale),
  };
}

function blockText(block: MessageBlock, wording: MessageWording): string {
  switch (block.type) {
    case 'paragraph':
      return block.text;
    case 'code':
      return `    ${block.code}`;
    case 'fields':
      return block.rows.map(([label, value]) => `${label}: ${value}`).join('\n');
    case 'lines':
      return block.lines.map((line) => `- ${line.title}${line.variant ? ` (${line.variant})` : ''} ${wording.quantity(line.quantity)}`).join('\n');
  }
}

const CELL = 'padding:4px 12px 4px 0;vertical-align:top';

function blockHtml(block: MessageBlock, wording: MessageWording): SafeHtml {
  switch (block.type) {
    case 'paragraph':
      return html`<p style="margin:0 0 16px">${block.text}</p>`;
    case 'code':
      return html`<p style="margin:0 0 16px;font-size:32px;font-weight:bold;letter-spacing:6px;font-family:Menlo,Consolas,monospace">${block.code}</p>`;
    case 'fields':
      return html`<table role="presentation" style="margin:0 0 16px;border-collapse:collapse">${block.rows.map(
        ([label, value]) => html`<tr><th scope="row" style="${CELL};text-align:left;font-weight:normal;color:#555">${label}</th><td style="${CELL}">${value}</td></tr>`,
      )}</table>`;
    case 'lines':
      return html`<table role="presentation" style="margin:0 0 16px;border-collapse:collapse">${block.lines.map(
        (line) =>
          html`<tr><td style="${CELL}">${line.title}${line.variant ? html`<br><span style="color:#555">${line.variant}</span>` : ''}</td><td style="${CELL};white-space:nowrap">${wording.quantity(line.quantity)}</td></tr>`,
      )}</table>`;
  }
}

/** `content` in `locale`: subject, plain text and HTML, with the shop's name. */
export function renderMessage(content: MessageContent, locale: SupportedLocale, settings: MessageSettings): RenderedMessage {
  const wording = WORDINGS[locale];
  const context = wordingContext(locale, settings);
  const document = wording.document(content, context);
  const footer = wording.footer(context);
  const text = [context.shopName, document.heading, ...document.blocks.map((block) => blockText(block, wording)), `-- \n${footer}`].join('\n\n') + '\n';
  const body = html`<!doctype html>
<html lang="${wording.locale}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${document.subject}</title></head>
<body style="margin:0;padding:0;background:#f4f4f5">
<div style="max-width:560px;margin:0 auto;padding:24px;background:#ffffff;color:#18181b;font-family:-apple-system,'Segoe UI','PingFang SC','Microsoft YaHei',sans-serif;font-size:15px;line-height:1.6">
<p style="margin:0 0 8px;font-size:13px;color:#555">${context.shopName}</p>
<h1 style="margin:0 0 16px;font-size:20px">${document.heading}</h1>
${document.blocks.map((block) => blockHtml(block, wording))}
<p style="margin:24px 0 0;font-size:12px;color:#71717a">${footer}</p>
</div>
</body>
</html>
`;
  return { subject: document.subject, text, html: body.value };
}
