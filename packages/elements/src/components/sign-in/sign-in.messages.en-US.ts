/**
 * The English (en-US) messages of `sign-in.messages.ts`, a module of their own: a page loads the messages of the
 * language it shows, and the other language's only when the shopper switches to it.
 *
 * @module
 */
import type { MessageCatalog } from '@orderzone/core';
import { messages as oneTimeCodeMessages } from '../../parts/one-time-code/one-time-code.messages.en-US.ts';

/** The English (en-US) messages of `signInMessages` (see `sign-in.messages.ts`). */
export const messages: MessageCatalog = {
  ...oneTimeCodeMessages,
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
};
