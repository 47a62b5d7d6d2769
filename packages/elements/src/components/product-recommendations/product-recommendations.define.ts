/**
 * Registers `<product-recommendations>` at once, alone: `import '@orderzone/elements/define/product-recommendations'`.
 * Use it for an element you place on your page yourself and give properties before it is rendered
 * (React sets a property only on a registered element); `@orderzone/elements/define` registers
 * every element, this one on demand.
 *
 * @module
 */
import { defineElement } from '../define-element.ts';
import { ProductRecommendations } from './product-recommendations.ts';

defineElement('product-recommendations', ProductRecommendations);

export { ProductRecommendations };

declare global {
  interface HTMLElementTagNameMap {
    'product-recommendations': ProductRecommendations;
  }
}
