/**
 * What each merchant action of the core's transition table does in the console: which admin API
 * route it calls and which details (if any) the console asks for first. The table itself
 * (`allowedMerchantActions`) decides which actions are offered; the server has the last word. Besides
 * the table's actions, the demo's "simulate the payment" stands in for the shopper paying at the
 * simulated provider.
 *
 * Refunds and returns are decided per line: the approval forms have one field per line of the open
 * request (`line-<i>`, the units accepted of order line `i`, all of them to start with); the units
 * not accepted are declined. The request body names them as the admin API's `lines`.
 */
import type { Address, ChosenLine, MerchantAction, Money, Order, ReturnInstructions } from '@orderzone/core';
import { afterSaleRefund, checkDecisionLines, openAfterSale, unitsGoingOn } from '@orderzone/core/orders';
import type { AdminClient, AdminOrderAction } from './admin-client.ts';

/** An action the console offers: one of the transition table's, or the simulated provider's payment. */
export type ConsoleAction = MerchantAction | 'simulate_payment';

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
export function formOf(action: ConsoleAction): ActionForm | undefined {
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
export function decidedLines(order: Pick<Order, 'lines' | 'afterSales'>): { lineIndex: number; units: number }[] {
  const sale = openAfterSale(order);
  if (!sale) return order.lines.map((line, lineIndex) => ({ lineIndex, units: line.quantity }));
  return sale.lines.map((line) => ({ lineIndex: line.lineIndex, units: unitsGoingOn(line) })).filter((line) => line.units > 0);
}

/** The fields of a form with their starting values: an approval accepts every unit to start with. */
export function initialValues(form: ActionForm, order: Pick<Order, 'lines' | 'afterSales'>): FormValues {
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

function lineValues(order: Pick<Order, 'lines' | 'afterSales'>): FormValues {
  return Object.fromEntries(decidedLines(order).map((line) => [lineField(line.lineIndex), String(line.units)]));
}

/**
 * The units accepted in a form's line fields, as the admin API's `lines` (absent when the form has
 * none: every unit). A field left empty accepts none; what is not a whole number is sent as typed
 * for the server to refuse on that line.
 */
export function acceptedLines(values: FormValues): { lines?: ChosenLine[] } {
  const fields = Object.entries(values).filter(([name]) => /^line-\d+$/.test(name));
  if (fields.length === 0) return {};
  const lines = fields
    .map(([name, value]) => ({ lineIndex: Number(name.slice('line-'.length)), quantity: value.trim() === '' ? 0 : Number(value) }))
    .filter((line) => line.quantity !== 0);
  return { lines };
}

/**
 * What approving the open refund with the form's units gives back now, by the core's rule (the one
 * the server refunds by); `undefined` while the units are not ones the request has.
 */
export function refundPreview(order: Order, values: FormValues): Money | undefined {
  const sale = openAfterSale(order);
  if (!sale) return undefined;
  const { lines, errors } = checkDecisionLines(order, sale, acceptedLines(values).lines);
  return errors.length > 0 ? undefined : afterSaleRefund(order, lines).total;
}

/** The message key of an action's button: refunding returned goods reads "Refund", not "Approve refund". */
export function actionLabelKey(action: ConsoleAction, order: Pick<Order, 'status'>): string {
  if (action === 'approve_refund' && order.status === 'returned') return 'console.action.refund';
  return `console.action.${action}`;
}

function optionalNote(values: FormValues): { note?: string } {
  const note = values.note?.trim();
  return note ? { note } : {};
}

/** The admin API route of each action (`expire` is the server's own, never the merchant's). */
const ROUTES: Record<Exclude<ConsoleAction, 'expire'>, AdminOrderAction> = {
  confirm_payment: 'mark-paid',
  simulate_payment: 'simulate-payment',
  ship: 'ship',
  complete: 'complete',
  fulfill: 'mark-fulfilled',
  approve_refund: 'approve-refund',
  partial_refund: 'approve-refund',
  reject_refund: 'decline-refund',
  approve_return: 'approve-return',
  reject_return: 'decline-return',
  receive_return: 'receive-return',
};

/** The request body of `action` from its form's values. */
function bodyOf(action: ConsoleAction, values: FormValues): Record<string, unknown> {
  switch (action) {
    case 'ship':
      return { carrier: values.carrier ?? '', number: values.number ?? '' };
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
      return { ...instructions, ...acceptedLines(values) };
    }
    case 'approve_refund':
      return { ...optionalNote(values), ...acceptedLines(values) };
    case 'reject_refund':
    case 'reject_return':
    case 'receive_return':
      return optionalNote(values);
    default:
      return {};
  }
}

/**
 * Runs `action` on the order through the admin API; answers the order after it. Rejects with the
 * server's `OrderZoneError` (`conflict` when the order changed meanwhile, `validation` with field
 * errors for bad form values).
 */
export function runAction(client: AdminClient, orderNumber: string, action: ConsoleAction, values: FormValues = {}): Promise<Order> {
  if (action === 'expire') return Promise.reject(new Error('Expiring an unpaid order is the server\'s own step.'));
  return client.act(orderNumber, ROUTES[action], bodyOf(action, values));
}
