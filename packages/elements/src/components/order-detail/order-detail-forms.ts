/**
 * What `<order-detail>`'s action forms need beyond the order itself: the form's frame (heading,
 * reason, submit and back), editing an unpaid order (the edit session with the core's edit draft, the
 * quantity steppers and their styles), a new delivery address, the lines of a refund or return
 * request and a return's photos (the photos field a review uses too). Loaded on demand (issue
 * 16): `<order-detail>`'s shopper actions ask for this module as soon as it shows an order with an
 * action, and open a form once it is here, so the element's first render does not wait for forms a
 * shopper rarely opens. Their messages (the edit form's, a request's lines') are asked for at the same
 * time, in the language shown (`order-detail-forms.messages-by-language.ts`, which the shopper actions
 * include beside their `import()` of this module, before a form can open).
 *
 * @module
 */
import { orderEditStyles } from '../../parts/order-edit/order-edit.styles.ts';
import { quantityStepperStyles } from '../../parts/quantity-stepper/quantity-stepper.styles.ts';

export { addressFieldId, renderAddressFields } from '../../parts/address-fields/address-fields.ts';
export { afterSaleErrorTarget, renderAfterSaleLines } from '../../parts/after-sales/after-sale-form.ts';
export { editErrorTarget, renderOrderEdit } from '../../parts/order-edit/order-edit.ts';
export { renderActionForm } from './action-form.ts';
export { EditSession } from './edit-session.ts';
export { PhotoUploads } from '../../parts/photo-upload/photo-upload.ts';

/** The forms' styles, which the element adds to its own when this module arrives (before the after-sales card's, as in a static list). */
export const formStyles = [quantityStepperStyles, orderEditStyles];

