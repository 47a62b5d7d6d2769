/**
 * What recommendations read of the orders, counted in SQL over the `orders` table (the in-page
 * backend counts its orders in memory; the rules are the engine's, `recommendations.ts` of
 * `@orderzone/embedded-backend`): the products bought in the same orders as the context's
 * products, and the units sold of every product (best sellers, for a cold start). Cancelled,
 * refunded and returned orders count as nobody's purchase (`UNCOUNTED_ORDER_STATUSES`).
 *
 * @module
 */
import { sql } from 'drizzle-orm';
import { UNCOUNTED_ORDER_STATUSES, coPurchaseSources, type CoPurchase, type RecommendationSignals } from '@orderzone/embedded-backend';
import type { RecommendationRequest } from '@orderzone/core';
import type { Db } from '../db/database.ts';

type Rows<T> = { rows: T[] };

/** The signals of `request`, from every counted order in the database. */
export async function recommendationSignalsInSql(db: Db, request: RecommendationRequest): Promise<RecommendationSignals> {
  const uncounted = sql.join(UNCOUNTED_ORDER_STATUSES.map((status) => sql`${status}`), sql`, `);
  // One row per product of a counted order, with its units.
  const bought = sql`
    select o.order_number, line->>'productId' as product_id, sum((line->>'quantity')::int) as units
    from orders o cross join lateral jsonb_array_elements(o.data->'lines') as line
    where o.status not in (${uncounted})
    group by o.order_number, line->>'productId'`;
  const sold = (await db.execute(sql`
    with bought as (${bought})
    select product_id, sum(units)::bigint as units from bought group by product_id`)) as unknown as Rows<{ product_id: string; units: string | number }>;
  const unitsSold: Record<string, number> = {};
  for (const row of sold.rows) unitsSold[row.product_id] = Number(row.units);

  const sources = coPurchaseSources(request);
  let coPurchases: CoPurchase[] = [];
  if (sources.length > 0) {
    const list = sql.join(sources.map((id) => sql`${id}`), sql`, `);
    const pairs = (await db.execute(sql`
      with bought as (${bought})
      select other.product_id, source.product_id as with_product_id, count(*)::int as orders
      from bought source join bought other on other.order_number = source.order_number and other.product_id <> source.product_id
      where source.product_id in (${list})
      group by other.product_id, source.product_id`)) as unknown as Rows<{ product_id: string; with_product_id: string; orders: string | number }>;
    coPurchases = pairs.rows.map((row) => ({ productId: row.product_id, withProductId: row.with_product_id, orders: Number(row.orders) }));
  }
  return { coPurchases, unitsSold };
}
