// What each realistic `<order-detail>` view loads beyond the first paint (`npm run size:order-views -w @orderzone/elements`,
// after `npm run build:bundle`): the element with its static imports and messages, as `size-budget.ts` counts it, plus
// what it loads by import() for an order in that state (the live payment step and the QR code drawing of an order
// awaiting payment, the action forms of an order with an action, the reviews card of a completed order, a business
// order's company summary), the larger language counted. Reports only; size-budget.ts is the check.
import { fileHolding, MESSAGE_LANGUAGES } from './bundle-files.ts';
import { beyondFirstPaint, readBuiltBundle } from './size-measure.ts';

const { manifest, files, sum } = readBuiltBundle();

/** The parts an order's view may load by import(), by the module each is (as `chunks.json` names it). */
const PARTS = {
  payment: 'elements/src/parts/payment-step/payment-step.ts',
  qr: 'uqr/dist/index.mjs',
  forms: 'elements/src/components/order-detail/order-detail-forms.ts',
  reviews: 'elements/src/parts/order-reviews/order-reviews.ts',
  company: 'elements/src/parts/company-details/company-summary.ts',
};
/** Each realistic state, with the parts it loads by import() (the actions it offers in brackets). */
const VIEWS: Record<string, (keyof typeof PARTS)[]> = {
  'cancelled; a refund or return request pending': [],
  'awaiting payment, pay link (edit, cancel, address)': ['payment', 'forms'],
  'awaiting payment, QR code drawn here (edit, cancel, address)': ['payment', 'qr', 'forms'],
  'paid or cash on delivery, awaiting shipment; shipped; a booking (an action)': ['forms'],
  'completed (return, reviews)': ['forms', 'reviews'],
  'completed business order (return, reviews, company)': ['forms', 'reviews', 'company'],
};
const element = fileHolding(files, 'elements/src/components/order-detail/order-detail.ts');
console.log('<order-detail> views beyond the first paint (brotli q11, the larger language):');
for (const [view, parts] of Object.entries(VIEWS)) {
  const roots = [element, ...parts.map((part) => fileHolding(files, PARTS[part]))];
  const size = Math.max(...MESSAGE_LANGUAGES.map((language) => sum(beyondFirstPaint(manifest, roots, language))));
  console.log(`  ${view.padEnd(80)} ${String(size).padStart(6)} B`);
}
