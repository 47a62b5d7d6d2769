/**
 * Insight for the merchant, computed in SQL over the orders and the stock: sales by day and by
 * product over a period, the best sellers, and a low-stock forecast from recent sales velocity
 * ("runs out in about N days"), so the merchant can restock before it happens.
 *
 * Sales count every order but cancelled, refunded and returned ones (the same orders recommendations
 * count as purchases, `UNCOUNTED_ORDER_STATUSES`), dated by when they were placed in the merchant's
 * time zone. Amounts are integer minor units: a day's revenue is the sum of its orders' totals, a
 * product's the sum of its lines' totals.
 *
 * @module
 */
import { sql } from 'drizzle-orm';
import { OrderZoneError, type LocalizedText, type Money } from '@orderzone/core';
import { UNCOUNTED_ORDER_STATUSES } from '@orderzone/embedded-backend';
import type { Db } from '../db/database.ts';

/** One day's sales. */
export interface DaySales {
  /** `YYYY-MM-DD` in the merchant's time zone. */
  date: string;
  orders: number;
  units: number;
  revenue: Money;
}

/** One product's sales over the period. */
export interface ProductSales {
  productId: string;
  /** As the newest order of the period names it. */
  title: LocalizedText;
  orders: number;
  units: number;
  revenue: Money;
}

/** A variant expected to run out soon at the pace it sold lately. */
export interface LowStockForecast {
  productId: string;
  variantId: string;
  sku: string;
  title: LocalizedText;
  /** Units in stock now. */
  stock: number;
  /** Units sold per day over the last `velocityDays`, to one decimal. */
  unitsPerDay: number;
  /** Whole days until the stock is gone at that pace (rounded down; 0: out of stock now). */
  runsOutInDays: number;
}

/** The answer of `GET /admin/insights`. */
export interface SalesInsight {
  currency: string;
  timeZone: string;
  /** First and last day of the period (`YYYY-MM-DD`, included). */
  from: string;
  to: string;
  /** Every day of the period, oldest first, days without sales included. */
  salesByDay: DaySales[];
  /** Every product sold in the period, by revenue (highest first). */
  salesByProduct: ProductSales[];
  /** The products that sold the most units in the period, at most `bestSellers`. */
  bestSellers: ProductSales[];
  /** Tracked variants that run out within `horizonDays` at their pace of the last `velocityDays`, soonest first. */
  lowStock: LowStockForecast[];
  /** The window of the sales velocity, in days. */
  velocityDays: number;
  /** How far ahead the forecast looks, in days. */
  horizonDays: number;
}

/** What to compute. */
export interface SalesInsightQuery {
  /** Days in the period, ending today. Default 30, 1–366. */
  days?: number;
  /** IANA time zone of the merchant's days. Default `Asia/Shanghai`. */
  timeZone?: string;
  /** Window of the sales velocity in days. Default 14, 1–90. */
  velocityDays?: number;
  /** Forecast horizon in days. Default 30, 1–365. */
  horizonDays?: number;
  /** How many best sellers. Default 5, 1–50. */
  bestSellers?: number;
}

/** Defaults of {@link SalesInsightQuery}. */
export const SALES_INSIGHT_DEFAULTS = { days: 30, timeZone: 'Asia/Shanghai', velocityDays: 14, horizonDays: 30, bestSellers: 5 } as const;

function wholeNumber(query: Record<string, string | undefined>, field: keyof typeof SALES_INSIGHT_DEFAULTS, min: number, max: number): number {
  const raw = query[field];
  if (raw === undefined || raw === '') return SALES_INSIGHT_DEFAULTS[field] as number;
  const value = /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!(value >= min && value <= max)) {
    throw new OrderZoneError('validation', `${field} must be a whole number from ${min} to ${max}; got ${JSON.stringify(raw)}.`, { fieldErrors: [{ field, code: 'invalid' }] });
  }
  return value;
}

/** The query of `GET /admin/insights` from its query string, checked (`validation` naming the parameter). */
export function salesInsightQuery(query: Record<string, string | undefined>): Required<SalesInsightQuery> {
  const timeZone = query.timeZone || SALES_INSIGHT_DEFAULTS.timeZone;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
  } catch {
    throw new OrderZoneError('validation', `timeZone ${JSON.stringify(timeZone)} is not an IANA time zone such as Asia/Shanghai.`, { fieldErrors: [{ field: 'timeZone', code: 'invalid' }] });
  }
  return {
    days: wholeNumber(query, 'days', 1, 366),
    timeZone,
    velocityDays: wholeNumber(query, 'velocityDays', 1, 90),
    horizonDays: wholeNumber(query, 'horizonDays', 1, 365),
    bestSellers: wholeNumber(query, 'bestSellers', 1, 50),
  };
}

type Rows<T> = { rows: T[] };
const rows = async <T>(db: Db, query: ReturnType<typeof sql>): Promise<T[]> => ((await db.execute(query)) as unknown as Rows<T>).rows;

/** The insight of `query` at `now`, in the shop's currency (orders in another are left out). */
export async function salesInsight(db: Db, query: Required<SalesInsightQuery>, now: Date): Promise<SalesInsight> {
  const { days, timeZone, velocityDays, horizonDays } = query;
  const [shop] = await rows<{ currency: string }>(db, sql`select pricing->>'currency' as currency from shop limit 1`);
  const currency = shop?.currency ?? 'CNY';
  const uncounted = sql.join(UNCOUNTED_ORDER_STATUSES.map((status) => sql`${status}`), sql`, `);
  const at = now.toISOString();
  const today = sql`(${at}::timestamptz at time zone ${timeZone})::date`;
  const first = sql`(${today} - ${days - 1}::int)`;
  const counted = sql`o.status not in (${uncounted}) and o.currency = ${currency}`;
  const orderDay = sql`(o.created_at at time zone ${timeZone})::date`;

  const byDay = await rows<{ day: string; orders: string | number; units: string | number; revenue: string | number }>(db, sql`
    with period as (select generate_series(${first}, ${today}, interval '1 day')::date as day),
    sold as (
      select ${orderDay} as day, count(*) as orders, sum(o.total_amount) as revenue,
             sum((select coalesce(sum((line->>'quantity')::int), 0) from jsonb_array_elements(o.data->'lines') line)) as units
      from orders o
      where ${counted} and ${orderDay} between ${first} and ${today}
      group by 1
    )
    select to_char(period.day, 'YYYY-MM-DD') as day, coalesce(sold.orders, 0) as orders, coalesce(sold.units, 0) as units, coalesce(sold.revenue, 0) as revenue
    from period left join sold on sold.day = period.day
    order by period.day`);

  const byProduct = await rows<{ product_id: string; title: LocalizedText; orders: string | number; units: string | number; revenue: string | number }>(db, sql`
    with lines as (
      select o.order_number, o.created_at, line->>'productId' as product_id, line->'title' as title,
             (line->>'quantity')::int as units, (line->'total'->>'amount')::bigint as revenue
      from orders o cross join lateral jsonb_array_elements(o.data->'lines') line
      where ${counted} and ${orderDay} between ${first} and ${today}
    )
    select product_id,
           (array_agg(title order by created_at desc))[1] as title,
           count(distinct order_number) as orders, sum(units) as units, sum(revenue) as revenue
    from lines group by product_id
    order by sum(revenue) desc, product_id`);

  const forecast = await rows<{ product_id: string; variant_id: string; sku: string | null; title: LocalizedText; stock: number; sold: string | number }>(db, sql`
    with recent as (
      select line->>'variantId' as variant_id, sum((line->>'quantity')::int) as sold
      from orders o cross join lateral jsonb_array_elements(o.data->'lines') line
      where ${counted} and o.created_at > ${at}::timestamptz - make_interval(days => ${velocityDays}::int) and o.created_at <= ${at}::timestamptz
      group by 1
    )
    select s.product_id, s.variant_id, s.quantity as stock, recent.sold, p.data->'title' as title,
           (select v->>'sku' from jsonb_array_elements(p.data->'variants') v where v->>'id' = s.variant_id) as sku
    from stock s join recent on recent.variant_id = s.variant_id join products p on p.id = s.product_id
    where recent.sold > 0
      and s.quantity * ${velocityDays}::int < recent.sold * ${horizonDays}::int
    order by s.quantity::float / recent.sold, s.variant_id`);

  const money = (amount: string | number): Money => ({ amount: Number(amount), currency });
  const salesByProduct = byProduct.map((row) => ({ productId: row.product_id, title: row.title, orders: Number(row.orders), units: Number(row.units), revenue: money(row.revenue) }));
  return {
    currency,
    timeZone,
    from: byDay[0]?.day ?? '',
    to: byDay.at(-1)?.day ?? '',
    salesByDay: byDay.map((row) => ({ date: row.day, orders: Number(row.orders), units: Number(row.units), revenue: money(row.revenue) })),
    salesByProduct,
    bestSellers: [...salesByProduct].sort((a, b) => b.units - a.units || b.revenue.amount - a.revenue.amount || a.productId.localeCompare(b.productId)).slice(0, query.bestSellers),
    lowStock: forecast.map((row) => {
      const sold = Number(row.sold);
      return {
        productId: row.product_id,
        variantId: row.variant_id,
        sku: row.sku ?? '',
        title: row.title,
        stock: row.stock,
        unitsPerDay: Math.round((sold / velocityDays) * 10) / 10,
        runsOutInDays: Math.floor((row.stock * velocityDays) / sold),
      };
    }),
    velocityDays,
    horizonDays,
  };
}
