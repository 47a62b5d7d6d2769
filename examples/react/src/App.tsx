/**
 * The elements used the React 19 way: the shared zone passed as a prop (React sets it as the element's
 * property), and `oz-*` events listened with `onoz-…` props, typed by `@orderzone/elements/react`.
 */
import type { OrderZoneElement, OzEventDetails } from '@orderzone/elements';
import { useRef, useState } from 'react';
import { CartBadge } from './CartBadge.tsx';
import { zone } from './zone.ts';

export function App() {
  const [lastEvent, setLastEvent] = useState('');
  const [orderNumber, setOrderNumber] = useState<string>();
  const orderZone = useRef<OrderZoneElement>(null);

  const onCartChange = (event: CustomEvent<OzEventDetails['oz-cart-change']>) =>
    setLastEvent(`oz-cart-change (${event.detail.reason}, ${event.detail.itemCount} in cart)`);

  return (
    <>
      <header className="site-header">
        <h1>React shop</h1>
        <CartBadge lastEvent={lastEvent} />
      </header>
      {orderNumber && (
        <p className="order-placed" role="status">
          Order {orderNumber} placed. Thank you!
        </p>
      )}
      <div className="layout">
        <order-zone
          ref={orderZone}
          zone={zone}
          onoz-cart-change={onCartChange}
          onoz-order-created={(event) => {
            setOrderNumber(event.detail.order.orderNumber);
            setLastEvent('oz-order-created');
          }}
        >
          <span slot="header">React shop</span>
        </order-zone>
        <aside aria-label="Your cart">
          <cart-panel
            zone={zone}
            onoz-cart-change={onCartChange}
            onoz-navigate={(event) => {
              // The standalone cart's "Checkout" and "Continue shopping": <order-zone> shows that view.
              orderZone.current?.navigate(event.detail.view, event.detail.productId);
              orderZone.current?.scrollIntoView({ block: 'start' });
            }}
          />
        </aside>
      </div>
    </>
  );
}
