/**
 * The English (en-US) messages the first paint shows, in one module: the core's errors (its shopping messages
 * but the cart notices and field problems, `cart-messages.ts`), the shared ones, `<order-zone>`'s and `<product-picker>`'s. `first-paint-messages.ts` loads it with one
 * `import()`, so the language's chunk is this module's exports, with no module namespace objects
 * (and no bundler runtime file) for four.
 *
 * @module
 */
export { messages as shopping } from '@orderzone/core/messages/shopping.en-US';
export { messages as shared } from './shared-messages.en-US.ts';
export { messages as orderZone } from '../components/order-zone/order-zone.messages.en-US.ts';
export { messages as productPicker } from '../components/product-picker/product-picker.messages.en-US.ts';
