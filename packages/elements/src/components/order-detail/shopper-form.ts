/**
 * The open action form of `<order-detail>` (edit, cancel, change the address, ask for a refund or a
 * return): its fields drawn from the forms' module, and where focus goes for a refused field.
 *
 * @module
 */
import type { Address, FieldError, Order, OrderActions, OrderRef } from '@orderzone/core';
import { afterSaleQuantity, shopperActionWording, type ShopperFormAction } from '@orderzone/core/orders';
import { nothing, type TemplateResult } from 'lit';
import type { LocaleController } from '../../controllers/locale-controller.ts';
import { RESCHEDULE_ERROR_ID, type RescheduleState } from '../../parts/order-edit/booking-changes.ts';
import type { EditSession } from './edit-session.ts';
import type { PhotoUploads } from '../../parts/photo-upload/photo-upload.ts';

/** The id of the return photos' file input (where a problem with the photos sends focus). */
export const RETURN_PHOTOS_ID = 'return-photos';

/** The action forms' module, loaded on demand (`order-detail-forms.ts`). */
export type OrderDetailForms = typeof import('./order-detail-forms.ts');

/** A form open in the element: one of the actions, or rescheduling a booking line. */
export type OpenForm = ShopperFormAction | 'reschedule';

/** A message above the actions: a success, a failure, or "the order changed meanwhile". */
interface Notice {
  kind: 'success' | 'error';
  text: string;
  /**
   * A success names what the order became ("Your refund request was sent"): it shows only while
   * the order is still in that status, and goes once the merchant decides ("Refund declined").
   */
  whileStatus?: Order['status'];
}

/** The open form and what the shopper typed in it. */
export interface FormState {
  form?: OpenForm | undefined;
  /** The open reschedule form: which booking line, its product, the new pick. */
  reschedule?: RescheduleState | undefined;
  busy: boolean;
  notice?: Notice | undefined;
  fieldErrors: FieldError[];
  addressDraft?: Address | undefined;
  reason: string;
  /** The refund or return request draft: one quantity per order line, 0 leaves a line out. */
  afterSaleQuantities: number[];
}

/** What the open form is drawn from, and what it changes. */
export interface ShopperFormContext {
  i18n: LocaleController;
  actions: OrderActions;
  /** The form's state now (read again in each handler: it changes between renders). */
  state(): FormState;
  edit: EditSession;
  photos: PhotoUploads | undefined;
  /** How the backend is asked about this order (the photos upload under it). */
  ref(order: Order): OrderRef;
  set(patch: Partial<FormState>): void;
  close(returnFocus: boolean): void;
  /** Opens another action's form on the same order. */
  open(action: ShopperFormAction): void;
  submit(event: Event): void;
}

/** True for a field error on the order's lines (`lines`, `lines.<i>`: order line i). */
export function onOrderLines(field: string): boolean {
  return field === 'lines' || field.startsWith('lines.');
}

/** The selector of what takes focus when `field` of the open form `form` is refused. */
export function fieldErrorTarget(form: OpenForm | undefined, field: string, forms: OrderDetailForms | undefined): string {
  return form === 'reschedule' || !forms
    ? `#${RESCHEDULE_ERROR_ID}`
    : form === 'edit'
      ? forms.editErrorTarget(field)
      : field.startsWith('shippingAddress.')
        ? `#${forms.addressFieldId('new-address', field)}`
        : field === 'photos'
          ? `#${RETURN_PHOTOS_ID}`
          : onOrderLines(field)
            ? forms.afterSaleErrorTarget(field)
            : '#action-reason';
}

/** The form of `action` on `order`. */
export function renderShopperForm(action: ShopperFormAction, order: Order, forms: OrderDetailForms, context: ShopperFormContext): TemplateResult {
  const { i18n, actions, state, edit, photos, set } = context;
  const { addressDraft, fieldErrors, busy, afterSaleQuantities, reason } = state();
  const { renderActionForm, renderOrderEdit, renderAddressFields, renderAfterSaleLines } = forms;
  const editState = edit.state;
  let fields: TemplateResult | typeof nothing = nothing;
  if (action === 'edit') {
    fields = renderOrderEdit(
      {
        order,
        quantities: editState?.quantities ?? [],
        quote: editState?.quote,
        quoting: editState?.quoting ?? false,
        quoteError: editState ? edit.quoteProblem(editState) : undefined,
        errors: editState?.errors ?? [],
        priceChanged: editState?.priceChanged,
        busy,
        onQuantity: (index, requested) => edit.quantity(order, index, requested),
        onRemove: (index) => edit.remove(order, index),
        onRestore: (index) => edit.restore(index),
        onCancelOrder: actions.available(order).includes('cancel')
          ? () => {
              context.close(false);
              context.open('cancel');
            }
          : undefined,
      },
      i18n,
    );
  } else if (action === 'change_address' && addressDraft) {
    fields = renderAddressFields(addressDraft, {
      t: i18n.t,
      locale: i18n.locale,
      errors: fieldErrors,
      idPrefix: 'new-address',
      onInput: (field, value) => set({ addressDraft: { ...state().addressDraft!, [field]: value }, fieldErrors: state().fieldErrors.filter((e) => e.field !== `shippingAddress.${field}`) }),
    });
  } else if (action === 'request_refund' || action === 'request_return') {
    const kind = action === 'request_refund' ? 'refund' : 'return';
    fields = renderAfterSaleLines(
      {
        order,
        kind,
        quantities: afterSaleQuantities,
        errors: fieldErrors,
        busy,
        // Line `index` of the request draft, within what the core says may be asked for.
        onQuantity: (index, requested) => {
          const quantity = afterSaleQuantity(order, kind, index, requested);
          const next = [...state().afterSaleQuantities];
          next[index] = quantity;
          set({ afterSaleQuantities: next, fieldErrors: state().fieldErrors.filter((e) => e.field !== 'lines' && !e.field.startsWith('lines.')) });
          return quantity;
        },
      },
      i18n,
    );
  }
  return renderActionForm(
    {
      action,
      wording: shopperActionWording(action, order),
      order,
      busy,
      fieldErrors,
      cancelRefunds: action === 'cancel' && actions.bookingChanges(order).cancelRefunds,
      fields,
      reason,
      onReason: (value) => set({ reason: value, fieldErrors: state().fieldErrors.filter((f) => f.field !== 'reason') }),
      photos: action === 'request_return' && photos ? photos.render(context.ref(order), fieldErrors.find((e) => e.field === 'photos')) : nothing,
      onSubmit: (event) => context.submit(event),
      onBack: () => context.close(true),
    },
    i18n,
  );
}
