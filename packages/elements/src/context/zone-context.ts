/**
 * The `@lit/context` key through which `<order-zone>` shares one core {@link OrderZone} with every
 * OrderZone element inside it.
 *
 * @module
 */
import { createContext } from '@lit/context';
import type { OrderZone } from '@orderzone/core';

/** The `@lit/context` key through which `<order-zone>` shares one core `OrderZone` with every OrderZone element inside it; consume it to build an element of your own on the same zone. */
export const zoneContext = createContext<OrderZone>(Symbol.for('orderzone.zone'));
