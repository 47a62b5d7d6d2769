/**
 * The settings of messages, from the environment, checked once at start (a setting that cannot be
 * right throws a `ConfigError` naming it), and the channels they describe. Every variable is listed
 * in docs/messages.md.
 *
 * @module
 */
import { SUPPORTED_LOCALES, type SupportedLocale } from '@orderzone/core';
import type SMTPTransport from 'nodemailer/lib/smtp-transport/index.js';
import { ConfigError } from '../config.ts';
import { createAliyunSmsChannel, type AliyunSmsChannelOptions } from './aliyun-sms-channel.ts';
import { createLogChannel } from './log-channel.ts';
import type { MessageChannels } from './message-channel.ts';
import type { MessageSettings } from './render-message.ts';
import { createSmtpEmailChannel } from './smtp-email-channel.ts';

/** How e-mail is delivered. */
export type EmailDelivery = { provider: 'smtp'; transport: SMTPTransport.Options | string; from: string } | { provider: 'log' } | { provider: 'none' };

/** How SMS is delivered. */
export type SmsDelivery = ({ provider: 'aliyun' } & AliyunSmsChannelOptions) | { provider: 'log' } | { provider: 'none' };

/** Everything about messages the environment says. */
export interface MessageConfig {
  settings: MessageSettings;
  email: EmailDelivery;
  sms: SmsDelivery;
  /** Seconds between two rounds of the worker (it is also woken by `NOTIFY outbox`). */
  intervalSeconds: number;
  /** Tries of one message before it is given up. */
  maxAttempts: number;
  /** Whether the log channel may show codes (outside production). */
  revealCodesInLog: boolean;
}

type Env = Record<string, string | undefined>;

const value = (env: Env, name: string): string | undefined => {
  const raw = env[name]?.trim();
  return raw ? raw : undefined;
};

function required(env: Env, name: string, why: string): string {
  const raw = value(env, name);
  if (raw === undefined) throw new ConfigError(`${name} must be set ${why}.`);
  return raw;
}

function booleanSetting(env: Env, name: string): boolean | undefined {
  const raw = value(env, name)?.toLowerCase();
  if (raw === undefined) return undefined;
  if (['true', '1', 'yes'].includes(raw)) return true;
  if (['false', '0', 'no'].includes(raw)) return false;
  throw new ConfigError(`${name} must be true or false; got ${JSON.stringify(env[name])}.`);
}

function integerSetting(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = value(env, name);
  if (raw === undefined) return fallback;
  const number = Number(raw);
  if (!Number.isInteger(number) || number < min || number > max) throw new ConfigError(`${name} must be a whole number from ${min} to ${max}; got ${JSON.stringify(raw)}.`);
  return number;
}

function choice<T extends string>(env: Env, name: string, allowed: readonly T[]): T | undefined {
  const raw = value(env, name);
  if (raw === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(raw)) throw new ConfigError(`${name} must be one of ${allowed.join(', ')}; got ${JSON.stringify(raw)}.`);
  return raw as T;
}

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|::1|\[::1\])$/i;

function emailDelivery(env: Env, production: boolean): EmailDelivery {
  const url = value(env, 'ORDERZONE_SMTP_URL');
  const host = value(env, 'ORDERZONE_SMTP_HOST');
  const provider = choice(env, 'ORDERZONE_EMAIL_PROVIDER', ['smtp', 'log', 'none'] as const) ?? (url || host ? 'smtp' : production ? 'none' : 'log');
  if (provider !== 'smtp') return { provider };
  const from = required(env, 'ORDERZONE_MAIL_FROM', 'to send e-mail (the sender, e.g. "Little Shop <no-reply@shop.example>")');
  if (!/@[^\s@>]+\.[^\s@>]+>?$/.test(from)) throw new ConfigError(`ORDERZONE_MAIL_FROM must be an e-mail address, optionally with a name ("Little Shop <no-reply@shop.example>"); got ${JSON.stringify(from)}.`);
  if (url) {
    if (host) throw new ConfigError('Set either ORDERZONE_SMTP_URL or ORDERZONE_SMTP_HOST (with its port, user and password), not both.');
    if (!/^smtps?:\/\/[^/]/.test(url)) throw new ConfigError('ORDERZONE_SMTP_URL must be an smtp:// or smtps:// URL, e.g. smtps://user:password@smtp.example.com:465.');
    return { provider: 'smtp', transport: url, from };
  }
  if (!host) throw new ConfigError('ORDERZONE_EMAIL_PROVIDER=smtp needs ORDERZONE_SMTP_URL or ORDERZONE_SMTP_HOST.');
  const secure = booleanSetting(env, 'ORDERZONE_SMTP_SECURE') ?? false;
  const port = integerSetting(env, 'ORDERZONE_SMTP_PORT', secure ? 465 : 587, 1, 65535);
  const user = value(env, 'ORDERZONE_SMTP_USER');
  const password = value(env, 'ORDERZONE_SMTP_PASSWORD');
  if ((user === undefined) !== (password === undefined)) throw new ConfigError('ORDERZONE_SMTP_USER and ORDERZONE_SMTP_PASSWORD go together: set both or neither.');
  // In production, codes never cross the network in clear: STARTTLS is required unless the relay is on this machine.
  const requireTLS = booleanSetting(env, 'ORDERZONE_SMTP_REQUIRE_TLS') ?? (production && !secure && !LOOPBACK.test(host));
  return {
    provider: 'smtp',
    transport: { host, port, secure, requireTLS, ...(user !== undefined ? { auth: { user, pass: password! } } : {}) },
    from,
  };
}

function smsDelivery(env: Env, production: boolean): SmsDelivery {
  const keyId = value(env, 'ORDERZONE_ALIYUN_ACCESS_KEY_ID');
  const provider = choice(env, 'ORDERZONE_SMS_PROVIDER', ['aliyun', 'log', 'none'] as const) ?? (keyId ? 'aliyun' : production ? 'none' : 'log');
  if (provider !== 'aliyun') return { provider };
  const why = 'to send SMS through Alibaba Cloud';
  const endpoint = value(env, 'ORDERZONE_ALIYUN_SMS_ENDPOINT');
  if (endpoint !== undefined && !/^[a-z0-9.-]+(:\d+)?$/i.test(endpoint)) throw new ConfigError(`ORDERZONE_ALIYUN_SMS_ENDPOINT must be a host name such as dysmsapi.aliyuncs.com; got ${JSON.stringify(endpoint)}.`);
  return {
    provider: 'aliyun',
    accessKeyId: required(env, 'ORDERZONE_ALIYUN_ACCESS_KEY_ID', why),
    accessKeySecret: required(env, 'ORDERZONE_ALIYUN_ACCESS_KEY_SECRET', why),
    signName: required(env, 'ORDERZONE_ALIYUN_SMS_SIGN_NAME', why),
    templates: {
      sign_in_code: required(env, 'ORDERZONE_ALIYUN_SMS_TEMPLATE_SIGN_IN', why),
      verification_code: required(env, 'ORDERZONE_ALIYUN_SMS_TEMPLATE_VERIFICATION', why),
    },
    ...(endpoint !== undefined ? { endpoint } : {}),
  };
}

function settings(env: Env, production: boolean, realChannel: boolean): MessageSettings {
  const name = value(env, 'ORDERZONE_SHOP_NAME');
  const perLocale: Partial<Record<SupportedLocale, string>> = {};
  for (const locale of SUPPORTED_LOCALES) {
    const localized = value(env, `ORDERZONE_SHOP_NAME_${locale.replace('-', '_').toUpperCase()}`);
    if (localized !== undefined) perLocale[locale] = localized;
  }
  const missing = SUPPORTED_LOCALES.filter((locale) => perLocale[locale] === undefined);
  if (name === undefined && missing.length > 0 && production && realChannel) {
    throw new ConfigError(`ORDERZONE_SHOP_NAME must be set to send messages: each one carries the shop's name (or set ${missing.map((l) => `ORDERZONE_SHOP_NAME_${l.replace('-', '_').toUpperCase()}`).join(' and ')}).`);
  }
  for (const locale of missing) perLocale[locale] = name ?? 'OrderZone';
  const defaultLocale = choice(env, 'ORDERZONE_SHOP_LOCALE', SUPPORTED_LOCALES) ?? 'zh-CN';
  const timeZone = value(env, 'ORDERZONE_SHOP_TIME_ZONE') ?? 'Asia/Shanghai';
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
  } catch {
    throw new ConfigError(`ORDERZONE_SHOP_TIME_ZONE must be an IANA time zone such as Asia/Shanghai; got ${JSON.stringify(timeZone)}.`);
  }
  return { shopName: perLocale, defaultLocale, timeZone };
}

/** The message settings of `env`. `production` (NODE_ENV=production) hides codes from the log channel and turns it off by default. */
export function readMessageConfig(env: Env, options: { production: boolean }): MessageConfig {
  const email = emailDelivery(env, options.production);
  const sms = smsDelivery(env, options.production);
  return {
    settings: settings(env, options.production, email.provider === 'smtp' || sms.provider === 'aliyun'),
    email,
    sms,
    intervalSeconds: integerSetting(env, 'ORDERZONE_MESSAGES_INTERVAL_SECONDS', 30, 1, 3600),
    maxAttempts: integerSetting(env, 'ORDERZONE_MESSAGES_MAX_ATTEMPTS', 8, 1, 50),
    revealCodesInLog: !options.production,
  };
}

/** The channels `config` describes (none for a provider `none`). */
export function createMessageChannels(config: MessageConfig, options: { write?: (line: string) => void } = {}): MessageChannels {
  const log = { revealCodes: config.revealCodesInLog, ...(options.write ? { write: options.write } : {}) };
  const channels: MessageChannels = {};
  if (config.email.provider === 'smtp') channels.email = createSmtpEmailChannel({ transport: config.email.transport, from: config.email.from });
  else if (config.email.provider === 'log') channels.email = createLogChannel('email', log);
  if (config.sms.provider === 'aliyun') {
    const { provider: _provider, ...aliyun } = config.sms;
    channels.sms = createAliyunSmsChannel(aliyun);
  } else if (config.sms.provider === 'log') channels.sms = createLogChannel('sms', log);
  return channels;
}
