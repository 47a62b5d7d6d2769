/**
 * The Chinese (zh-CN) messages of `sign-in.messages.ts`, a module of their own: a page loads the messages of the
 * language it shows, and the other language's only when the shopper switches to it.
 *
 * @module
 */
import type { MessageCatalog } from '@orderzone/core';
import { messages as oneTimeCodeMessages } from '../../parts/one-time-code/one-time-code.messages.zh-CN.ts';

/** The Chinese (zh-CN) messages of `signInMessages` (see `sign-in.messages.ts`). */
export const messages: MessageCatalog = {
  ...oneTimeCodeMessages,
  'signIn.heading': '登录',
  'signIn.intro': '使用一次性验证码登录，即可查看您的全部订单。不登录也可以直接下单。',
  'signIn.channel': '验证码发送方式',
  'signIn.channel.sms': '短信',
  'signIn.channel.email': '邮箱',
  'signIn.destination.sms': '手机号',
  'signIn.destination.email': '邮箱地址',
  'signIn.destination_hint.sms_cn': '11 位中国大陆手机号',
  'signIn.destination_hint.sms': '含国家或地区区号的手机号，例如 +44 7700 900123',
  'signIn.destination_hint.email': '例如 name@example.com',
  'signIn.send': '发送验证码',
  'signIn.sending': '发送中…',
  'signIn.code_heading': '输入验证码',
  'signIn.sent_to': '6 位验证码已发送至 {destination}。',
  'signIn.sent_to_until': '6 位验证码已发送至 {destination}，{until} 前有效。',
  'signIn.resent': '新的验证码已发送至 {destination}。',
  'signIn.submit': '登录',
  'signIn.checking': '验证中…',
  'signIn.change_destination': '更换手机号或邮箱',
  'signIn.signed_in': '您已登录：{who}。',
  'signIn.my_orders': '我的订单',
  'signIn.unsupported': '本店暂不支持登录。您可以直接下单，并通过订单号查询订单。',
};
