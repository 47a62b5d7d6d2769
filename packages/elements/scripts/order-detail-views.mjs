// What each realistic `<order-detail>` view loads beyond the first paint (`npm run size:order-views -w @orderzone/elements`,
// after `npm run build:bundle`): the element with its static imports and messages, as `size-budget.mjs` counts it, plus
// what it loads by import() for an order in that state (the live payment step and the QR code drawing of an order
// awaiting payment, the action forms of an order with an action, the reviews card of a completed order, a business
// order's company summary), the larger language counted. Reports only; size-budget.mjs is the check.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotli, shownMessages, staticClosure } from './size-measure.mjs';

const bundleDir = fileURLToPath(new URL('../dist/bundle/', import.meta.url));
/** @type {import('./bundle-manifest.ts').BundleManifest} */
const manifest = JSON.parse(readFileSync(join(bundleDir, 'chunks.json'), 'utf8'));
const files = manifest.files;
const sizes = new Map([...Object.keys(files), 'orderzone.js'].map((name) => [name, brotli(readFileSync(join(bundleDir, name)))]));
const sum = (names) => names.reduce((total, name) => total + sizes.get(name), 0);
const closure = (names) => staticClosure(files, names);
/** The file holding the module whose path ends with `module`, or undefined when no file does (a part not split). */
const holding = (module) => Object.keys(files).find((name) => files[name].modules.some((m) => m.endsWith(module)));
const languages = Object.keys(manifest.firstPaint.messages);
const firstPaint = new Set(languages.flatMap((language) => ['orderzone.js', ...closure(['orderzone.mjs', ...manifest.firstPaint.api, ...manifest.firstPaint.messages[language]])]));
const beyondFirstPaint = (roots, language) => {
  const code = closure(roots);
  const messages = shownMessages(files, code, language);
  return [...new Set([...code, ...messages])].filter((name) => !firstPaint.has(name));
};

const PARTS = {
  payment: 'parts/payment-step/payment-step.ts',
  qr: 'uqr/dist/index.mjs',
  forms: 'components/order-detail/order-detail-forms.ts',
  reviews: 'parts/order-reviews/order-reviews.ts',
  company: 'parts/company-details/company-summary.ts',
};
/** Each realistic state, with the parts it loads by import() (the actions it offers in brackets). */
const VIEWS = {
  'cancelled; a refund or return request pending': [],
  'awaiting payment, pay link (edit, cancel, address)': ['payment', 'forms'],
  'awaiting payment, QR code drawn here (edit, cancel, address)': ['payment', 'qr', 'forms'],
  'paid or cash on delivery, awaiting shipment; shipped; a booking (an action)': ['forms'],
  'completed (return, reviews)': ['forms', 'reviews'],
  'completed business order (return, reviews, company)': ['forms', 'reviews', 'company'],
};
const element = holding('components/order-detail/order-detail.ts');
console.log('<order-detail> views beyond the first paint (brotli q11, the larger language):');
for (const [view, parts] of Object.entries(VIEWS)) {
  const roots = [element, ...parts.map((part) => holding(PARTS[part])).filter(Boolean)];
  const size = Math.max(...languages.map((language) => sum(beyondFirstPaint(roots, language))));
  console.log(`  ${view.padEnd(80)} ${String(size).padStart(6)} B`);
}
