import { expect, fixture } from '@open-wc/testing';
import type { Address } from '@orderzone/core';
import { renderPostalAddress } from './postal-address.ts';

function lines(el: Element): string[] {
  return [...el.querySelectorAll('p')].map((p) => p.textContent?.trim() ?? '');
}

const beijing: Address = { country: 'CN', region: '北京市', city: '北京市', district: '朝阳区', line1: '建国路 88 号', line2: '', postalCode: '100022' };

describe('renderPostalAddress', () => {
  it('shows street, locality, postal code and country, one line each', async () => {
    const el = await fixture(renderPostalAddress(beijing, 'zh-CN'));
    expect(el.localName).to.equal('address');
    expect(lines(el)).to.deep.equal(['建国路 88 号', '北京市 北京市 朝阳区', '100022', '中国']);
  });

  it('leaves out empty parts: no blank line for a missing locality or postal code', async () => {
    const el = await fixture(renderPostalAddress({ ...beijing, country: 'HK', region: '', city: ' ', district: '', postalCode: '' }, 'en-US'));
    expect(lines(el)).to.deep.equal(['建国路 88 号', new Intl.DisplayNames(['en-US'], { type: 'region' }).of('HK')]);
  });
});
