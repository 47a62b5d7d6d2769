/**
 * SMS through Alibaba Cloud SMS (阿里云短信服务), with its official SDK (`@alicloud/dysmsapi20170525`
 * over `@alicloud/openapi-core`, which signs each call with ACS3-HMAC-SHA256). Each message is one
 * `SendSms` call with the shop's sign name and the template registered for its kind; the code goes
 * in `TemplateParam` as `{"code":"123456"}` (the template texts to register: docs/messages.md).
 *
 * @module
 */
import * as dysmsapi from '@alicloud/dysmsapi20170525';
import * as openapi from '@alicloud/openapi-core';
import { DeliveryError, describeFailure, type MessageChannel, type MessageKind, type OutgoingMessage } from './message-channel.ts';

/** Options of {@link createAliyunSmsChannel}. */
export interface AliyunSmsChannelOptions {
  accessKeyId: string;
  accessKeySecret: string;
  /** The approved sign name (签名), e.g. `小店`. */
  signName: string;
  /** The approved template code (模板 CODE, `SMS_123456789`) of each kind of message sent by SMS. */
  templates: Partial<Record<MessageKind, string>>;
  /** The API's host. Default `dysmsapi.aliyuncs.com`. */
  endpoint?: string;
}

/** `SendSms` answers that trying again cannot fix (the number, the template or the sign is refused). */
const PERMANENT_CODES = new Set([
  'isv.MOBILE_NUMBER_ILLEGAL',
  'isv.MOBILE_COUNT_OVER_LIMIT',
  'isv.INVALID_PARAMETERS',
  'isv.TEMPLATE_MISSING_PARAMETERS',
  'isv.TEMPLATE_PARAMS_ILLEGAL',
  'isv.PARAM_LENGTH_LIMIT',
  'isv.BLACK_KEY_CONTROL_LIMIT',
  'isv.SMS_TEMPLATE_ILLEGAL',
  'isv.SMS_SIGNATURE_ILLEGAL',
  'isv.SMS_SIGN_ILLEGAL',
  'isv.DAY_LIMIT_CONTROL',
]);

/** A CommonJS module's default export, however the module system handed it over. */
function interopDefault<T>(value: T): T {
  const inner = (value as { default?: T } | undefined)?.default;
  return typeof inner === 'function' ? inner : value;
}

const SmsClient = interopDefault(dysmsapi.default);

/** The number as Alibaba Cloud takes it: digits with an optional leading `+` (spaces, dashes and brackets dropped). */
export function aliyunPhoneNumber(typed: string): string {
  const trimmed = typed.trim();
  return (trimmed.startsWith('+') ? '+' : '') + trimmed.replace(/\D/g, '');
}

/** The SMS channel over Alibaba Cloud SMS. */
export function createAliyunSmsChannel(options: AliyunSmsChannelOptions): MessageChannel {
  const client = new SmsClient(
    new openapi.$OpenApiUtil.Config({
      accessKeyId: options.accessKeyId,
      accessKeySecret: options.accessKeySecret,
      endpoint: options.endpoint ?? 'dysmsapi.aliyuncs.com',
      // Well inside the worker's lease (see `MessageChannel.send`).
      connectTimeout: 10_000,
      readTimeout: 30_000,
    }),
  );
  return {
    kind: 'sms',
    name: 'aliyun',
    async send(message: OutgoingMessage) {
      const templateCode = options.templates[message.kind];
      if (!templateCode) throw new DeliveryError(`aliyun no template for ${message.kind}`, { permanent: true });
      let body: { code?: string } | undefined;
      try {
        const response = await client.sendSms(
          new dysmsapi.SendSmsRequest({
            phoneNumbers: aliyunPhoneNumber(message.to),
            signName: options.signName,
            templateCode,
            templateParam: JSON.stringify(message.params),
            // Alibaba Cloud returns it in the delivery receipt: the outbox row this SMS came from.
            outId: message.id,
          }),
        );
        body = response.body;
      } catch (error) {
        // The SDK's errors for an HTTP 4xx/5xx carry the service's code (SignatureDoesNotMatch, Throttling.User...).
        const { code, statusCode } = (error ?? {}) as { code?: unknown; statusCode?: unknown };
        if (typeof code === 'string' && /^[\w.-]{1,80}$/.test(code)) {
          throw new DeliveryError(['aliyun', typeof statusCode === 'number' ? statusCode : undefined, code].filter((p) => p !== undefined).join(' '), { cause: error });
        }
        throw new DeliveryError(`aliyun ${describeFailure(error).reason}`, { cause: error });
      }
      const code = body?.code ?? 'no answer';
      if (code !== 'OK') throw new DeliveryError(`aliyun ${/^[\w.-]{1,80}$/.test(code) ? code : 'refused'}`, { permanent: PERMANENT_CODES.has(code) });
    },
  };
}
