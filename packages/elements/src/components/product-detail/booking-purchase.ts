/**
 * The booking part of `<product-detail>` for a bookable product: the picker of its kind
 * (`<booking-picker>` for time slots, `<stay-picker>` for stays, `<seat-picker>` for seats) in place
 * of the quantity stepper, the price of the pick as the core previews it, and the "Add to cart"
 * button, which shows progress while the hold is being placed.
 *
 * Parts: `picker` (the picker element), `price`, `add-button`.
 *
 * @module
 */
import type { BookableProduct, BookingDetails, BookingSelection, Money, OrderZone } from '@orderzone/core';
import { nothing, type TemplateResult } from 'lit';
import { html } from 'lit/static-html.js';
import type { OrderZoneTag } from '../../frameworks/tags.ts';
import { staticTag } from '../tag-names.ts';
import type { LocaleController } from '../../controllers/locale-controller.ts';

/** The picker element each bookable kind uses. */
export const PICKER_TAGS = {
  time_slot: 'booking-picker',
  stay: 'stay-picker',
  seats: 'seat-picker',
} as const satisfies Record<BookableProduct['kind'], OrderZoneTag>;

/** What a picker's `oz-booking-change` carries. */
export interface BookingChangeDetail {
  selection: BookingSelection | undefined;
  preview?: { unitPrice: Money; details: BookingDetails };
}

export interface BookingPurchaseProps {
  product: BookableProduct;
  /** The zone given to `<product-detail>` as a property, passed on to the picker (else it finds its own, as `<product-detail>` does). */
  zone: OrderZone | undefined;
  /** The variant (service option, room type or ticket) the pick is for. */
  variantId: string;
  selection: BookingSelection | undefined;
  /** The pick's price from the core's preview; absent until something is picked. */
  price: Money | undefined;
  /** True while the hold is being placed. */
  holding: boolean;
  /** False when the shop's backend cannot take bookings. */
  supported: boolean;
  onChange(detail: BookingChangeDetail): void;
  onAdd(): void;
}

function renderPicker(props: BookingPurchaseProps): TemplateResult {
  const onChange = (event: Event): void => props.onChange((event as CustomEvent<BookingChangeDetail>).detail);
  switch (props.product.kind) {
    case 'time_slot':
      return html`<${staticTag('booking-picker')} part="picker" class="picker" .zone=${props.zone} .product=${props.product} .variantId=${props.variantId} @oz-booking-change=${onChange}></${staticTag('booking-picker')}>`;
    case 'stay':
      return html`<${staticTag('stay-picker')} part="picker" class="picker" .zone=${props.zone} .product=${props.product} .variantId=${props.variantId} @oz-booking-change=${onChange}></${staticTag('stay-picker')}>`;
    case 'seats':
      return html`<${staticTag('seat-picker')} part="picker" class="picker" .zone=${props.zone} .product=${props.product} @oz-booking-change=${onChange}></${staticTag('seat-picker')}>`;
  }
}

/** The price block: the pick's price once there is one, else how the product is priced. */
function renderBookingPrice(props: BookingPurchaseProps, i18n: LocaleController): TemplateResult {
  const { product } = props;
  const variant = product.variants.find((v) => v.id === props.variantId);
  let text: string;
  let note: string;
  if (props.price) {
    text = i18n.money(props.price);
    note = i18n.t(`detail.booking_price.${product.kind}`);
  } else if (product.kind === 'time_slot' && variant) {
    text = i18n.money(variant.price);
    note = i18n.t('detail.booking_choose.time_slot');
  } else {
    text = '';
    note = i18n.t(`detail.booking_choose.${product.kind}`);
  }
  return html`<div class="price-block booking-price" part="price" data-booking-price>
    ${text ? html`<p class="price-line"><span class="visually-hidden">${i18n.t('unitPrice.label')}</span><span class="price-now">${text}</span></p>` : nothing}
    <p class="tier-note">${note}</p>
  </div>`;
}

/** The picker, the price of the pick and "Add to cart". */
export function renderBookingPurchase(props: BookingPurchaseProps, i18n: LocaleController): { price: TemplateResult; picker: TemplateResult; buy: TemplateResult } {
  const t = i18n.t;
  const picker = html`<section class="booking-section" aria-labelledby="booking-heading">
    <h3 class="booking-heading" id="booking-heading">${t(`detail.picker_heading.${props.product.kind}`)}</h3>
    ${props.supported ? renderPicker(props) : html`<p class="status error" data-bookings-unsupported>${t('detail.bookings_unsupported')}</p>`}
  </section>`;
  const buy = html`<div class="buy-row booking">
    <button
      type="button"
      class="button primary add-button"
      part="add-button"
      data-add-booking
      ?disabled=${props.holding || !props.supported}
      aria-busy=${props.holding ? 'true' : 'false'}
      @click=${props.onAdd}
    >
      ${props.holding ? html`<span class="spinner" aria-hidden="true"></span>${t('detail.holding')}` : t('detail.add')}
    </button>
  </div>`;
  return { price: renderBookingPrice(props, i18n), picker, buy };
}
