import { formatMoney, localize, type Money } from '@orderzone/core';
import { createTranslator, coreMessages } from '@orderzone/core/messages';
import { expect, fixture, html } from '@open-wc/testing';
import { sharedMessages } from '../../i18n/shared-catalogs.ts';
import { renderPriceSummary, type PricedAmounts, type SummaryFormatters } from './price-summary.ts';
import { priceSummaryMessages } from './price-summary.messages.ts';

function formatters(locale: string): SummaryFormatters {
  return {
    t: createTranslator(locale, coreMessages, sharedMessages, priceSummaryMessages),
    text: (value) => localize(value, locale),
    money: (value: Money) => formatMoney(value, locale),
  };
}

const cny = (amount: number): Money => ({ amount, currency: 'CNY' });

const amounts: PricedAmounts = {
  subtotal: cny(15800),
  adjustments: [
    { kind: 'discount', label: { 'en-US': '10% off', 'zh-CN': '九折' }, amount: cny(-1580), code: 'WELCOME10' },
    { kind: 'shipping', label: { 'en-US': 'Standard delivery', 'zh-CN': '标准快递' }, amount: cny(1200) },
    { kind: 'tax', label: { 'en-US': 'VAT 13%', 'zh-CN': '增值税 13%' }, amount: cny(1636), included: true },
  ],
  total: cny(15420),
};

function rows(root: HTMLElement): string[] {
  return [...root.querySelectorAll('.summary-row')].map((row) => row.textContent!.replace(/\s+/g, ' ').trim());
}

describe('price summary', () => {
  it('shows the subtotal, each adjustment as given and the total, never adding anything up', async () => {
    const f = formatters('en-US');
    const root = await fixture<HTMLDivElement>(html`<div>${renderPriceSummary(amounts, f)}</div>`);
    expect(rows(root)).to.deep.equal([
      `Subtotal ${f.money(cny(15800))}`,
      `10% off (WELCOME10) ${f.money(cny(-1580))}`,
      `Standard delivery ${f.money(cny(1200))}`,
      `VAT 13% ${f.money(cny(1636))}`,
      `Total ${f.money(cny(15420))}`,
    ]);
    expect(root.querySelector('dl')!.getAttribute('aria-busy')).to.equal('false');
  });

  it('says "Free" for free shipping', async () => {
    const f = formatters('en-US');
    const root = await fixture<HTMLDivElement>(
      html`<div>${renderPriceSummary({ ...amounts, adjustments: [{ kind: 'shipping', label: 'Standard', amount: cny(0) }] }, f)}</div>`,
    );
    expect(rows(root)[1]).to.equal('Standard Free');
  });

  it('says "Calculating…" and is busy while pending or without amounts', async () => {
    const f = formatters('en-US');
    const pending = await fixture<HTMLDivElement>(html`<div>${renderPriceSummary(amounts, f, { pending: true })}</div>`);
    expect(rows(pending)).to.deep.equal(['Subtotal Calculating…', 'Total Calculating…']);
    expect(pending.querySelector('dl')!.getAttribute('aria-busy')).to.equal('true');
    const none = await fixture<HTMLDivElement>(html`<div>${renderPriceSummary(undefined, f)}</div>`);
    expect(rows(none)).to.deep.equal(['Total Calculating…']);
  });

  it('speaks Chinese', async () => {
    const f = formatters('zh-CN');
    const root = await fixture<HTMLDivElement>(html`<div>${renderPriceSummary(amounts, f)}</div>`);
    expect(rows(root)[0]).to.equal(`商品小计 ${f.money(cny(15800))}`);
    expect(rows(root)[3]).to.equal(`增值税 13% ${f.money(cny(1636))}`);
    expect(rows(root)[4]).to.equal(`合计 ${f.money(cny(15420))}`);
  });

  it('shows labels from the backend as text, never HTML', async () => {
    const f = formatters('en-US');
    const root = await fixture<HTMLDivElement>(
      html`<div>${renderPriceSummary({ ...amounts, adjustments: [{ kind: 'shipping', label: '<b>Fast</b>', amount: cny(100) }] }, f)}</div>`,
    );
    expect(rows(root)[1]).to.equal(`<b>Fast</b> ${f.money(cny(100))}`);
    expect(root.querySelector('b')).to.equal(null);
  });
});
