/**
 * What each merchant action of the core's transition table does in the demo: which engine call it
 * makes and which details (if any) the console asks for first. The table itself
 * (`allowedMerchantActions`) decides which actions are offered; the engine has the last word.
 *
 * Refunds and returns are decided per line: the approval forms have one field per line of the open
 * request (`line-<i>`, the units accepted of order line `i`, all of them to start with); the units
 * not accepted are declined.
 */
import type { Address, ChosenLine, MerchantAction, Order, ReturnInstructions } from '@orderzone/core';
import { openAfterSale, unitsGoingOn } from '@orderzone/core/orders';
import type { OrderEngine } from '@orderzone/embedded-backend';

/** Fields a merchant fills in before an action runs; their values are plain strings. */
export type ActionForm = 'ship' | 'approve_return' | 'reject_refund' | 'reject_return' | 'approve_refund';

/** The values of an action's form, by field name. */
export type FormValues = Record<string, string>;

/** The demo shop's returns desk, prefilled in the "Approve return" form. */
export const DEMO_RETURN_DESK = {
  recipient: '山野小铺售后 Hill & Field Returns',
  phone: '0571-8888 6666',
  region: '浙江省',
  city: '杭州市',
  district: '余杭区',
  line1: '文一西路 1000 号 3 号仓',
  postalCode: '311121',
} as const;

/** The form an action asks for, or `undefined` when one click does it. */
export function formOf(action: MerchantAction, order: Pick<Order, 'status'>): ActionForm | undefined {
  switch (action) {
    case 'ship':
    case 'approve_return':
    case 'reject_refund':
    case 'reject_return':
      return action;
    case 'approve_refund':
      // Which units are refunded is decided line by line.
      return 'approve_refund';
    default:
      return undefined;
  }
}

/** The form field of order line `lineIndex`'s accepted units. */
export const lineField = (lineIndex: number): string => `line-${lineIndex}`;

/**
 * The lines an approval decides on: each order line of the open request with the units still going
 * on (an order from before requests by line: every line, whole).
 */
export function decidedLines(order: Order): { lineIndex: number; units: number }[] {
  const sale = openAfterSale(order);
  if (!sale) return order.lines.map((line, lineIndex) => ({ lineIndex, units: line.quantity }));
  return sale.lines.map((line) => ({ lineIndex: line.lineIndex, units: unitsGoingOn(line) })).filter((line) => line.units > 0);
}

/** The fields of a form with their starting values: an approval accepts every unit to start with. */
export function initialValues(form: ActionForm, order: Order): FormValues {
  switch (form) {
    case 'ship':
      return { carrier: '顺丰速运 SF Express', number: '' };
    case 'approve_return':
      return { ...lineValues(order), ...DEMO_RETURN_DESK, note: '' };
    case 'reject_refund':
    case 'reject_return':
      return { note: '' };
    case 'approve_refund':
      return { ...lineValues(order), note: '' };
  }
}

function lineValues(order: Order): FormValues {
  return Object.fromEntries(decidedLines(order).map((line) => [lineField(line.lineIndex), String(line.units)]));
}

/** The units accepted in a form's line fields (absent when the form has none: every unit). */
export function acceptedLines(values: FormValues): { lines?: ChosenLine[] } {
  const fields = Object.entries(values).filter(([name]) => /^line-\d+$/.test(name));
  if (fields.length === 0) return {};
  const lines = fields
    .map(([name, value]) => ({ lineIndex: Number(name.slice('line-'.length)), quantity: value.trim() === '' ? 0 : Number(value) }))
    .filter((line) => line.quantity !== 0);
  return { lines };
}

/** The message key of an action's button: refunding returned goods reads "Refund", not "Approve refund". */
export function actionLabelKey(action: MerchantAction, order: Pick<Order, 'status'>): string {
  if (action === 'approve_refund' && order.status === 'returned') return 'console.action.refund';
  return `console.action.${action}`;
}

function optionalNote(values: FormValues): { note?: string } {
  const note = values.note?.trim();
  return note ? { note } : {};
}

/**
 * Runs `action` on the order through the engine. Throws the engine's `OrderZoneError` (`conflict`
 * when the order changed meanwhile, `validation` with field errors for bad form values).
 */
export function runAction(engine: OrderEngine, orderNumber: string, action: MerchantAction, values: FormValues = {}): Order {
  switch (action) {
    case 'confirm_payment':
      return engine.markPaid(orderNumber);
    case 'ship':
      return engine.markShipped(orderNumber, { carrier: values.carrier ?? '', number: values.number ?? '' });
    case 'complete':
      return engine.markCompleted(orderNumber);
    case 'approve_refund':
    case 'partial_refund':
      return engine.approveRefund(orderNumber, { ...optionalNote(values), ...acceptedLines(values) });
    case 'reject_refund':
      return engine.rejectRefund(orderNumber, optionalNote(values));
    case 'approve_return': {
      const address: Address = {
        country: 'CN',
        region: values.region ?? '',
        city: values.city ?? '',
        district: values.district ?? '',
        line1: values.line1 ?? '',
        postalCode: values.postalCode ?? '',
      };
      const instructions: ReturnInstructions = { address, recipient: values.recipient ?? '', ...(values.phone?.trim() ? { phone: values.phone.trim() } : {}), ...optionalNote(values) };
      return engine.approveReturn(orderNumber, instructions, acceptedLines(values));
    }
    case 'reject_return':
      return engine.rejectReturn(orderNumber, optionalNote(values));
    case 'receive_return':
      return engine.receiveReturn(orderNumber);
    case 'fulfill':
      return engine.markFulfilled(orderNumber);
    case 'expire':
      return engine.expireOrder(orderNumber);
  }
}
