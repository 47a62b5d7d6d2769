import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkHelpConfig, describeHelpConfigProblem, hasContact, orderedFaq, WECHAT_ID_MAX_LENGTH } from './help-config.ts';

const sentences = (raw: unknown, topic?: unknown): string[] => checkHelpConfig(raw, topic).problems.map(describeHelpConfigProblem);

describe('checkHelpConfig', () => {
  test('keeps a valid configuration as given, from an object or JSON text, with no problem', () => {
    const config = {
      faq: [{ question: { 'en-US': 'Where is my parcel?', 'zh-CN': '包裹在哪？' }, answer: 'Track it in your order.', topics: ['refund_rejected' as const] }],
      contact: { phone: '+86 400 123 4567', email: 'help@shop.cn', wechat: 'shop_help', hours: 'Daily 9–21', link: { url: 'https://shop.cn/help', label: 'More help' } },
    };
    assert.deepEqual(checkHelpConfig(config), { config, topic: 'general', problems: [] });
    assert.deepEqual(checkHelpConfig(JSON.stringify(config), 'refund_rejected'), { config, topic: 'refund_rejected', problems: [] });
    assert.deepEqual(checkHelpConfig('  '), { config: {}, topic: 'general', problems: [] });
  });

  test('leaves out each bad entry with a typed problem naming its path, and keeps the rest', () => {
    const check = checkHelpConfig({
      faq: [{ question: 'Q1', answer: 'A1', extra: 1 }, { question: 'Q2', answer: ' ' }, 'nope', { question: 'Q4', answer: { 'en-US': 4 } }, { question: 'Q5', answer: 'A5', topics: ['general', 'lost'] }],
      contact: { phone: '12', email: 'no-at', wechat: 'has space', fax: '1', hours: {}, link: { url: 'javascript:alert(1)' } },
    }, 'lost_parcel');
    assert.deepEqual(check.config, {
      faq: [{ question: 'Q1', answer: 'A1' }, { question: 'Q5', answer: 'A5', topics: ['general'] }],
      contact: {},
    });
    assert.equal(check.topic, 'general');
    assert.deepEqual(check.problems.map((p) => [p.code, 'path' in p ? p.path : undefined]), [
      ['topic_unknown', undefined],
      ['unknown_setting', 'faq[0].extra'],
      ['faq_entry_text', 'faq[1].answer'],
      ['faq_entry_not_an_object', 'faq[2]'],
      ['faq_entry_text', 'faq[3].answer'],
      ['faq_topic_unknown', 'faq[4].topics[1]'],
      ['unknown_setting', 'contact.fax'],
      ['contact_channel_invalid', 'contact.phone'],
      ['contact_channel_invalid', 'contact.email'],
      ['contact_channel_invalid', 'contact.wechat'],
      ['contact_hours_text', 'contact.hours'],
      ['contact_link_invalid', 'contact.link'],
    ]);
    assert.equal(hasContact(check.config.contact), false);
  });

  test('says each problem in the sentences the console has always shown', () => {
    assert.deepEqual(sentences({ faq: [{ question: 'Q', answer: '' }, { question: { 'en-US': 1 }, answer: 'A' }, { answer: 'A' }, { question: 5, answer: 'A' }, { question: { 'en-US': ' ' }, answer: 'A' }, 7, { question: 'Q', answer: 'A', topics: 'x' }, { question: 'Q', answer: 'A', topics: [3] }], x: 1 }, 'nope'), [
      'topic "nope" is not one of payment_failed, refund_rejected, return_rejected, general; general help is shown.',
      'x is not a known setting (expected faq, contact); it was ignored.',
      'faq[0].answer is empty; the entry was left out.',
      'faq[1].question has a non-text value for the locale "en-US"; the entry was left out.',
      'faq[2].question is missing; the entry was left out.',
      'faq[3].question must be text or a map from locale to text; the entry was left out.',
      'faq[4].question has no text in any locale; the entry was left out.',
      'faq[5] must be an object with a question and an answer; it was left out.',
      'faq[6].topics must be a list of topics (payment_failed, refund_rejected, return_rejected, general); it was ignored.',
      'faq[7].topics[0] 3 is not a topic (payment_failed, refund_rejected, return_rejected, general); it was ignored.',
    ]);
    assert.deepEqual(sentences({ contact: { phone: 'call us', email: 'a@b', wechat: 'w'.repeat(WECHAT_ID_MAX_LENGTH + 1), hours: '', link: { url: 'https://a.cn', label: '', x: 1 } } }), [
      'contact.phone "call us" is not a phone number (digits, spaces, +, -, parentheses); it was left out.',
      'contact.email "a@b" is not an e-mail address; it was left out.',
      `contact.wechat "${'w'.repeat(WECHAT_ID_MAX_LENGTH + 1)}" is not a WeChat ID (no spaces, at most 64 characters); it was left out.`,
      'contact.hours is empty; it was left out.',
      'contact.link.x is not a known setting (expected url, label); it was ignored.',
      'contact.link.label is empty; the default label is used.',
    ]);
    assert.deepEqual(sentences({ faq: {}, contact: [] }), [
      'faq must be a list of { question, answer, topics? } entries; it was ignored.',
      'contact must be an object (phone, email, wechat, hours, link); it was ignored.',
    ]);
    assert.deepEqual(sentences({ contact: { wechat: '{path} {value}' } }), ['contact.wechat "{path} {value}" is not a WeChat ID (no spaces, at most 64 characters); it was left out.']);
    assert.deepEqual(sentences({ contact: { link: 'https://a.cn' } }), ['contact.link must be { "url": an http(s) address, "label"?: text }, got "https://a.cn"; it was left out.']);
    assert.deepEqual(sentences([1]), ['config must be an object with "faq" and/or "contact".']);
    assert.match(sentences('{faq')[0]!, /^config is not valid JSON \(.+\)\.$/);
  });

  test('a WeChat ID of exactly the limit without spaces is kept, trimmed', () => {
    const id = 'w'.repeat(WECHAT_ID_MAX_LENGTH);
    assert.deepEqual(checkHelpConfig({ contact: { wechat: ` ${id} ` } }).config, { contact: { wechat: id } });
  });
});

describe('orderedFaq', () => {
  test('puts the entries answering the topic first, each group in the merchant order', () => {
    const faq = [{ question: 'a', answer: 'a' }, { question: 'b', answer: 'b', topics: ['payment_failed' as const] }, { question: 'c', answer: 'c' }];
    assert.deepEqual(orderedFaq(faq, 'payment_failed').map((i) => [i.index, i.matches]), [[1, true], [0, false], [2, false]]);
    assert.deepEqual(orderedFaq(faq, 'general').map((i) => i.index), [0, 1, 2]);
  });
});
