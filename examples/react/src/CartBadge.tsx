/**
 * A cart badge of your own, built on the core alone: it reads the zone's stores through
 * @nanostores/react. The subtotal is the backend's quote (authoritative: bulk tiers, stock), formatted
 * with the core's `formatMoney`; the badge computes no price itself.
 */
import { formatMoney } from '@orderzone/core';
import { useStore } from '@nanostores/react';
import { zone } from './zone.ts';

export function CartBadge({ lastEvent }: { lastEvent: string }) {
  const itemCount = useStore(zone.cart.$itemCount);
  const quote = useStore(zone.checkout.$quote);
  const locale = useStore(zone.$locale);
  const subtotal = itemCount > 0 && quote.status === 'ready' ? formatMoney(quote.data.subtotal, locale) : undefined;
  return (
    <div className="cart-badge" data-testid="cart-badge" aria-live="polite">
      <strong>{itemCount === 1 ? '1 item' : `${itemCount} items`} in your cart</strong>
      {subtotal && <span>Subtotal {subtotal}</span>}
      {lastEvent && <span className="last-event">Last event: {lastEvent}</span>}
    </div>
  );
}
