import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startSmtpTestServer, type SmtpTestServer } from '../testing/smtp-test-server.ts';
import { DeliveryError, type OutgoingMessage } from './message-channel.ts';
import { renderMessage, type MessageSettings } from './render-message.ts';
import { createSmtpEmailChannel } from './smtp-email-channel.ts';

const settings: MessageSettings = { shopName: { 'zh-CN': '小店', 'en-US': 'Little Shop' }, defaultLocale: 'zh-CN', timeZone: 'Asia/Shanghai' };

function codeMessage(to: string): OutgoingMessage {
  return {
    id: 'Mabc123',
    channel: 'email',
    to,
    kind: 'sign_in_code',
    locale: 'zh-CN',
    rendered: renderMessage({ kind: 'sign_in_code', code: '731942', validMinutes: 10 }, 'zh-CN', settings),
    params: { code: '731942' },
  };
}

describe('the SMTP e-mail channel', () => {
  let smtp: SmtpTestServer;
  before(async () => {
    smtp = await startSmtpTestServer();
  });
  after(() => smtp?.close());

  it('delivers a message a real SMTP server receives: sender, recipient, subject, text and HTML in Chinese', async () => {
    const channel = createSmtpEmailChannel({ transport: { host: '127.0.0.1', port: smtp.port, ignoreTLS: true }, from: '"小店" <no-reply@shop.example>' });
    await channel.send(codeMessage('shopper@example.com'));
    await smtp.waitFor(1);
    const mail = smtp.received[0]!;
    assert.deepEqual(mail.to, ['shopper@example.com']);
    assert.equal(mail.parsed.from?.text, '"小店" <no-reply@shop.example>');
    assert.equal(mail.parsed.subject, '小店登录验证码：731942');
    assert.match(mail.parsed.text ?? '', /请输入以下验证码登录小店：\n\n {4}731942/);
    assert.match(String(mail.parsed.html), /<html lang="zh-CN">[\s\S]*731942/);
    assert.equal(mail.parsed.messageId, '<Mabc123@shop.example>');
    assert.equal(mail.parsed.headers.get('content-language'), 'zh-CN');
    await channel.close?.();
  });

  it('reports a refusal by its reply code only: a 4xx may be tried again, a 5xx to the recipient is final', async () => {
    const channel = createSmtpEmailChannel({ transport: `smtp://127.0.0.1:${smtp.port}/?ignoreTLS=true`, from: 'no-reply@shop.example' });
    smtp.behave(() => ({ replyCode: 451, message: '4.3.0 Mailbox of shopper@example.com busy, try later' }));
    const later = await channel.send(codeMessage('shopper@example.com')).then(() => undefined, (error: unknown) => error);
    assert.ok(later instanceof DeliveryError);
    assert.equal(later.permanent, false);
    assert.equal(later.reason, 'smtp EMESSAGE 451 4.3.0');
    smtp.behave(() => ({ replyCode: 550, message: '5.1.1 <shopper@example.com>: no such user' }));
    const never = await channel.send(codeMessage('shopper@example.com')).then(() => undefined, (error: unknown) => error);
    assert.ok(never instanceof DeliveryError);
    assert.equal(never.permanent, true);
    assert.equal(never.reason, 'smtp EMESSAGE 550 5.1.1');
    smtp.behave(() => undefined);
  });

  it('reports a server it cannot reach by the network error code', async () => {
    const closed = await startSmtpTestServer();
    await closed.close();
    const channel = createSmtpEmailChannel({ transport: { host: '127.0.0.1', port: closed.port, ignoreTLS: true }, from: 'no-reply@shop.example' });
    const error = await channel.send(codeMessage('shopper@example.com')).then(() => undefined, (e: unknown) => e);
    assert.ok(error instanceof DeliveryError);
    assert.equal(error.permanent, false);
    assert.match(error.reason, /^smtp (ESOCKET|ECONNECTION)$/);
  });
});
