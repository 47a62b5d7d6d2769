/**
 * What `<order-detail>`'s action forms need beyond the order itself: the form's frame (heading,
 * reason, submit and back), editing an unpaid order (the edit session with the core's edit draft, the
 * quantity steppers and their styles), a new delivery address, the lines of a refund or return
 * request and a return's photos (the photos field a review uses too). Loaded on demand (issue
 * 16): `<order-detail>`'s shopper actions ask for this module as soon as it shows an order with an
 * action, and open a form once it is here, so the element's first render does not wait for forms a
 * shopper rarely opens.
 *
 * @module
 */
import { adoptStyles, type CSSResultOrNative } from 'lit';
import { orderEditStyles } from '../../parts/order-edit/order-edit.styles.ts';
import { quantityStepperStyles } from '../../parts/quantity-stepper/quantity-stepper.styles.ts';

export { addressFieldId, renderAddressFields } from '../../parts/address-fields/address-fields.ts';
export { afterSaleErrorTarget, renderAfterSaleLines } from '../../parts/after-sales/after-sale-form.ts';
export { editErrorTarget, renderOrderEdit } from '../../parts/order-edit/order-edit.ts';
export { renderActionForm } from './action-form.ts';
export { EditSession } from './edit-session.ts';
export { PhotoUploads } from '../../parts/photo-upload/photo-upload.ts';

/**
 * Adds the forms' styles to `root`, which has the element's `styles`: inserted before the styles
 * from index `before` on, so the cascade is the one a static list `[...styles before, forms' styles,
 * ...the rest]` gives (the element's own rules still win over the parts').
 */
export function adoptFormStyles(root: ShadowRoot, styles: readonly CSSResultOrNative[], before: number): void {
  adoptStyles(root, [...styles.slice(0, before), quantityStepperStyles, orderEditStyles, ...styles.slice(before)]);
}
