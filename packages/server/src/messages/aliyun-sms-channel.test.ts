import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { setupServer } from 'msw/node';
import { aliyunSmsApi } from '../testing/aliyun-sms-api.ts';
import { aliyunPhoneNumber, createAliyunSmsChannel } from './aliyun-sms-channel.ts';
import { DeliveryError, type OutgoingMessage } from './message-channel.ts';
import { renderMessage, type MessageSettings } from './render-message.ts';

const settings: MessageSettings = { shopName: '小店', defaultLocale: 'zh-CN', timeZone: 'Asia/Shanghai' };
const KEY = { accessKeyId: 'LTAI5tTestKeyId0001', accessKeySecret: 'test-secret-3f9a1c' };

function smsCode(kind: 'sign_in_code' | 'verification_code', to: string, code: string): OutgoingMessage {
  return { id: `M-${code}`, channel: 'sms', to, kind, locale: 'zh-CN', rendered: renderMessage({ kind, code, validMinutes: 10 }, 'zh-CN', settings), params: { code } };
}

describe('the Alibaba Cloud SMS channel', () => {
  const api = aliyunSmsApi(KEY);
  const server = setupServer(...api.handlers);
  before(() => server.listen({ onUnhandledRequest: 'error' }));
  after(() => server.close());
  const options = { ...KEY, signName: '小店', templates: { sign_in_code: 'SMS_100000001', verification_code: 'SMS_100000002' } };

  it('sends SendSms, signed as the service checks it, with the sign name, the template of the kind and the code as its parameter', async () => {
    const channel = createAliyunSmsChannel(options);
    await channel.send(smsCode('sign_in_code', '+86 138-0013-8000', '204861'));
    await channel.send(smsCode('verification_code', '13900139000', '993017'));
    assert.deepEqual(api.refusals, []);
    assert.deepEqual(api.calls, [
      { PhoneNumbers: '+8613800138000', SignName: '小店', TemplateCode: 'SMS_100000001', TemplateParam: '{"code":"204861"}', OutId: 'M-204861' },
      { PhoneNumbers: '13900139000', SignName: '小店', TemplateCode: 'SMS_100000002', TemplateParam: '{"code":"993017"}', OutId: 'M-993017' },
    ]);
  });

  it('fails without sending when signed with another secret: the service refuses the signature', async () => {
    const channel = createAliyunSmsChannel({ ...options, accessKeySecret: 'not-the-secret' });
    const before = api.calls.length;
    const error = await channel.send(smsCode('sign_in_code', '13800138000', '111111')).then(() => undefined, (e: unknown) => e);
    assert.ok(error instanceof DeliveryError);
    assert.equal(error.reason, 'aliyun 400 SignatureDoesNotMatch');
    assert.equal(error.permanent, false);
    assert.equal(api.calls.length, before);
    assert.equal(api.refusals.at(-1), 'SignatureDoesNotMatch');
  });

  it('reports business refusals by their code: a wrong number is final, a flow limit is tried again', async () => {
    const channel = createAliyunSmsChannel(options);
    api.failWith('isv.MOBILE_NUMBER_ILLEGAL');
    const wrong = await channel.send(smsCode('sign_in_code', '123', '222222')).then(() => undefined, (e: unknown) => e);
    assert.ok(wrong instanceof DeliveryError);
    assert.deepEqual([wrong.reason, wrong.permanent], ['aliyun isv.MOBILE_NUMBER_ILLEGAL', true]);
    api.failWith('isv.BUSINESS_LIMIT_CONTROL');
    const limited = await channel.send(smsCode('sign_in_code', '13800138000', '333333')).then(() => undefined, (e: unknown) => e);
    assert.ok(limited instanceof DeliveryError);
    assert.deepEqual([limited.reason, limited.permanent], ['aliyun isv.BUSINESS_LIMIT_CONTROL', false]);
    api.failWith(undefined);
  });

  it('refuses a kind it has no template for, without calling the service', async () => {
    const channel = createAliyunSmsChannel({ ...options, templates: { sign_in_code: 'SMS_100000001' } });
    const before = api.calls.length;
    const error = await channel.send(smsCode('verification_code', '13800138000', '444444')).then(() => undefined, (e: unknown) => e);
    assert.ok(error instanceof DeliveryError);
    assert.deepEqual([error.reason, error.permanent], ['aliyun no template for verification_code', true]);
    assert.equal(api.calls.length, before);
  });

  it('passes numbers as Alibaba Cloud takes them', () => {
    assert.equal(aliyunPhoneNumber(' 138 0013 8000 '), '13800138000');
    assert.equal(aliyunPhoneNumber('+1 (415) 555-0100'), '+14155550100');
  });
});
