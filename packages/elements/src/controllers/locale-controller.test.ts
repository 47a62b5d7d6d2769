/**
 * The locale controller with a catalog loaded one language at a time (`byLanguage`): a host shows a
 * language once its module is here, keeps the one it shows (busy) while another loads, and stays
 * with it, not busy, when the other cannot be fetched, asking again on the next switch.
 */
import { expect, fixture, html as testHtml, waitUntil } from '@open-wc/testing';
import { html, LitElement } from 'lit';
import { byLanguage } from '../i18n/language-messages.ts';
import { LocaleController } from './locale-controller.ts';

let englishFails = true;
let englishAsked = 0;
const greetings = byLanguage({
  'zh-CN': () => Promise.resolve({ messages: { 'test.hello': '你好' } }),
  'en-US': () => {
    englishAsked += 1;
    return englishFails ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : Promise.resolve({ messages: { 'test.hello': 'Hello' } });
  },
});

class GreetingHost extends LitElement {
  static override properties = { wanted: { type: String } };
  wanted = 'zh-CN';
  readonly i18n = new LocaleController(this, greetings, () => this.wanted);

  protected override render(): unknown {
    return html`<p>${this.i18n.t('test.hello')}</p>`;
  }
}
customElements.define('oz-test-greeting-host', GreetingHost);

const shown = (el: GreetingHost): string => el.shadowRoot!.querySelector('p')?.textContent ?? '';

describe('LocaleController with messages by language', () => {
  it('keeps the language it shows when the other cannot be fetched, and fetches it on the next switch', async () => {
    const el = await fixture<GreetingHost>(testHtml`<oz-test-greeting-host></oz-test-greeting-host>`);
    await waitUntil(() => shown(el) === '你好', 'never showed Chinese');

    el.wanted = 'en-US';
    await waitUntil(() => englishAsked === 1 && !el.hasAttribute('aria-busy'), 'never settled after the failed fetch');
    await el.updateComplete;
    expect([shown(el), el.getAttribute('lang'), el.i18n.locale]).to.deep.equal(['你好', 'zh-CN', 'zh-CN']);
    // Rendering again does not fetch again (no loop of failed requests).
    el.requestUpdate();
    await el.updateComplete;
    expect(englishAsked).to.equal(1);

    // Back to Chinese, then English again: asked once more, and shown once it arrives.
    englishFails = false;
    el.wanted = 'zh-CN';
    await el.updateComplete;
    el.wanted = 'en-US';
    await waitUntil(() => shown(el) === 'Hello', 'never showed English');
    expect([englishAsked, el.getAttribute('lang'), el.hasAttribute('aria-busy')]).to.deep.equal([2, 'en-US', false]);
  });
});

describe('LocaleController money', () => {
  it('formats an amount with its fraction or whole, and says “Price unavailable” for one formatMoney refuses, either way', async () => {
    englishFails = false;
    const el = await fixture<GreetingHost>(testHtml`<oz-test-greeting-host .wanted=${'en-US'}></oz-test-greeting-host>`);
    await waitUntil(() => shown(el) === 'Hello', 'never showed English');
    const { money, wholeMoney } = el.i18n;
    const bad = { amount: 1.5, currency: 'CNY' };
    expect([money({ amount: 42800, currency: 'CNY' }), wholeMoney({ amount: 42800, currency: 'CNY' }), wholeMoney({ amount: 42850, currency: 'CNY' })]).to.deep.equal(['CN¥428.00', 'CN¥428', 'CN¥428.50']);
    expect([money(bad), wholeMoney(bad)]).to.deep.equal(['Price unavailable', 'Price unavailable']);
  });
});
