import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createZoneFixture, type ZoneFixture } from '../../testing/zone-fixture.ts';
import { defineElement } from '../define-element.ts';
import type { HelpConfig } from './help-config.ts';
import { configureHelp } from './help-defaults.ts';
import { OrderHelp } from './order-help.ts';
import { orderHelpMessages } from './order-help.messages.ts';

defineElement('order-help', OrderHelp);

let flow: ZoneFixture | undefined;
const realClipboard = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
const realWarn = console.warn;
let warnings: string[] = [];

beforeEach(() => {
  warnings = [];
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
});

afterEach(() => {
  console.warn = realWarn;
  configureHelp(undefined);
  flow?.zone.dispose();
  flow = undefined;
  if (realClipboard) Object.defineProperty(navigator, 'clipboard', realClipboard);
  else delete (navigator as { clipboard?: unknown }).clipboard;
});

const shopHelp: HelpConfig = {
  faq: [
    { question: { 'en-US': 'When will my order ship?', 'zh-CN': '什么时候发货？' }, answer: { 'en-US': 'Within 48 hours of payment.', 'zh-CN': '付款后 48 小时内发货。' } },
    {
      question: { 'en-US': 'My payment failed. Was I charged?', 'zh-CN': '付款失败会扣款吗？' },
      answer: { 'en-US': 'No. A failed payment is never charged.\n\nYou can pay again from your order.', 'zh-CN': '不会。付款失败不会扣款。\n\n您可以在订单中重新付款。' },
      topics: ['payment_failed'],
    },
    { question: 'Why was my return declined?', answer: 'Returns need the original packaging.', topics: ['return_rejected'] },
    { question: 'Which payment methods work?', answer: 'Alipay, WeChat Pay and UnionPay cards.', topics: ['payment_failed'] },
  ],
  contact: {
    phone: '400-820-8820',
    email: 'help@hill-and-field.example',
    wechat: 'hillfield_shop',
    hours: { 'en-US': 'Daily 9:00–21:00', 'zh-CN': '每天 9:00–21:00' },
    link: { url: 'https://hill-and-field.example/help', label: { 'en-US': 'Help centre', 'zh-CN': '帮助中心' } },
  },
};

async function mount(template: ReturnType<typeof html>, locale = 'en-US'): Promise<OrderHelp> {
  flow = await createZoneFixture({ locale });
  const wrapper = await fixture<HTMLElement>(html`<div>${template}</div>`);
  const el = wrapper.querySelector('order-help')!;
  el.zone = flow.zone;
  await el.updateComplete;
  return el;
}

function $(el: OrderHelp, selector: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(selector);
}

function $$(el: OrderHelp, selector: string): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
}

function text(node: Element | null | undefined): string {
  return node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

function questions(el: OrderHelp): string[] {
  return $$(el, '[data-question]').map((button) => text(button));
}

/** The questions whose answers can be seen, by their text. */
function openQuestions(el: OrderHelp): string[] {
  return $$(el, '[data-question]')
    .filter((button) => button.getAttribute('aria-expanded') === 'true' && !el.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)!.hidden)
    .map((button) => text(button));
}

/** Where keyboard focus is inside the element: the focused button's text. */
function focusedText(el: OrderHelp): string {
  return text(el.shadowRoot!.activeElement);
}

describe('<order-help>', () => {
  it('has Chinese text for every English message', () => {
    const zh = orderHelpMessages['zh-CN']!;
    const missing = Object.keys(orderHelpMessages['en-US']!).filter((key) => !(key in zh));
    expect(missing).to.deep.equal([]);
  });

  it('lists the merchant’s questions closed, in their order, and every contact channel', async () => {
    const el = await mount(html`<order-help .config=${shopHelp}></order-help>`);
    expect(text($(el, '[part="heading"]'))).to.equal('Help and contact');
    expect(questions(el)).to.deep.equal(['When will my order ship?', 'My payment failed. Was I charged?', 'Why was my return declined?', 'Which payment methods work?']);
    expect(openQuestions(el)).to.deep.equal([]);
    expect($(el, '[data-channel="phone"] a')!.getAttribute('href')).to.equal('tel:4008208820');
    expect(text($(el, '[data-channel="phone"] a'))).to.equal('400-820-8820');
    expect($(el, '[data-channel="email"] a')!.getAttribute('href')).to.equal('mailto:help@hill-and-field.example');
    expect(text($(el, '[data-channel="wechat"] .wechat-id'))).to.equal('hillfield_shop');
    expect(text($(el, '[data-channel="hours"] dd'))).to.equal('Daily 9:00–21:00');
    expect(text($(el, '[data-channel="link"] a'))).to.equal('Help centre');
    expect($(el, '[data-channel="link"] a')!.getAttribute('href')).to.equal('https://hill-and-field.example/help');
    expect($(el, '[data-config-error]')).to.equal(null);
    await expect(el).shadowDom.to.be.accessible();
  });

  it('speaks to a failed payment: its heading, its entries first and the first one open', async () => {
    const el = await mount(html`<order-help topic="payment_failed" .config=${shopHelp}></order-help>`);
    expect(text($(el, '[part="heading"]'))).to.equal('Payment didn’t go through?');
    expect(questions(el)).to.deep.equal(['My payment failed. Was I charged?', 'Which payment methods work?', 'When will my order ship?', 'Why was my return declined?']);
    expect(openQuestions(el)).to.deep.equal(['My payment failed. Was I charged?']);
    const paragraphs = $$(el, '[data-answer]:not([hidden]) p').map((p) => text(p));
    expect(paragraphs).to.deep.equal(['No. A failed payment is never charged.', 'You can pay again from your order.']);
    await expect(el).shadowDom.to.be.accessible();

    el.topic = 'return_rejected';
    await el.updateComplete;
    expect(text($(el, '[part="heading"]'))).to.equal('Questions about your declined return?');
    expect(questions(el)[0]).to.equal('Why was my return declined?');
    expect(openQuestions(el)).to.deep.equal(['Why was my return declined?']);
  });

  it('opens and closes answers from the keyboard', async () => {
    const el = await mount(html`<button>before</button><order-help .config=${shopHelp}></order-help>`);
    el.parentElement!.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(focusedText(el)).to.equal('When will my order ship?');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(openQuestions(el)).to.deep.equal(['When will my order ship?']);
    expect(text($(el, '#answer-0'))).to.equal('Within 48 hours of payment.');
    await sendKeys({ press: 'Tab' });
    expect(focusedText(el)).to.equal('My payment failed. Was I charged?');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(openQuestions(el)).to.deep.equal(['When will my order ship?', 'My payment failed. Was I charged?']);
    await sendKeys({ press: 'Shift+Tab' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(openQuestions(el)).to.deep.equal(['My payment failed. Was I charged?']);
    await expect(el).shadowDom.to.be.accessible();
  });

  it('reads its configuration from JSON in the config attribute, in Chinese', async () => {
    const el = await mount(html`<order-help topic="refund_rejected" config=${JSON.stringify(shopHelp)}></order-help>`, 'zh-CN');
    expect(text($(el, '[part="heading"]'))).to.equal('对退款申请被拒绝有疑问？');
    expect(questions(el)[0]).to.equal('什么时候发货？');
    expect(text($(el, '[data-channel="hours"] dt'))).to.equal('服务时间');
    expect(text($(el, '[data-channel="hours"] dd'))).to.equal('每天 9:00–21:00');
    expect(text($(el, '[data-channel="link"] a'))).to.equal('帮助中心');
    await expect(el).shadowDom.to.be.accessible();
  });

  it('shows the valid part of a configuration with mistakes and names each mistake', async () => {
    flow = await createZoneFixture();
    const bad = {
      faq: [
        { question: 'Is gift wrapping free?', answer: 'Yes, for every order.' },
        { question: 'Where is my parcel?', answer: '   ' },
        'not an entry',
        { question: 'Can I pay later?', answer: 'Yes, cash on delivery.', topics: ['payment_failed', 'refund'] },
      ],
      contact: { phone: 'call us', email: 'help@shop.example', link: { url: 'javascript:alert(1)' } },
      faqs: [],
    };
    const el = document.createElement('order-help');
    el.zone = flow.zone;
    el.config = bad as unknown as HelpConfig;
    const reported = oneEvent(el, 'oz-error');
    const wrapper = await fixture<HTMLElement>(html`<div></div>`);
    wrapper.append(el);
    const { detail } = await reported;
    await el.updateComplete;

    expect(questions(el)).to.deep.equal(['Is gift wrapping free?', 'Can I pay later?']);
    expect(text($(el, '[data-channel="email"] a'))).to.equal('help@shop.example');
    expect($(el, '[data-channel="phone"]')).to.equal(null);
    expect($(el, '[data-channel="link"]')).to.equal(null);
    const box = text($(el, '[data-config-error]'));
    expect(box).to.contain('Some help content could not be shown.');
    for (const path of ['faq[1].answer is empty', 'faq[2] must be an object', 'faq[3].topics[1] "refund" is not a topic', 'contact.phone "call us"', 'contact.link must be', 'faqs is not a known setting']) {
      expect(box, path).to.contain(path);
    }
    expect(detail.error.code).to.equal('config');
    expect(detail.message).to.equal('Some help content could not be shown.');
    expect(warnings.length).to.equal(1);
    expect(warnings[0]).to.contain('faq[1].answer is empty');
    await expect(el).shadowDom.to.be.accessible();
  });

  it('says when the config attribute is not JSON, and when the topic is unknown', async () => {
    const el = await mount(html`<order-help topic="lost_parcel" config="{faq: [}"></order-help>`);
    const box = text($(el, '[data-config-error]'));
    expect(box).to.contain('config is not valid JSON');
    expect(box).to.contain('topic "lost_parcel" is not one of payment_failed, refund_rejected, return_rejected, general');
    expect(text($(el, '[part="heading"]'))).to.equal('Help and contact');
    expect(text($(el, '[data-empty]'))).to.equal('The shop has not added any help here yet.');

    el.config = JSON.stringify({ contact: { email: 'help@shop.example' } });
    el.topic = 'general';
    await el.updateComplete;
    expect($(el, '[data-config-error]')).to.equal(null);
    expect(text($(el, '[data-channel="email"] a'))).to.equal('help@shop.example');
    expect($(el, '[data-empty]')).to.equal(null);
  });

  it('shows the merchant’s own slotted entries and contact details', async () => {
    const el = await mount(html`<order-help>
      <p slot="intro">We usually answer within an hour.</p>
      <details slot="faq"><summary>Do you ship abroad?</summary>Not yet.</details>
      <p slot="contact">Visit us at 18 Wensan Road, Hangzhou.</p>
    </order-help>`);
    const faqSlot = el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="faq"]')!;
    expect(faqSlot.assignedElements().map((node) => text(node))).to.deep.equal(['Do you ship abroad?Not yet.']);
    expect($(el, '[part="faq"]')!.hidden).to.equal(false);
    expect($(el, '[part="contact"]')!.hidden).to.equal(false);
    expect($(el, '[data-empty]')).to.equal(null);
    expect(el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="intro"]')!.assignedElements().length).to.equal(1);
    await expect(el).shadowDom.to.be.accessible();
  });

  it('says there is no help yet when it has nothing to show', async () => {
    const el = await mount(html`<order-help></order-help>`);
    expect(text($(el, '[data-empty]'))).to.equal('The shop has not added any help here yet.');
    expect($(el, '[part="faq"]')!.hidden).to.equal(true);
    expect($(el, '[part="contact"]')!.hidden).to.equal(true);
    await expect(el).shadowDom.to.be.accessible();
  });

  it('uses the page’s help from configureHelp() unless it has its own, and follows changes', async () => {
    configureHelp({ contact: { wechat: 'page_help' } });
    const el = await mount(html`<order-help></order-help><order-help .config=${{ contact: { wechat: 'own_help' } }}></order-help>`);
    const [pageEl, ownEl] = [...el.parentElement!.querySelectorAll('order-help')];
    expect(text($(pageEl!, '.wechat-id'))).to.equal('page_help');
    expect(text($(ownEl!, '.wechat-id'))).to.equal('own_help');
    configureHelp({ contact: { wechat: 'page_help_2' } });
    await pageEl!.updateComplete;
    expect(text($(pageEl!, '.wechat-id'))).to.equal('page_help_2');
    expect(text($(ownEl!, '.wechat-id'))).to.equal('own_help');
  });

  it('copies the WeChat ID and announces it', async () => {
    const copied: string[] = [];
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (value: string) => void copied.push(value) } });
    const el = await mount(html`<order-help .config=${shopHelp}></order-help>`);
    const button = $(el, '[data-copy-wechat]')!;
    expect(button.getAttribute('aria-label')).to.equal('Copy WeChat ID hillfield_shop');
    button.click();
    await new Promise((resolve) => setTimeout(resolve, 0));
    await el.updateComplete;
    expect(copied).to.deep.equal(['hillfield_shop']);
    expect(text($(el, '[data-announcement]'))).to.equal('WeChat ID copied');
  });

  it('nests its headings under the level it is given', async () => {
    const el = await mount(html`<order-help heading-level="3" .config=${shopHelp}></order-help>`);
    expect($(el, '[part="heading"]')!.getAttribute('aria-level')).to.equal('3');
    expect($(el, '#faq-heading')!.getAttribute('aria-level')).to.equal('4');
    expect($(el, '[data-question]')!.parentElement!.getAttribute('aria-level')).to.equal('5');
  });
});
