import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isSafeUrl, safeImageUrl, safeLinkUrl } from './safe-url.ts';

/** Script and document URLs, in the spellings a browser still reads as such. */
const HOSTILE = [
  'javascript:alert(1)',
  'JavaScript:alert(1)',
  'JAVASCRIPT:alert(1)',
  ' javascript:alert(1)',
  '\n\tjavascript:alert(1)',
  '\u0000javascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  '\u0001 jAvAsCrIpT:alert(1)',
  'vbscript:msgbox(1)',
  'data:text/html,<script>alert(1)</script>',
  'DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  ' data:text/html,<script>alert(1)</script>',
  'data:,<script>alert(1)</script>',
  'data:application/xhtml+xml,<x/>',
  'data:imagex/png,abc',
  'data:image,abc',
  'file:///etc/passwd',
  'ftp://example.com/x.png',
  'http://[not-an-address/x.png',
  '',
  '   ',
];

describe('safe URLs', () => {
  test('images: http(s), relative, data:image/* and blob: are used as given', () => {
    for (const url of [
      'https://cdn.example.com/tee.jpg',
      'http://cdn.example.com/tee.jpg',
      'HTTPS://cdn.example.com/tee.jpg',
      '//cdn.example.com/tee.jpg',
      '/img/tee.jpg',
      'img/tee.jpg',
      '../tee.jpg?w=400#x',
      'data:image/png;base64,iVBORw0KGgo=',
      'DATA:IMAGE/JPEG;base64,/9j/4AAQ',
      'data:image/svg+xml,%3Csvg xmlns=%22http://www.w3.org/2000/svg%22/%3E',
      'data:image/webp,abc',
      'blob:https://shop.example.com/0b8a7c1e-7f1d-4c39-9a43-8f3e2f0a1b2c',
    ]) {
      assert.equal(safeImageUrl(url), url, url);
    }
  });

  test('images: scripts, documents and everything else are refused, however they are spelled', () => {
    for (const url of HOSTILE) assert.equal(safeImageUrl(url), undefined, JSON.stringify(url));
    assert.equal(safeImageUrl(undefined), undefined);
  });

  test('links: http(s) and relative URLs only; no data: or blob: link, even an image', () => {
    for (const url of ['https://pay.example.com/checkout?id=1', 'http://pay.example.com/', '/pay/1', 'pay?id=1']) assert.equal(safeLinkUrl(url), url, url);
    for (const url of [...HOSTILE, 'data:image/png;base64,iVBORw0KGgo=', 'blob:https://shop.example.com/0b8a7c1e']) {
      assert.equal(safeLinkUrl(url), undefined, JSON.stringify(url));
    }
  });

  test('anything but a string is refused', () => {
    for (const value of [undefined, null, 42, { toString: () => 'https://x.example/' }]) {
      assert.equal(isSafeUrl(value, 'image'), false);
      assert.equal(isSafeUrl(value, 'link'), false);
    }
  });

  test('each URL is parsed once per use, however often it is asked about (a cart of 200 lines renders them all)', (t) => {
    const parse = t.mock.method(globalThis, 'URL');
    const url = 'https://cdn.example.com/once-only.png';
    assert.equal(safeImageUrl(url), url);
    const calls = parse.mock.callCount();
    for (let i = 0; i < 50; i += 1) assert.equal(safeImageUrl(url), url);
    assert.equal(parse.mock.callCount(), calls);
    assert.equal(safeLinkUrl('javascript:alert(1)//once'), undefined);
    assert.equal(safeLinkUrl('javascript:alert(1)//once'), undefined);
    assert.equal(parse.mock.callCount(), calls + 1);
  });
});
