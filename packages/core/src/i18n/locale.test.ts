import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { localize, normalizeLocale } from './locale.ts';

describe('normalizeLocale', () => {
  test('simplified Chinese tags become zh-CN', () => {
    for (const tag of ['zh_CN', 'zh-cn', 'zh-Hans-CN', 'zh-hans', 'zh', 'ZH', 'zh-SG', 'zh-Hans-HK', 'zh_CN.UTF-8']) {
      assert.equal(normalizeLocale(tag), 'zh-CN', tag);
    }
  });
  test('traditional Chinese tags keep their region, zh-TW by default', () => {
    assert.equal(normalizeLocale('zh-Hant'), 'zh-TW');
    assert.equal(normalizeLocale('zh-TW'), 'zh-TW');
    assert.equal(normalizeLocale('zh-Hant-TW'), 'zh-TW');
    assert.equal(normalizeLocale('zh-Hant-HK'), 'zh-HK');
    assert.equal(normalizeLocale('zh_hk'), 'zh-HK');
  });
  test('English without a region becomes en-US; regional English stays', () => {
    for (const tag of ['en', 'en_us', 'EN-us', 'en-US', ' en ']) assert.equal(normalizeLocale(tag), 'en-US', tag);
    assert.equal(normalizeLocale('en-GB'), 'en-GB');
    assert.equal(normalizeLocale('en_au'), 'en-AU');
  });
  test('other tags are canonicalised', () => {
    assert.equal(normalizeLocale('fr-ca'), 'fr-CA');
    assert.equal(normalizeLocale('DE'), 'de');
    assert.equal(normalizeLocale('ja_JP'), 'ja-JP');
  });
  test('empty or malformed tags give undefined', () => {
    for (const tag of [undefined, null, '', '   ', 'not a locale', '12', 'en--US', '-']) assert.equal(normalizeLocale(tag), undefined, String(tag));
  });
});

describe('normalizeLocale: each tag worked out once', () => {
  test('asking again for a tag gives the same answer without asking Intl again', (t) => {
    const locales = t.mock.method(Intl, 'Locale');
    const tag = 'de_AT.UTF-8';
    assert.equal(normalizeLocale(tag), 'de-AT');
    const calls = locales.mock.callCount();
    for (let i = 0; i < 100; i += 1) assert.equal(normalizeLocale(tag), 'de-AT');
    assert.equal(normalizeLocale('not a tag!'), undefined);
    assert.equal(normalizeLocale('not a tag!'), undefined);
    assert.equal(locales.mock.callCount(), calls + 1, 'Intl asked once more, for the malformed tag only');
  });
});

describe('localize', () => {
  const text = { 'zh-CN': '纯棉T恤', 'en-US': 'Cotton T-shirt', 'fr-FR': 'T-shirt en coton' };

  test('the exact locale wins', () => {
    assert.equal(localize(text, 'zh-CN'), '纯棉T恤');
    assert.equal(localize(text, 'fr-FR'), 'T-shirt en coton');
  });
  test('a tag that normalises to a key finds it', () => {
    assert.equal(localize(text, 'zh_cn'), '纯棉T恤');
    assert.equal(localize(text, 'en'), 'Cotton T-shirt');
    assert.equal(localize({ zh: '你好', en: 'Hello' }, 'zh-CN'), '你好');
  });
  test('then the same language', () => {
    assert.equal(localize(text, 'zh-TW'), '纯棉T恤');
    assert.equal(localize(text, 'fr-CA'), 'T-shirt en coton');
    assert.equal(localize({ 'en-GB': 'Colour', 'zh-CN': '颜色' }, 'en-US'), 'Colour');
  });
  test('then en-US, then the first entry', () => {
    assert.equal(localize(text, 'ja-JP'), 'Cotton T-shirt');
    assert.equal(localize({ 'zh-CN': '纯棉T恤', 'de-DE': 'Baumwollhemd' }, 'ja-JP'), '纯棉T恤');
  });
  test('a plain string passes through; nothing gives an empty string', () => {
    assert.equal(localize('SKU 42', 'zh-CN'), 'SKU 42');
    assert.equal(localize(undefined, 'zh-CN'), '');
    assert.equal(localize({}, 'zh-CN'), '');
  });
});
