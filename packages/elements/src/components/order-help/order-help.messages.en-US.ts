/**
 * The English (en-US) messages of `order-help.messages.ts`, a module of their own: a page loads the messages of the
 * language it shows, and the other language's only when the shopper switches to it.
 *
 * @module
 */
import type { MessageCatalog } from '@orderzone/core';

/** The English (en-US) messages of `orderHelpMessages` (see `order-help.messages.ts`). */
export const messages: MessageCatalog = {
  'help.heading.general': 'Help and contact',
  'help.heading.payment_failed': 'Payment didn’t go through?',
  'help.heading.refund_rejected': 'Questions about your declined refund?',
  'help.heading.return_rejected': 'Questions about your declined return?',
  'help.intro.general': 'Answers to common questions, and how to reach us.',
  'help.intro.payment_failed': 'Nothing was charged for a payment that failed. These answers may help, or contact us and we will sort it out together.',
  'help.intro.refund_rejected': 'The shop has explained its decision in your order’s history. If something is unclear, these answers may help, or contact us.',
  'help.intro.return_rejected': 'The shop has explained its decision in your order’s history. If something is unclear, these answers may help, or contact us.',
  'help.faq': 'Frequently asked questions',
  'help.contact': 'Contact us',
  'help.phone': 'Phone',
  'help.email': 'E-mail',
  'help.wechat': 'WeChat ID',
  'help.hours': 'Hours',
  'help.link': 'More help',
  'help.link_default': 'Help centre',
  'help.copy': 'Copy',
  'help.copy_wechat': 'Copy WeChat ID {id}',
  'help.copied': 'WeChat ID copied',
  'help.copy_failed': 'Could not copy. Select the WeChat ID to copy it.',
  'help.empty': 'The shop has not added any help here yet.',
  'help.config_error': 'Some help content could not be shown.',
  'help.config_error_detail': 'Details for the site owner:',
};
