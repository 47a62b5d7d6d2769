import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { MessageContent, NoticeOrder } from './message-content.ts';
import { messageLocale, renderMessage, type MessageSettings } from './render-message.ts';

const settings: MessageSettings = { shopName: { 'zh-CN': '小店', 'en-US': 'Little Shop' }, defaultLocale: 'zh-CN', timeZone: 'Asia/Shanghai' };
const order: NoticeOrder = {
  orderNumber: 'OZ7K2M9QX4',
  lines: [{ title: 'Cotton T-shirt', variant: 'M / Navy', quantity: 2 }],
  total: { amount: 25800, currency: 'CNY' },
};

/** The HTML with its markup removed and entities decoded: what a mail program shows. */
function shown(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

describe('message templates', () => {
  it('word a sign-in code in Chinese with the shop name, the code and how long it works, as text and HTML', () => {
    const message = renderMessage({ kind: 'sign_in_code', code: '042917', validMinutes: 10 }, 'zh-CN', settings);
    assert.equal(message.subject, '小店登录验证码：042917');
    assert.match(message.text, /^小店\n\n您的登录验证码\n\n请输入以下验证码登录小店：\n\n {4}042917\n\n验证码 10 分钟内有效/);
    assert.match(message.html, /<html lang="zh-CN">/);
    assert.match(shown(message.html), /请输入以下验证码登录小店： 042917 验证码 10 分钟内有效/);
  });

  it('word a verification code in English', () => {
    const message = renderMessage({ kind: 'verification_code', code: '555123', validMinutes: 10 }, 'en-US', settings);
    assert.equal(message.subject, '555123 is your code to confirm your order at Little Shop');
    assert.match(message.text, /Enter this code to confirm your order at Little Shop:\n\n {4}555123\n\nIt works for 10 minutes\./);
    assert.match(message.html, /<html lang="en-US">/);
  });

  it('say which carrier and tracking number a shipped order goes with, in both languages', () => {
    const content: MessageContent = { kind: 'order_shipped', order, tracking: { carrier: 'SF Express', number: 'SF1234567890' } };
    const english = renderMessage(content, 'en-US', settings);
    assert.equal(english.subject, 'Order OZ7K2M9QX4 has shipped: Little Shop');
    assert.match(english.text, /Carrier: SF Express\nTracking number: SF1234567890/);
    assert.match(english.text, /- Cotton T-shirt \(M \/ Navy\) × 2/);
    assert.match(english.text, /Total: CN¥258\.00/);
    assert.match(shown(english.html), /Carrier SF Express Tracking number SF1234567890/);
    const chinese = renderMessage(content, 'zh-CN', settings);
    assert.equal(chinese.subject, '小店：订单 OZ7K2M9QX4 已发货');
    assert.match(chinese.text, /快递公司: SF Express\n运单号: SF1234567890/);
    assert.match(chinese.text, /合计: ¥258\.00/);
  });

  it('say how much a refund of part of the order gives back, in both languages', () => {
    const content: MessageContent = { kind: 'refund_decided', approved: true, amount: { amount: 7110, currency: 'CNY' }, order };
    assert.match(renderMessage(content, 'en-US', settings).text, /Your refund of CN¥71\.10 for order OZ7K2M9QX4 has been approved\./);
    assert.match(renderMessage(content, 'zh-CN', settings).text, /订单 OZ7K2M9QX4 的退款申请已同意，¥71\.10 将按原支付方式退回。/);
  });

  it('escape every value in the HTML: a merchant note, a product title or a shop name cannot become markup', () => {
    const hostile = '<script>alert("x")</script> & <img src=x onerror=alert(1)>';
    const message = renderMessage(
      { kind: 'refund_decided', approved: false, note: hostile, order: { ...order, lines: [{ title: `<b>Tee</b>`, quantity: 1 }] } },
      'en-US',
      { ...settings, shopName: 'A&B <Shop>' },
    );
    assert.doesNotMatch(message.html, /<script|<img|<b>Tee/);
    assert.match(message.html, /&lt;script&gt;alert\(&quot;x&quot;\)&lt;\/script&gt; &amp; &lt;img src=x onerror=alert\(1\)&gt;/);
    assert.match(message.html, /A&amp;B &lt;Shop&gt;/);
    // The plain text shows the note as it was written.
    assert.ok(message.text.includes(`Note from the shop: ${hostile}`));
    assert.equal(message.subject, 'Refund request declined for order OZ7K2M9QX4: A&B <Shop>');
  });

  it('tell a shopper where to send an approved return, and a placed order when to pay by, in the shop time zone', () => {
    const returned = renderMessage(
      {
        kind: 'return_decided',
        approved: true,
        order,
        instructions: { recipient: '售后部', phone: '021-55550000', address: { country: 'CN', region: '上海市', city: '上海市', district: '浦东新区', line1: '世纪大道1号', postalCode: '200120' } },
      },
      'zh-CN',
      settings,
    );
    assert.match(returned.text, /收件人: 售后部\n地址: 上海市 上海市 浦东新区 世纪大道1号（邮编 200120）\n电话: 021-55550000/);
    const placed = renderMessage({ kind: 'order_placed', order, next: 'pay', payBy: '2026-05-04T02:30:00Z' }, 'en-US', settings);
    assert.match(placed.text, /Please pay by May 4, 2026, 10:30\s?AM, or it will be cancelled\./);
    const cod = renderMessage({ kind: 'order_placed', order, next: 'pay_on_delivery' }, 'zh-CN', settings);
    assert.match(cod.text, /您选择了货到付款/);
  });

  it('confirm a paid booking as confirmed, a paid order as awaiting shipment', () => {
    assert.equal(renderMessage({ kind: 'order_paid', order, bookings: true }, 'en-US', settings).subject, 'Booking OZ7K2M9QX4 confirmed: Little Shop');
    assert.equal(renderMessage({ kind: 'order_paid', order, bookings: false }, 'zh-CN', settings).subject, '小店：订单 OZ7K2M9QX4 已付款');
  });

  it('pick Chinese or English from the order locale, else the shop default', () => {
    assert.equal(messageLocale('zh-Hans-CN', settings), 'zh-CN');
    assert.equal(messageLocale('zh-TW', settings), 'zh-CN');
    assert.equal(messageLocale('en-GB', settings), 'en-US');
    assert.equal(messageLocale('fr-FR', settings), 'zh-CN');
    assert.equal(messageLocale(undefined, { defaultLocale: 'en-US' }), 'en-US');
  });
});
