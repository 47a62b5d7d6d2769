/**
 * How a quoted price (a request for quote's, business buying) goes on a priced line: the rule
 * deciding the price is `rfqLinePrice` (`business/rfq-rules.ts`); this only applies its answer.
 *
 * @module
 */
import { multiplyMoney } from '../money/money.ts';
import type { LineRequest, QuoteLine } from '../order/order-schema.ts';
import type { RfqLinePrice } from '../business/rfq-rules.ts';

export type { RfqLinePrice } from '../business/rfq-rules.ts';

/** The quoted price of a request line (by its index), or `undefined` when the catalog's applies. */
export type QuotedPrices = (line: LineRequest, index: number) => RfqLinePrice | undefined;

/**
 * Puts a quoted price on `line`: the quoted unit price and its total (the catalog's tiers no longer
 * apply, so no `listUnitPrice`), with the request's id; or the quote's problem when the line has
 * none yet (stock and quantity problems come first).
 */
export function applyRfqLinePrice(line: QuoteLine, quoted: RfqLinePrice, rfqId: string | undefined): void {
  if ('problem' in quoted) {
    if (!line.problem) line.problem = quoted.problem;
    return;
  }
  if (rfqId !== undefined) line.rfqId = rfqId;
  line.unitPrice = quoted.unitPrice;
  line.total = multiplyMoney(quoted.unitPrice, line.quantity);
  delete line.listUnitPrice;
}
