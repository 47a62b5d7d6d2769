/**
 * `<cart-count>`: the number of items in the cart, as text, for a merchant's own header.
 *
 * @module
 */
import type { OrderZone } from '@orderzone/core';
import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property } from '../property-decorators.ts';
import { StoreController } from '../../controllers/store-controller.ts';
import { tokens } from '../../styles/shared-styles.ts';
import { ZoneElement } from '../zone-element.ts';
import { cartCountStyles } from './cart-count.styles.ts';

/**
 * The number of items in the shared cart, live, as plain text in your own markup (a link to your
 * cart page, your own button): `<a href="/cart">Cart (<cart-count>0</cart-count>)</a>`. It says only
 * the number, so put it where the words around it say what it counts. The `count` attribute
 * reflects it for your styles (`cart-count[count="0"] { display: none }`).
 *
 * @summary The cart's live item count, as text for your own markup.
 *
 * @fires oz-error - Something failed: `{ error, message }`.
 *
 * @slot - What shows until the script loads (`0`, say).
 *
 * @csspart count - The number.
 *
 * @cssprop [--oz-font-family=inherit] - Font of the number (the text around it by default).
 */
export class CartCount extends ZoneElement {
  /** The element's styles: the shared design tokens, then its own. */
  static override styles = [tokens, cartCountStyles];

  protected static override showsDemoMarker = false;

  /** Read-only, reflected for your styles: the number of items in the cart. */
  @property({ type: Number, reflect: true }) count = 0;

  private readonly itemCount = new StoreController<number>(this);

  constructor() {
    super([]);
  }

  protected zoneChanged(zone: OrderZone): void {
    this.itemCount.setStore(zone.cart.$itemCount);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.count = this.itemCount.value ?? 0;
  }

  protected override render(): TemplateResult {
    return html`<span part="count">${this.count}</span>`;
  }
}
