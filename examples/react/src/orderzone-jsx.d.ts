// The OrderZone tags in JSX: properties as props, `on<event>` props typed from the events' details.
import type { CartPanel, OrderZoneElement, OzEventDetails, ProductPicker } from '@orderzone/elements';
import type { HTMLAttributes, Ref } from 'react';

/** `onoz-cart-change` etc.: React 19 adds a listener for the event named after `on`. */
type OzEventProps = { [K in keyof OzEventDetails as `on${K}`]?: (event: CustomEvent<OzEventDetails[K]>) => void };
type OzElementProps<E extends HTMLElement, P extends keyof E> = Partial<Pick<E, P>> & OzEventProps & HTMLAttributes<E> & { ref?: Ref<E> };

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'order-zone': OzElementProps<OrderZoneElement, 'zone' | 'adapter' | 'currency' | 'locale' | 'api' | 'shop' | 'view' | 'routing'> & { 'product-id'?: string; 'route-param'?: string; 'help-url'?: string; 'help-text'?: string };
      'product-picker': OzElementProps<ProductPicker, 'zone' | 'locale' | 'category' | 'view'> & { 'page-size'?: number };
      'cart-panel': OzElementProps<CartPanel, 'zone' | 'locale' | 'mode' | 'open'>;
    }
  }
}
