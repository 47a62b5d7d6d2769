/**
 * The page's own drawer and dialogs, for building blocks outside any `<order-zone>`: the cart as a
 * drawer (`<cart-panel mode="drawer">`), the checkout in a dialog (`<checkout-form>`, then
 * `<order-confirmation>`, then the order's `<order-detail>` if the shopper follows it), and a
 * bookable product's picker in a dialog (`<product-detail compact>`). Fetched on first use
 * (`page-navigation.ts`, `<book-button>`), with the elements it shows.
 *
 * One host per zone, appended to `<body>`: a `<div data-orderzone-dialogs>` whose shadow root holds
 * them, styled by the shared tokens (`::part(dialog)` and `::part(close)` reach them). Dialogs are
 * modal, on the top layer: Escape or the Close button closes them and focus returns to the button
 * that opened them. The views inside ask for the next one with `oz-navigate`, as inside
 * `<order-zone>`; a page that cancels it shows that view itself. Where the zone runs on the demo
 * backend, the drawer and the dialogs say "Demo: no real orders or payments".
 *
 * @module
 */
import type { Order, OrderZone } from '@orderzone/core';
import { createTranslator } from '@orderzone/core/messages';
import { adoptStyles, nothing, render, type TemplateResult } from 'lit';
import { html } from 'lit/static-html.js';
import type { OrderZoneTag } from '../../frameworks/tags.ts';
import { staticTag } from '../../components/tag-names.ts';
import { runsDemoBackend } from '../../context/lazy-embedded-backend.ts';
import type { OzEventDetails, OzEventName, ZoneView } from '../../events/events.ts';
import { merchantMessages } from '../../i18n/shared-messages.ts';
import { shoppingByLanguage, sharedByLanguage } from '../../i18n/first-paint-messages.ts';
import { loadedCatalogs } from '../../i18n/language-messages.ts';
import { closeGlyph } from '../../icons/glyph-icons.ts';
import { controls, tokens } from '../../styles/shared-styles.ts';
import { renderDemoMarker } from '../demo-marker/demo-marker.ts';
import { loadElement } from '../../components/lazy-elements.ts';
import { navigateFrom, type PageView } from '../../components/page-navigation.ts';
import { pageDialogsMessages } from './page-dialogs.messages.ts';
import { pageDialogsStyles } from './page-dialogs.styles.ts';

/** What the host shows: the drawer, or one of the dialogs. */
type HostView = 'cart' | 'checkout' | 'confirmation' | 'order' | 'booking';

/** The element each view shows. */
const TAGS: Record<HostView, OrderZoneTag> = {
  cart: 'cart-panel',
  checkout: 'checkout-form',
  confirmation: 'order-confirmation',
  order: 'order-detail',
  booking: 'product-detail',
};

/** Events of the views inside, dispatched again from the block that opened them (`oz-navigate` is the host's own). */
const FORWARDED: readonly OzEventName[] = ['oz-cart-add', 'oz-cart-change', 'oz-checkout-submit', 'oz-order-created', 'oz-order-updated', 'oz-order-action', 'oz-error'];

/** A bookable product to show in the booking dialog. */
export interface BookingRequest {
  productId: string;
  /** Its title in the shopper's language: the dialog's name. */
  title: string;
}

class PageDialogs {
  readonly host: HTMLElement;
  private readonly root: ShadowRoot;
  private view: HostView | undefined;
  private order: Order | undefined;
  private booking: BookingRequest | undefined;
  /** The block that opened the current view. */
  private opener: HTMLElement | undefined;
  private readonly zone: OrderZone;

  constructor(zone: OrderZone) {
    this.zone = zone;
    this.host = document.createElement('div');
    this.host.setAttribute('data-orderzone-dialogs', '');
    this.root = this.host.attachShadow({ mode: 'open' });
    adoptStyles(this.root, [tokens, controls, pageDialogsStyles]);
    document.body.append(this.host);
    // After the event has reached the page: shown here only if nobody showed it (cancelled it).
    this.root.addEventListener('oz-navigate', (event) => {
      const { detail } = event as CustomEvent<OzEventDetails['oz-navigate']>;
      queueMicrotask(() => {
        if (!event.defaultPrevented) this.navigate(detail.view);
      });
    });
    this.root.addEventListener('oz-order-created', (event) => {
      this.order = (event as CustomEvent<OzEventDetails['oz-order-created']>).detail.order;
      void this.show('confirmation');
    });
    // What the views inside tell the page comes from the block that opened them, through the page's
    // own elements (an <order-zone> around it shows its "Added to cart" toast).
    for (const type of FORWARDED) {
      this.root.addEventListener(type, (event) => {
        const opener = this.opener;
        if (!opener?.isConnected) return;
        event.stopPropagation();
        const again = new CustomEvent(type, { detail: (event as CustomEvent<unknown>).detail, bubbles: true, composed: true, cancelable: event.cancelable });
        if (!opener.dispatchEvent(again)) event.preventDefault();
      });
    }
    zone.$locale.listen(() => this.render());
  }

  /** Shows `view`, once its element is registered. */
  async show(view: HostView, opener?: HTMLElement): Promise<void> {
    if (opener) this.opener = opener;
    await loadElement(TAGS[view]);
    this.view = view;
    this.render();
  }

  showBooking(booking: BookingRequest, opener: HTMLElement): Promise<void> {
    this.booking = booking;
    return this.show('booking', opener);
  }

  private navigate(view: ZoneView): void {
    if (view === 'cart' || view === 'checkout' || view === 'confirmation' || view === 'order') void this.show(view);
    else this.close();
  }

  private close(): void {
    this.view = undefined;
    this.render();
  }

  /** "View cart" in the booking dialog: the cart as the opener would show it (its `<order-zone>`'s drawer, or this one). */
  private viewCart(): void {
    const opener = this.opener;
    this.close();
    if (opener?.isConnected) navigateFrom(opener, this.zone, 'cart');
    else void this.show('cart');
  }

  private get dialog(): HTMLDialogElement | null {
    return this.root.querySelector('dialog');
  }

  private render(): void {
    const t = createTranslator(this.zone.$locale.get(), ...loadedCatalogs([shoppingByLanguage, sharedByLanguage]), pageDialogsMessages, ...merchantMessages());
    const view = this.view;
    const demo = runsDemoBackend(this.zone);
    const inDialog = view !== undefined && view !== 'cart';
    render(
      html`<${staticTag('cart-panel')} mode="drawer" .zone=${this.zone} ?open=${view === 'cart'} @oz-cart-close=${() => view === 'cart' && this.view === 'cart' && this.close()}>
          ${demo ? html`<div slot="footer" class="footer-marker">${renderDemoMarker(t)}</div>` : nothing}
        </${staticTag('cart-panel')}>
        <dialog part="dialog" aria-label=${this.label(t)} data-view=${view ?? nothing} @close=${() => this.view !== 'cart' && this.view !== undefined && this.close()}>
          ${inDialog
            ? html`<div class="bar">
                  ${demo ? renderDemoMarker(t) : nothing}
                  <button type="button" class="button link icon-button" part="close" aria-label=${t('common.close')} @click=${() => this.close()}>${closeGlyph}</button>
                </div>
                <div class="content">${this.renderView(view)}</div>
                ${view === 'booking'
                  ? html`<div class="actions"><button type="button" class="button" @click=${() => this.viewCart()}>${t('pageDialogs.view_cart')}</button></div>`
                  : nothing}`
            : nothing}
        </dialog>`,
      this.root,
    );
    const dialog = this.dialog!;
    if (inDialog && !dialog.open) dialog.showModal();
    else if (!inDialog && dialog.open) dialog.close();
  }

  private label(t: (key: string) => string): string {
    switch (this.view) {
      case 'checkout':
        return t('pageDialogs.checkout');
      case 'confirmation':
      case 'order':
        return t('pageDialogs.order');
      case 'booking':
        return this.booking?.title ?? '';
      default:
        return '';
    }
  }

  private renderView(view: HostView): TemplateResult | typeof nothing {
    switch (view) {
      case 'checkout':
        return html`<${staticTag('checkout-form')} .zone=${this.zone}></${staticTag('checkout-form')}>`;
      case 'confirmation':
        return html`<${staticTag('order-confirmation')} .zone=${this.zone} .order=${this.order}></${staticTag('order-confirmation')}>`;
      case 'order':
        return html`<${staticTag('order-detail')} .zone=${this.zone} .order=${this.order}></${staticTag('order-detail')}>`;
      case 'booking':
        return this.booking ? html`<${staticTag('product-detail')} .zone=${this.zone} product-id=${this.booking.productId} compact hide-back></${staticTag('product-detail')}>` : nothing;
      default:
        return nothing;
    }
  }
}

const hosts = new WeakMap<OrderZone, PageDialogs>();

function hostOf(zone: OrderZone): PageDialogs {
  let host = hosts.get(zone);
  if (!host || !host.host.isConnected) {
    host = new PageDialogs(zone);
    hosts.set(zone, host);
  }
  return host;
}

/** Shows the cart drawer or the checkout dialog of `zone` over the page; focus returns to `opener` when it closes. */
export function showPageView(zone: OrderZone, view: PageView, opener: HTMLElement): Promise<void> {
  return hostOf(zone).show(view, opener);
}

/** Shows a bookable product's picker in a dialog over the page, with "Add to cart" and "View cart". */
export function showBooking(zone: OrderZone, booking: BookingRequest, opener: HTMLElement): Promise<void> {
  return hostOf(zone).showBooking(booking, opener);
}
