/**
 * Registers `<quote-requests>` at once, alone: `import '@orderzone/elements/define/quote-requests'`. Use it for an
 * element you place on your page yourself and give properties before it is rendered (React sets a
 * property only on a registered element); `@orderzone/elements/define` registers every element,
 * this one on demand.
 *
 * @module
 */
import { defineElement } from '../define-element.ts';
import { QuoteRequests } from './quote-requests.ts';

defineElement('quote-requests', QuoteRequests);

export { QuoteRequests };

declare global {
  interface HTMLElementTagNameMap {
    'quote-requests': QuoteRequests;
  }
}
