/**
 * The English (en-US) messages of the edit form of an unpaid order (`order-edit.ts`, `edit-session.ts`): loaded with
 * `<order-detail>`'s action forms (`order-detail-forms.messages.en-US.ts`), not with the element.
 *
 * @module
 */
import type { MessageCatalog } from '@orderzone/core';

/** The English (en-US) messages of the edit form. */
export const messages: MessageCatalog = {
  'edit.lines': 'Items in the order',
  'edit.quantity_label': 'Quantity of {title}',
  'edit.decrease': 'One fewer {title}',
  'edit.increase': 'One more {title}',
  'edit.remove': 'Remove',
  'edit.remove_label': 'Remove {title}',
  'edit.restore': 'Put back',
  'edit.restore_label': 'Put back {title}',
  'edit.removed': 'Removed',
  'edit.removed_line': '{title} removed.',
  'edit.current_total': 'Current total',
  'edit.new_total': 'New total',
  'edit.hint': 'Change a quantity or remove an item to see the new total.',
  'edit.cancel_instead': 'Cancel the order instead',
  'edit.price_changed': 'The total changed from {from} to {to} while you were editing. Please check the new total and save again.',
  'edit.not_orderable': 'Some items cannot be ordered as changed. Please adjust them first.',
};
