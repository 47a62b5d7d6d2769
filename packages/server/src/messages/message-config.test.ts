import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ConfigError } from '../config.ts';
import type { OutgoingMessage } from './message-channel.ts';
import { createMessageChannels, readMessageConfig } from './message-config.ts';
import { renderMessage } from './render-message.ts';

const ALIYUN = {
  ORDERZONE_ALIYUN_ACCESS_KEY_ID: 'LTAI5tKey',
  ORDERZONE_ALIYUN_ACCESS_KEY_SECRET: 'secret',
  ORDERZONE_ALIYUN_SMS_SIGN_NAME: '小店',
  ORDERZONE_ALIYUN_SMS_TEMPLATE_SIGN_IN: 'SMS_1',
  ORDERZONE_ALIYUN_SMS_TEMPLATE_VERIFICATION: 'SMS_2',
};

function code(channel: 'sms' | 'email', to: string): OutgoingMessage {
  const settings = { shopName: '小店', defaultLocale: 'zh-CN' as const, timeZone: 'Asia/Shanghai' };
  return { id: 'M1', channel, to, kind: 'sign_in_code', locale: 'zh-CN', rendered: renderMessage({ kind: 'sign_in_code', code: '864213', validMinutes: 10 }, 'zh-CN', settings), params: { code: '864213' } };
}

describe('message settings', () => {
  it('use the log channels in development, with the code in the line and the destination masked', async () => {
    const config = readMessageConfig({}, { production: false });
    assert.deepEqual([config.email.provider, config.sms.provider], ['log', 'log']);
    const lines: string[] = [];
    const channels = createMessageChannels(config, { write: (line) => lines.push(line) });
    await channels.sms!.send(code('sms', '13800138000'));
    await channels.email!.send(code('email', 'shopper@example.com'));
    assert.deepEqual(lines, [
      '[orderzone messages] not sent (log channel): sign_in_code by sms to 138****8000, message M1: code 864213',
      '[orderzone messages] not sent (log channel): sign_in_code by email to s***@example.com, message M1: code 864213',
    ]);
  });

  it('never show a code in the log in production, and send nothing there unless a provider is set', async () => {
    assert.deepEqual(Object.keys(createMessageChannels(readMessageConfig({}, { production: true }))), []);
    const config = readMessageConfig({ ORDERZONE_SMS_PROVIDER: 'log' }, { production: true });
    const lines: string[] = [];
    await createMessageChannels(config, { write: (line) => lines.push(line) }).sms!.send(code('sms', '13800138000'));
    assert.equal(lines.length, 1);
    assert.equal(lines[0]!.includes('864213'), false);
    assert.match(lines[0]!, /138\*\*\*\*8000.*code not shown in production/);
  });

  it('read SMTP from a URL or from host, port, user and password, requiring TLS in production for a remote server', () => {
    const url = readMessageConfig({ ORDERZONE_SMTP_URL: 'smtps://u:p@smtp.example.com:465', ORDERZONE_MAIL_FROM: 'Shop <no-reply@shop.example>' }, { production: false });
    assert.deepEqual(url.email, { provider: 'smtp', transport: 'smtps://u:p@smtp.example.com:465', from: 'Shop <no-reply@shop.example>' });
    const parts = readMessageConfig(
      { ORDERZONE_SMTP_HOST: 'smtp.example.com', ORDERZONE_SMTP_USER: 'u', ORDERZONE_SMTP_PASSWORD: 'p', ORDERZONE_MAIL_FROM: 'no-reply@shop.example', ORDERZONE_SHOP_NAME: 'Little Shop' },
      { production: true },
    );
    assert.deepEqual(parts.email, { provider: 'smtp', transport: { host: 'smtp.example.com', port: 587, secure: false, requireTLS: true, auth: { user: 'u', pass: 'p' } }, from: 'no-reply@shop.example' });
    const local = readMessageConfig({ ORDERZONE_SMTP_HOST: '127.0.0.1', ORDERZONE_SMTP_PORT: '25', ORDERZONE_MAIL_FROM: 'no-reply@shop.example', ORDERZONE_SHOP_NAME: 'Little Shop' }, { production: true });
    assert.deepEqual(local.email, { provider: 'smtp', transport: { host: '127.0.0.1', port: 25, secure: false, requireTLS: false }, from: 'no-reply@shop.example' });
  });

  it('read Alibaba Cloud SMS with a template per kind, and the shop name per language', () => {
    const config = readMessageConfig({ ...ALIYUN, ORDERZONE_SHOP_NAME: 'Little Shop', ORDERZONE_SHOP_NAME_ZH_CN: '小店', ORDERZONE_SHOP_LOCALE: 'en-US' }, { production: true });
    assert.deepEqual(config.sms, {
      provider: 'aliyun',
      accessKeyId: 'LTAI5tKey',
      accessKeySecret: 'secret',
      signName: '小店',
      templates: { sign_in_code: 'SMS_1', verification_code: 'SMS_2' },
    });
    assert.deepEqual(config.settings, { shopName: { 'zh-CN': '小店', 'en-US': 'Little Shop' }, defaultLocale: 'en-US', timeZone: 'Asia/Shanghai' });
    assert.equal(createMessageChannels(config).sms!.name, 'aliyun');
  });

  it('refuse settings that cannot work, naming the variable', () => {
    const refuses = (env: Record<string, string>, production: boolean, pattern: RegExp) =>
      assert.throws(() => readMessageConfig(env, { production }), (error: unknown) => error instanceof ConfigError && pattern.test(error.message));
    refuses({ ORDERZONE_SMTP_HOST: 'smtp.example.com' }, false, /ORDERZONE_MAIL_FROM must be set/);
    refuses({ ORDERZONE_SMTP_URL: 'http://smtp.example.com', ORDERZONE_MAIL_FROM: 'a@b.example' }, false, /ORDERZONE_SMTP_URL must be an smtp:\/\//);
    refuses({ ORDERZONE_SMTP_HOST: 'h', ORDERZONE_SMTP_USER: 'u', ORDERZONE_MAIL_FROM: 'a@b.example' }, false, /ORDERZONE_SMTP_USER and ORDERZONE_SMTP_PASSWORD go together/);
    refuses({ ORDERZONE_SMTP_HOST: 'h', ORDERZONE_SMTP_PORT: '99999', ORDERZONE_MAIL_FROM: 'a@b.example' }, false, /ORDERZONE_SMTP_PORT must be a whole number/);
    refuses({ ...ALIYUN, ORDERZONE_ALIYUN_SMS_TEMPLATE_VERIFICATION: '' }, false, /ORDERZONE_ALIYUN_SMS_TEMPLATE_VERIFICATION must be set/);
    refuses(ALIYUN, true, /ORDERZONE_SHOP_NAME must be set/);
    refuses({ ORDERZONE_SMS_PROVIDER: 'twilio' }, false, /ORDERZONE_SMS_PROVIDER must be one of aliyun, log, none/);
    refuses({ ORDERZONE_SHOP_TIME_ZONE: 'Mars/Olympus' }, false, /ORDERZONE_SHOP_TIME_ZONE must be an IANA time zone/);
  });
});
