/**
 * The order's details block, shared by `<order-confirmation>` and `<order-detail>`: contact, the
 * shipping or service address, the delivery option, the payment method and the shopper's note.
 *
 * It is a template part, rendered in its host's shadow root: its `part` (`details`) is the host's.
 *
 * @module
 */
import { type Order } from '@orderzone/core';
import { orderAddressPurpose } from '@orderzone/core/orders';
import { html, nothing, type TemplateResult } from 'lit';
import type { LocaleController } from '../../controllers/locale-controller.ts';
import { renderPostalAddress } from '../address-fields/postal-address.ts';

/**
 * Renders the details of `order` (message keys `confirmation.*`); `company` is the host's rendering of
 * a business order's company (its module loads on demand), shown before the note.
 */
export function renderOrderDetails(order: Order, i18n: Pick<LocaleController, 't' | 'text' | 'locale'>, company: TemplateResult | typeof nothing = nothing): TemplateResult {
  const t = i18n.t;
  return html`<section class="card details" part="details" aria-label=${t('confirmation.details')}>
    <div>
      <h3>${t('confirmation.contact')}</h3>
      <p>${order.contact.name}</p>
      <p>${order.contact.phone}</p>
      <p>${order.contact.email}</p>
    </div>
    ${order.shippingAddress
      ? html`<div data-shipping-address>
          <h3>${t(`confirmation.${orderAddressPurpose(order)}_address`)}</h3>
          ${renderPostalAddress(order.shippingAddress, i18n.locale)}
        </div>`
      : nothing}
    ${order.shippingOption
      ? html`<div>
          <h3>${t('confirmation.delivery')}</h3>
          <p>${i18n.text(order.shippingOption.label)}</p>
          ${order.shippingOption.estimate ? html`<p class="muted">${i18n.text(order.shippingOption.estimate)}</p>` : nothing}
        </div>`
      : nothing}
    <div>
      <h3>${t('confirmation.payment_method')}</h3>
      <p>${i18n.text(order.paymentMethod.label)}</p>
    </div>
    ${company}
    ${order.note
      ? html`<div>
          <h3>${t('confirmation.note')}</h3>
          <p>${order.note}</p>
        </div>`
      : nothing}
  </section>`;
}
