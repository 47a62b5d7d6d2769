/**
 * Text of `<sign-in>` in every shipped locale. Field problems (`field.*`), errors (`error.*`) and
 * the session notice come from the core's catalog.
 *
 * @module
 */
import type { MessageCatalogs } from '@orderzone/core';
import { oneTimeCodeMessages } from '../../parts/one-time-code/one-time-code.messages.ts';

export const signInMessages: MessageCatalogs = {
  'en-US': {
    ...oneTimeCodeMessages['en-US'],
    'signIn.heading': 'Sign in',
    'signIn.intro': 'Sign in with a one-time code to see all your orders. You can also order as a guest without signing in.',
    'signIn.channel': 'Send the code by',
    'signIn.channel.sms': 'SMS',
    'signIn.channel.email': 'E-mail',
    'signIn.destination.sms': 'Mobile phone',
    'signIn.destination.email': 'E-mail address',
    'signIn.destination_hint.sms_cn': '11-digit mainland China mobile number',
    'signIn.destination_hint.sms': 'Mobile number with country code, e.g. +44 7700 900123',
    'signIn.destination_hint.email': 'e.g. name@example.com',
    'signIn.send': 'Send code',
    'signIn.sending': 'Sending…',
    'signIn.code_heading': 'Enter your code',
    'signIn.sent_to': 'We sent a 6-digit code to {destination}.',
    'signIn.sent_to_until': 'We sent a 6-digit code to {destination}. It works until {until}.',
    'signIn.resent': 'A new code was sent to {destination}.',
    'signIn.submit': 'Sign in',
    'signIn.checking': 'Checking…',
    'signIn.change_destination': 'Use another number or address',
    'signIn.signed_in': 'You are signed in as {who}.',
    'signIn.my_orders': 'My orders',
    'signIn.unsupported': 'This shop does not offer sign-in. You can order as a guest and find an order by its number.',
  },
  'zh-CN': {
    ...oneTimeCodeMessages['zh-CN'],
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
  },
};
