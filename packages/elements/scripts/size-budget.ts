// Size budgets of issue 16, measured by `npm run size -w @orderzone/elements` and checked by
// `npm test` (`scripts/size-budget.test.ts`): builds the script-tag bundle and `@orderzone/core`'s
// main entry and measures every figure at brotli quality 11. Chunks are found by the source modules
// they hold (`dist/bundle/chunks.json`, written by the build), never by searching their code.
//
// Each budget has a goal (issue 16) and a ceiling: the figure reached so far, which `npm test`
// enforces so that no change makes it worse while the goal is not met. A saving lowers a ceiling; it rises only with a feature that costs bytes or a change of what is measured, said below.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chunkLanguage, fileHolding, MESSAGE_LANGUAGES, staticClosure } from './bundle-files.ts';
import { beyondFirstPaint, brotli, buildCoreMainEntry, coreChunks, firstPaintFiles, kib, readBuiltBundle } from './size-measure.ts';

/** What a budget limits, as `figures()` names it. */
type BudgetKey = 'firstPaint' | 'onDemand' | 'core' | 'all' | 'block';

/** A budget: what it limits, issue 16's goal and the ceiling `npm test` enforces, in bytes. */
export interface Budget {
  what: string;
  goal: number;
  ceiling: number;
}

/** Every figure of {@link measure}, in bytes (brotli q11). */
export interface Measured {
  /** Each file of the bundle: its size and whether it is part of the first paint with api, or loaded by the demo backend only. */
  files: Record<string, { brotli: number; firstPaint: boolean; demoOnly: boolean }>;
  /** The first paint with api, the larger language. */
  firstPaint: number;
  /** What each element loaded on demand adds to the first paint, by element (its tag), the larger language. */
  onDemand: Record<string, number>;
  /** @orderzone/core's main entry with the chunks it imports statically. */
  core: number;
  /** Every element: the whole bundle but the demo backend, one language (the larger). */
  all: number;
  /** The demo backend and its catalog. */
  demo: number;
}

/** A budget with its figure (for on demand and building blocks, the largest element's, named in `what`). */
export interface Figure extends Budget {
  key: BudgetKey;
  size: number;
}

const KiB = 1024;
/**
 * `goal`: issue 16's budget; `ceiling`: what `npm test` enforces, the goal once met, else the figure
 * reached so far rounded up to the next half KiB (2026-12-06, after routing, help, returns by line and
 * the building blocks landed: 53.0, 40.0 <order-detail>, 10.96, 168.1 KiB). `all` then rose to 168.8 KiB
 * with the tag prefix (issue 17: Lit's static html and the tag map in the elements that show others).
 * After issues 17 and 18 merged (55.1, 41.9, 10.8, 192.5 KiB) and what they had added to the first paint
 * and to every element moved out (error body schemas and field error codes loaded with the first error,
 * zod's JSON Schema generator, registry, catch and superRefine out of the browser bundle, the SKU lookup
 * loaded on its first call, the demo backend's messages too, zod and the catalog schemas in one chunk):
 * 53.6, 41.6, 10.8, 185.9 KiB. The first paint stays 0.6 KiB above the 53.0 before the merges: the tag
 * prefix (Lit's static html and the tag map), the recommendations under a product and the cart rules
 * moved into the core.
 */
export const BUDGETS: Record<BudgetKey, Budget> = {
  // 54 → 53.5 without the /* @__PURE__ */ marks the minifier kept (53.40 KiB);
  // → 54 again once the same day's branches merged (53.81 KiB): a request for quote's id on cart lines and in the REST
  // adapter with its two line problems (+0.14), the cards' and cart lines' caches of locales and URLs (issue 16's render work).
  // → 47.5 once the catalog's answers were checked by validators compiled from their schemas (zod and the catalog
  // schemas, 9.4 KiB, load with the first call that needs them: 53.8 → 47.4 on its own branch) and only the page's
  // language was at first paint (the core's shopping messages, the shared ones and <order-zone>'s and <product-picker>'s
  // in one chunk per language, the other loaded on a switch: 53.8 → 53.1 on its own branch): 47.06 KiB once merged.
  // → 47 with <product-picker>'s filter panel a chunk loaded when it first shows (−0.58 KiB: 47.12 → 46.55 on its own branch).
  // → 48.5 with the loader starting the first GET /products itself (one code round trip less before the products): the
  // loader 0.6 → 1.7 KiB (the picker's first query, the zone's locale and route, the adapter's URL and headers), the REST
  // adapter taking the started answer +0.4 KiB: 48.60 KiB on its own branch, 48.45 KiB once merged.
  // → 46.5 once merged with the loader's own first GET /products above: 46.08 KiB (the cart's code out −2.4, the loader's
  // first request +1.5, the on-demand language preloads +0.2). Before, on its own branch: → 45 with the cart's code (its changes, stored form and store: 3.5 KiB) loaded with zone.load('cart'), the zone a
  // light one (createLightOrderZone) whose cart badge reads the stored count: 47.06 → 44.79 KiB on its own branch.
  // → 45 with what the first screen does not show loaded after it (44.90 KiB, 47270 → 45975 B on its own branch): <order-zone>'s
  // "Added to cart" notice with its styles (−491 B), its header's account buttons and "Sign out?" dialog with the account
  // (−350 B), the sticky-header check of focused controls (−275 B), the picker's filter panel styles with its code (−179 B).
  // → 45 with the REST adapter's chunk 6.1 → 4.5 KiB: its compiled validators deciding validity only (zod names the issues
  // of an answer that does not match, loaded then: −0.8) and the errors of answers that are not what a call expects
  // (an error status, a redirect, a body not JSON or not the contract) loaded with the first one (−0.8): 44.63 KiB on its own branch.
  // → 43.5 once both merged, with the first paint's messages one module per language and the core without nanostores/lifecycle:
  // 43.07 KiB (44101 B).
  // → 43 with code only elements on demand use out of orderzone.mjs (a module the first paint imports ships whole, whichever
  // chunk uses the rest): 44,032 → 43,590 B (42.57 KiB) on branch s29-first-paint. Lit's @query decorator, used by <cart-panel>
  // alone, left for a getter (−99); the filter panel's query changes with the panel's chunk (−196); the layout of a merchant's
  // own cards with the code that fills them (−81, every element +74); the on-demand elements' table without a .then() each (−66).
  // → 43 with the core's main entry written more tightly (2026-12-07; the quantity rule's caps, the storages' listener
  // registry as a closure, a locale tag canonicalised by Intl.Locale alone...): 44,032 → 43,842 B on its own branch.
  // → 42 on branch s29-paint-messages: 43,550 → 42,828 B (41.82 KiB). The core's cart notices and general field problems
  // (cart.*, field.*: 27 of its 46 shopping messages) left the first paint's messages for the flow messages of the elements on
  // demand, <add-to-cart-button> loading them with what a press does (−515; every element +32); the compiled catalog
  // validators' isCalendarDate a module of its own, so the REST adapter's first paint no longer preloads calendar-date.ts (−207).
  // → 41.5 on branch s30-coverage (2026-12-07): 42,702 → 42,251 B (41.26 KiB), code and messages the first screen never runs,
  // found by its coverage (npm run coverage:first-paint -w @orderzone/example-script-tag): Lit's standard-decorator half of
  // @property()/@state() (−189; the elements compile with legacy decorators), the picker's handlers of the filter panel's
  // changes in the panel's chunk (−106), the merchant's card list kept and shown by card-template.ts (−141), two messages nothing
  // shows (common.back, price.now: −15).
  // 42,702 → 42,791 B (2026-12-07, branch s30-preload, before s30-coverage merged): the loader imports the lists of each element on
  // demand's code files once the page is idle and preloads an element's list with it (+89; the lists themselves, 1,087 B,
  // are not first paint: in the loader they would have cost 1,248 B).
  // 42,404 → 42,333 B (2026-12-07, branch s31-dom): a card's price written in elements of its template with the locale
  // controller's aroundMoney, withMoney out of orderzone.mjs (−71); the ceiling stays 41.5 (the figure's next half KiB).
  // 42,404 → 42,465 B (2026-12-07, branch s31-preload): every load of code on demand says so as it starts (the core's
  // codeLoading(), its listener and the call in the zone's fetchPart; orderzone.mjs hands the listener the loader's preload,
  // +36): a zone's part loaded by any code, an element no view shows, <order-detail>'s forms, in one wave; the loader
  // imports the lists at once when the page holds an element loaded on demand, so its tree goes in one wave too (+25). The
  // lists are in the on-demand module, not here. The ceiling stays 41.5 KiB (31 B left).
  // → 41 on branch s31-paint alone (2026-12-07): 42,442 → 41,967 B (40.98 KiB, −475, main at 1024ac6 merged), core code only the demo backend or one chunk
  // on demand uses out of modules the first paint ships whole: money arithmetic (percentageOf, negateMoney, minMoney with the
  // backend's pricing; allocateMoney and divideRounded in the order-rules chunk <order-detail>'s action forms load: −313, every
  // element +132), the booking holds' rules with the backend, the cart's countdown secondsLeft a module apart (−100, every
  // element −137), unavailableOptionValues a module apart, in <product-detail>'s chunk (−59, every element +20).
  // 42,012 B (41.03 KiB; 42,404 B at the session's start) once the session's four branches merged (2026-12-07): the −475
  // and −71 above, the +61 of the one-wave loads, the rest the chunks' names. → 41 with the code-load listener guarded
  // (a throwing listener no longer fails a part's load): 41,941 B (40.96 KiB), the chunks' content hashes named anew.
  firstPaint: { what: 'first paint of <order-zone> browsing, script tag with api', goal: 28 * KiB, ceiling: 41 * KiB },
  // 42 → 38 with <order-detail>'s action forms (edit, new address, refund and return lines) loaded when it shows an order with an action: 37.96 KiB.
  // → 37 with <order-detail> split into modules (issue 17), its edit session, return photos and form frame in the forms' chunk too (36.80 KiB).
  // → 37.5 with <order-detail>'s shopper actions split into modules (issue 17) and its return photos on the one photo
  // upload it shares with the review form: 37.14 KiB.
  // → 33.5 with only the shown language's messages in the elements on demand (issue 16, lever 3: their own catalogs and
  // the core's checkout and booking messages a module per language, counted with the element in the larger language): 33.04 KiB.
  // What it counts: an element's chunk with its static imports and its messages (the larger language), not what it loads by
  // import() for some states (<order-detail>'s action forms, reviews, company summary, QR code, reorder panel: its largest
  // realistic order view is 44.7 KiB with them). Its bookings and after-sales cards loaded by order (2026-12-06) did not pay:
  // 33.3 → 32.4 counted, an order with both +1.2, every element +1.2 (see docs/performance.md); not kept.
  // → 34 once the second round of 2026-12-06 merged: 33.50 KiB (34,141 → 34,301 B). Rolldown's runtime helper (a 116 B chunk)
  // left the first paint with the first paint's messages gathered by one module per language, so <order-detail>, which
  // needs it, now counts it (+116); the quantity stepper's glyphs in CSS and shared chunks re-split by the merges (+44).
  // → 35 on branch s29-paint-messages: <order-detail> 34,625 → 35,329 B (34.50 KiB), what left the first paint now counted with
  // the elements that show it: the core's cart notices and field problems in the flow messages (+477; every element on demand
  // with the flow messages +0.4 to +0.8 KiB: <checkout-form> 21.9 → 22.6 KiB, <cart-panel> 14.9 → 15.6 KiB) and the date
  // arithmetic of calendar-date.ts, a chunk of its own once the first paint no longer preloads it (+227).
  // → 25.5 with <order-detail> loading by import() what only some orders use (2026-12-07: 34,625 → 25,969 B once merged with
  // main, every realistic order view 2.1 to 8.5 KiB smaller, see docs/performance.md). On its branch (34,301 B before): the
  // core's order actions import the address rules, booking prices and edit rules with the call that uses them (−4,957);
  // the live payment step (watch, QR code, countdown) only for an order awaiting payment, which shows once it is here
  // (−2,914); which units may be refunded or returned a module apart from the refund rule and the request checks (−755);
  // an unused message (−21); the step's countdown asked for with it, not once it arrives (+77). An unpaid order's view is
  // 2.1 KiB smaller, not 6 like the others, and takes one more round trip unless the confirmation loaded the step.
  // → 26.5 once both merged (2026-12-07): 26,715 B (26.09 KiB), <order-detail> with the core's cart notices and field problems
  // and the date arithmetic that left the first paint (s29-paint-messages, +746 over its branch's 25,969).
  // → 25.5 with the action forms' messages (53 keys: a form's frame, the edit form, a request's lines) loaded with the forms'
  // code, which loads as soon as an order with an action shows (2026-12-07, commit e8d5a34 of branch s29-detail-messages):
  // 26,715 → 26,088 B (25.48 KiB). Not taken from that branch: the live payment step's messages loaded with the step (−554 B
  // more, the goal met by 41 B), because an order awaiting payment would then show one more round trip later on the page a
  // payment provider sends the shopper back to (its code, then its messages: two round trips where one is now).
  // → 25, the goal met, on branch s30-detail (2026-12-07): 26,095 → 25,525 B (24.93 KiB). The live payment step's messages
  // (31 keys) a chunk per language apart from <order-detail>'s catalog, asked for by the element at the same time as the
  // step's code (payment-step.messages-by-language.ts, LocaleController.include beside the step's import()), so an unpaid
  // order shows after one round trip as before (−561 B; an unpaid order's views +171, the messages compressed apart). What
  // it counts says which messages go with a part loaded by import() (chunks.json's messagesOf, partMessages in
  // bundle-files.ts), as the loader's preloads do. The element's positional joinStyles in a module of its own
  // (styles/joined-styles-at.ts) before that: −9.
  // 2026-12-07, branch s30-forms: 25,525 → 25,555 B (24.96 KiB, +30), the ceiling stays the goal. The action forms' messages
  // asked for by the element at the same time as the forms' code, as the payment step's are (their loader,
  // order-detail-forms.messages-by-language.ts, moved from the forms' chunk into the element's: the forms' code −34 B, every
  // view of an order with an action −34 B, and one round trip less before a form can open).
  // 2026-12-07, branch s31-preload: 25,555 → 25,545 B (−10): the payment step's countdown no longer import()ed by hand beside
  // the step; the step's load says its name (codeLoading('payment-step')) and the loader preloads its list, as the forms'.
  onDemand: { what: 'each element loaded on demand, beyond the first paint', goal: 25 * KiB, ceiling: 25 * KiB },
  // → 11.5 with the contract's named field limits (COUPON_CODE_MAX_LENGTH…) and the zone's cart as a part (isLoaded,
  // 'cart' in zone.load): 10.94 → 11.05 KiB (11,317 B) once merged.
  // → 11 without nanostores/lifecycle (whileListened for watched products, derived stores for computed()) and a few
  // things written once instead of twice (the catalog's loading states, a quantity's check, a new line's seen fields,
  // a stored line's copy): 10.79 KiB (11,048 B) on its own branch.
  // 2026-12-07, the 10 KiB goal tried: 11,048 → 10,880 B (10.63 KiB) written more tightly, same results (the quantity
  // rule's caps, the storages' listener registry a closure, Intl.Locale alone for a locale tag, a loading state's kept
  // data, a personalization field looked up, a check written twice...); the 640 B left are code that runs synchronously
  // or is exported. What each module costs, and the moves measured and not kept (each cost the core itself, or the
  // script-tag bundle more than it saved the core), are in docs/performance.md.
  // 2026-12-07, branch s31-paint: 10,876 → 10,887 B (+11): unavailableOptionValues a module of its own (option-availability.ts),
  // re-exported as before, so that the script-tag bundle carries it with <product-detail>, not the first paint; the ceiling stays 11.
  core: { what: '@orderzone/core main entry', goal: 10 * KiB, ceiling: 11 * KiB },
  // 168.5 → 172 with issue 18's <product-recommendations> (2.2 KiB) and its core client, schemas and route (1.2 KiB), all on demand;
  // → 186 with the rest of issues 17 and 18 (reviews, quick order, reorder, company details: all on demand);
  // → 182 with the order calls' routes apart from the contract's documentation (−5.4 KiB) and <order-detail>'s forms in a chunk of their own (+1.4): 181.9 KiB;
  // → 181.5 without the /* @__PURE__ */ marks (181.28 KiB);
  // → 182.5 with <order-detail> split into modules (issue 17: 180.6 KiB without the forms' chunk), then its forms' chunk on the split modules (+1.8): 182.38 KiB.
  // → 186 once the same day's branches merged (185.94 KiB): "Order again" in <order-list>, the signed-in shopper's
  // history on the backend, requests for quote in the REST adapter (its routes and schemas), the cart's kept prices.
  // → 200 once the same day's branches merged (199.62 KiB), measured anew: what the REST adapter's later calls load (zod,
  // the order schemas, the error body) counts as the elements' own even where the demo backend imports it too (it had
  // counted as "demo backend only": 190.0 KiB under the new measure before the day's work), and one language's
  // first-paint messages count, as a page loads them (the other loads only on a switch). Then: the compiled catalog
  // validators (+2.6 KiB; zod stays for the order calls), one language at first paint (−2.0), issue 18's
  // <quote-requests> (the buyer's requests for quote, on demand: 7.1 KiB, its text in both languages about a third)
  // and the request-for-quote rules it shares with the backends (1.6), the quoted lines' rule and the history merged
  // at sign-in (+0.4), <order-zone>'s and <order-detail>'s splits (+0.4).
  // → 193 with the elements on demand and the core's checkout and booking messages a module per language, one language
  // counted (199.7 → 192.65 KiB).
  // → 193.5 with the help configuration's check in the core, its problems typed (a code per mistake, +0.4 KiB).
  // → 195 with the loader's own first GET /products (+1.5 KiB, see the first paint): 194.72 KiB once merged.
  // → 196.5 once merged: 196.13 KiB. Before, on its own branch: → 201.5 with the cart's code in a chunk of its own, loaded after the first paint (199.62 → 201.11 KiB on its own
  // branch): the light zone's cart facade and stored-count reader (+0.8), the cart's code compressed apart (+0.4), and
  // three small rules it shares with elements on demand (variant titles, a quote's booking problem, quoted quantities)
  // now files of their own (+0.3).
  // → 198.5 with the first paint's −1.3 KiB above (198.39 KiB, 201150 → 203151 B on its own branch): four pieces compressed
  // apart from orderzone.mjs, each a chunk of its own (the notice +925 B, the account buttons +642, the sticky-header
  // check +376, the filter panel's styles +58).
  // → 197 on branch s28-cart-dom: 196.80 KiB (201,523 B, +325 B): the cart's lines listened for once, the stepper's − and + drawn in CSS.
  // Once the second round of 2026-12-06 merged: 198.27 KiB (203,024 B), within 198.5: the REST adapter's answer errors a chunk
  // of their own (+0.4 on its branch), the core without nanostores/lifecycle and computed() (−0.3), the first paint's messages
  // gathered (−0.1).
  // → 199.5 on branch s29-quotes-live: 199.09 KiB (203,027 → 203,866 B, +839): <quote-requests> follows the merchant's
  // answers live and signs out on a refused session (the requests' follow() and refusal in the core, the live region and
  // its message: +528 B on its chunk and one language), and the core's poller, reused rather than copied, is a chunk of its
  // own shared by <order-detail>, the payment step and <quote-requests> (591 B; the payment step's chunk −649, the order
  // watch now in <order-detail>'s +349: +291 for compressing it apart). <quote-requests> on demand 12,643 → 13,765 B,
  // <order-detail> 34,301 → 34,592 B (the poller's chunk), <order-confirmation> 17,936 → 17,880 B (no order watch).
  // 2026-12-07: 203,027 → 202,819 B (198.09 KiB) with the core's main entry written more tightly; the ceiling stays 198.5.
  // → 199 on branch s29-paint-messages: 198.82 KiB (203,761 → 203,587 B, −174): the date check apart from the date arithmetic
  // (−206), the core's cart notices and field problems in the flow messages' chunk instead of the first paint's (+32).
  // → 200 with <order-detail>'s parts above in chunks of their own (203,647 → 204,552 B once merged with main, +905): the
  // live payment step, the payment card apart from it, the core's address rules, edit rules and request checks, each
  // compressed apart, and the element's loader of the step.
  // 2026-12-07, the action forms' messages (a form's frame, the edit form, a request's lines) loaded with the forms' code
  // (commit e8d5a34 of branch s29-detail-messages, without its payment step's messages): 204,389 → 204,735 B (+346: two
  // chunks per language compressed apart); the ceiling stays 200.
  // 2026-12-07, requests for quote numbered (RFQ-…) and an expired quote followed (branch s30-rfq): 204,735 → 204,731 B.
  // <quote-requests> +38 (the number shown, the request read by its id's end without one), its schema +20 (number,
  // acceptedAt), the REST adapter +10, its messages −14 (three unused removed), the loader −61 (its chunk names, hashes).
  // A note "the merchant may still send new prices" on an expired quote cost +62 more: not kept. The ceiling stays 200.
  // → 201.5 with each element's code loaded in one wave (2026-12-07, branch s30-preload): 204,735 → 205,911 B (201.09 KiB),
  // the loader importing and using the lists of what each element on demand needs (+89) and those lists, a module of their
  // own loaded once the page is idle after the first paint (+1,087).
  // → 216 with what is measured corrected (2026-12-07): 205,910 → 220,987 B (215.81 KiB). "Demo backend only" was every
  // file the backend imports beyond the first paint and the REST adapter's later calls, so the core's rules that elements
  // on demand load too and the backend imports (the order lifecycle, the checkout's address rules, booking prices, the
  // requests for quote's rules, the order number…, 22 files, 15.1 KiB) were left out of every element. It is now what only
  // the backend reaches: no element's code or its `import()`s, from the module with the backend left out. Nothing grew.
  // 2026-12-07, branch s30-detail: 220,847 → 221,043 B (215.86 KiB, +196): the live payment step's messages a chunk per
  // language, compressed apart from <order-confirmation>'s, with their loader and its use in <order-detail> and
  // <order-confirmation> (+191), <order-detail>'s positional joinStyles a module of its own (+5); the ceiling stays 216.
  // 2026-12-07, branch s30-forms: 221,043 → 220,970 B (215.79 KiB, −73): the action forms' messages' loader in
  // <order-detail>'s chunk, not the forms' (+30 −34), the rest the chunks' content hashes named anew; the ceiling stays 216.
  // 2026-12-07, branch s31-dom: 220,974 → 221,150 B (215.97 KiB, +176): a cart line's quantity stepper written in the
  // line's template (<cart-panel> +171, the stepper's stepsAllowed +30), the seat picker's zone legend split around its
  // amount itself (+29), withMoney out of the first paint (−71 there); the ceiling stays 216.
  // 2026-12-07, branch s31-preload: 220,974 → 221,109 B (215.93 KiB, +135): the lists of the on-demand code with a list per
  // zone part and per load an element names, and an element's list with the zone parts its constructor names (1,093 →
  // 1,196 B), the first paint's +61, <order-detail> −10; the ceiling stays 216.
  // 2026-12-07, branch s31-paint: 221,006 → 221,030 B (215.85 KiB, +24, main at 1024ac6 merged): the money arithmetic that left the first paint, in
  // the order-rules chunk (allocateMoney, divideRounded) and the backend's pricing, compressed apart (+132), the booking holds'
  // rules with the backend (−137), unavailableOptionValues in <product-detail>'s chunk (+20); the ceiling stays 216.
  // → 216.5 once the session's four branches merged (2026-12-07): 221,349 B (216.16 KiB; 220,974 B at the session's start;
  // 221,278 B with the code-load listener guarded and old accepted requests' acceptedAt in the demo backend):
  // the three above and the numbers' leftovers (the default random source and the draw loop written once, stored requests
  // numbered in the demo backend only), compressed together; raised for the cart line's stepper in its template, which
  // took the cart's first render further from its 3× timing goal's edge (docs/performance.md, rendering part five).
  all: { what: 'every element (the whole bundle but the demo backend, one language)', goal: 130 * KiB, ceiling: 216.5 * KiB },
  block: { what: 'each building block, beyond the first paint (issue 20)', goal: 2 * KiB, ceiling: 2 * KiB },
};

/** The building blocks for a merchant's own page (issue 20), each within `BUDGETS.block`. */
export const BLOCKS = ['product-price', 'product-availability', 'add-to-cart-button', 'book-button', 'cart-button', 'cart-count', 'checkout-button'];

const elementsDir = fileURLToPath(new URL('..', import.meta.url));

/** Builds the bundle (unless `build` is false) and measures every figure. */
export async function measure({ build = true } = {}): Promise<Measured> {
  if (build) execFileSync('npm', ['run', 'build:bundle'], { cwd: elementsDir, stdio: ['ignore', 'ignore', 'inherit'] });
  const { manifest, files, sizes, sum } = readBuiltBundle();
  const closure = (names: Iterable<string>): Set<string> => staticClosure(files, names);
  const holding = (module: string): string => fileHolding(files, module);

  // The loader, the module with its static imports, and what the loader preloads for a page with api:
  // the REST adapter and the messages of the page's language (the larger language counted).
  const firstPaint = MESSAGE_LANGUAGES.map((language) => firstPaintFiles(manifest, language)).sort((a, b) => sum(b) - sum(a))[0]!;
  const restAdapter = holding('core/src/rest/rest-adapter.ts');
  if (!firstPaint.has(restAdapter)) throw new Error(`The REST adapter (${restAdapter}) is not among the files preloaded for a page with api.`);
  // Demo backend only: what the backend imports that nothing else a page can load reaches (from the
  // module, by static imports and `import()`, the backend left out), so neither the first paint, nor what
  // the REST adapter's later calls load (zod and the schemas its order calls check answers with), nor the
  // rules an element shares with it (the requests for quote's status rules, say).
  const backend = holding('embedded-backend/src/index.ts');
  const withoutBackend = new Set<string>();
  const reach = (name: string): void => {
    if (name === backend || withoutBackend.has(name) || !files[name]) return;
    withoutBackend.add(name);
    [...files[name].imports, ...files[name].dynamicImports].forEach(reach);
  };
  reach('orderzone.mjs');
  const demoOnly = new Set([...closure([backend])].filter((name) => !withoutBackend.has(name)));
  // Every element a page can load: the whole bundle but the demo backend, with the messages of one
  // language (a page loads the other only when the shopper switches to it; the larger counted).
  const everyElement = MESSAGE_LANGUAGES
    .map((language) => new Set([...sizes.keys()].filter((name) => !demoOnly.has(name) && (chunkLanguage(files[name]?.modules ?? []) ?? language) === language)))
    .sort((a, b) => sum(b) - sum(a))[0]!;
  // The elements registered on demand: the files elements-on-demand.ts loads by import(), each named
  // by the element module it is the facade of (src/components/<tag>/<tag>.ts), with what each adds to
  // a first paint in the larger language (`beyondFirstPaint`).
  const registry = files[holding('elements/src/components/elements-on-demand.ts')]!;
  const onDemand = Object.fromEntries(
    registry.dynamicImports
      .filter((file) => !firstPaint.has(file))
      .flatMap((file) => {
        const tag = /^elements\/src\/components\/([a-z-]+)\/\1\.ts$/.exec(files[file]!.facade ?? '')?.[1];
        return tag ? [[tag, Math.max(...MESSAGE_LANGUAGES.map((language) => sum(beyondFirstPaint(manifest, [file], language))))] as const] : [];
      }),
  );
  const core = coreChunks(await buildCoreMainEntry('core.mjs'));
  return {
    files: Object.fromEntries([...sizes].map(([name, size]) => [name, { brotli: size, firstPaint: firstPaint.has(name), demoOnly: demoOnly.has(name) }])),
    firstPaint: sum(firstPaint),
    onDemand,
    core: core.entry.reduce((total, chunk) => total + brotli(chunk.code), 0),
    all: sum(everyElement),
    demo: sum(demoOnly),
  };
}

/** Each budget with its figure: `{ key, what, size, goal, ceiling }`; for on demand, the largest element. */
export function figures(measured: Measured): Figure[] {
  const largestOf = (tags: string[]): [string, number] => tags.map((tag): [string, number] => [tag, measured.onDemand[tag]!]).sort((a, b) => b[1] - a[1])[0]!;
  const [largestTag, largest] = largestOf(Object.keys(measured.onDemand));
  const missing = BLOCKS.filter((tag) => measured.onDemand[tag] === undefined);
  if (missing.length > 0) throw new Error(`Not loaded on demand (list them in elements-on-demand.ts): ${missing.join(', ')}`);
  const [largestBlockTag, largestBlock] = largestOf(BLOCKS);
  const size: Record<BudgetKey, number> = { firstPaint: measured.firstPaint, onDemand: largest, core: measured.core, all: measured.all, block: largestBlock };
  const largestNamed: Partial<Record<BudgetKey, string>> = { onDemand: largestTag, block: largestBlockTag };
  return (Object.entries(BUDGETS) as [BudgetKey, Budget][]).map(([key, budget]) => ({ key, ...budget, what: largestNamed[key] ? `${budget.what} (largest: <${largestNamed[key]}>)` : budget.what, size: size[key] }));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const measured = await measure();
  console.log('Script-tag bundle, packages/elements/dist/bundle (brotli quality 11):');
  for (const [name, file] of Object.entries(measured.files).sort((a, b) => a[0].localeCompare(b[0]))) {
    console.log(`  ${name.padEnd(50)} ${kib(file.brotli).padStart(9)}  ${file.firstPaint ? 'first paint with api' : file.demoOnly ? 'demo backend only' : 'on demand'}`);
  }
  console.log('\nOn demand, beyond the first paint:');
  for (const [tag, size] of Object.entries(measured.onDemand).sort()) console.log(`  <${tag}>${''.padEnd(24 - tag.length)}${kib(size).padStart(9)}`);
  console.log(`\nDemo backend + demo catalog (no api): ${kib(measured.demo)}`);
  console.log('\nBudgets (brotli q11):            figure   ceiling (npm test)   goal (issue 16)');
  let over = 0;
  for (const { what, size, goal, ceiling } of figures(measured)) {
    if (size > ceiling) over += 1;
    console.log(`  ${size > ceiling ? 'OVER' : 'ok  '} ${what.padEnd(70)} ${kib(size).padStart(9)} (${size} B) ${kib(ceiling).padStart(9)} ${kib(goal).padStart(9)}${size <= goal ? '  goal met' : ''}`);
  }
  process.exit(over > 0 ? 1 : 0);
}
