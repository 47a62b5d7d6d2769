// ESLint for the workspace: the packages' sources, scripts and benchmarks, the examples' sources, tests and
// benchmarks and the CI scripts: `npm run lint` (a step of `npm test`).
// Lives in .ci/ because the repository's top level is fixed; run it from the root with
// `eslint -c .ci/eslint.config.js` (file patterns below are relative to the root).
// Rules that find problems only: recommended sets, a few type-aware ones, and the layering. No
// stylistic rule and no formatter (they would rewrite lines many people edit at the same time).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';
import boundaries from './eslint-boundaries.js';

const root = new URL('..', import.meta.url).pathname;

/** Deep paths into a workspace package (its src/ or dist/): only the entries in its `exports` are public. */
const deepImport = {
  regex: '^@orderzone/[^/]+/(src|dist)(/|$)',
  message: 'Import a workspace package through its public entries (package.json `exports`), not its files.',
};
const elementsImport = {
  regex: '^@orderzone/elements(/|$)',
  message: 'The core never imports the elements: they render what the core computes.',
};
const backendImport = {
  regex: '^@orderzone/(embedded-backend|server)(/|$)',
  message: 'The core never imports a backend: backends implement the adapter interface the core declares.',
};
const serverImport = {
  regex: '^@orderzone/server(/|$)',
  message: 'The elements never import the server: they talk to a backend through the core.',
};

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', '**/coverage/**', 'docs/api/**'] },
  {
    files: ['packages/*/src/**/*.ts'],
    extends: [js.configs.recommended, ...tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: root },
    },
    plugins: { orderzone: boundaries },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      'orderzone/stay-in-package': 'error',
      'orderzone/declared-dependencies': 'error',
      'no-restricted-imports': ['error', { patterns: [deepImport] }],
      // node:test's test()/describe() return promises the runner itself awaits.
      '@typescript-eslint/no-floating-promises': [
        'error',
        { allowForKnownSafeCalls: [{ from: 'package', package: 'node:test', name: ['test', 'it', 'describe', 'suite'] }] },
      ],
      // `_name` marks a value left out on purpose (e.g. `const { secret: _secret, ...rest } = x`).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // Rethrowing or rejecting with a caught `unknown` keeps the original error: that is intended.
      '@typescript-eslint/only-throw-error': ['error', { allowThrowingUnknown: true }],
      '@typescript-eslint/prefer-promise-reject-errors': ['error', { allowThrowingUnknown: true }],
      // Module augmentation (`declare module 'react' { namespace JSX … }`) needs a namespace declaration.
      // `let x` read in a closure before its one assignment (a server answering 503 until ready) cannot be const.
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
      '@typescript-eslint/no-namespace': ['error', { allowDeclarations: true }],
      // Lit binds template event listeners (`@click=${this.onClick}`) to the host, and the other hits
      // are interface members declared with method syntax that use no `this`: all false alarms.
      '@typescript-eslint/unbound-method': 'off',
      // Async functions without `await` implement promise-returning interfaces (adapters, stores).
      '@typescript-eslint/require-await': 'off',
      // An assertion the compiler no longer needs is harmless; removing 100+ of them is churn, not a fix.
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
    },
  },
  {
    // Tests read untyped JSON (responses, stored values) and chai's `expect(x).to.be.true` is an
    // expression statement: the `any` rules and no-unused-expressions would flag the test idiom itself.
    files: ['packages/*/src/**/*.test.ts', 'packages/*/src/**/testing/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-expressions': 'off',
      // Tests print whatever came back into their failure messages, and check how values stringify.
      '@typescript-eslint/no-base-to-string': 'off',
      '@typescript-eslint/restrict-template-expressions': 'off',
    },
  },
  {
    files: ['packages/core/src/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [deepImport, elementsImport, backendImport] }] },
  },
  {
    // The core's tests may drive the REST adapter against the demo backend, through its public entries;
    // the core declares it as a devDependency (checked by orderzone/declared-dependencies).
    files: ['packages/core/src/**/*.test.ts', 'packages/core/src/testing/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [deepImport, elementsImport] }] },
  },
  {
    files: ['packages/elements/src/**/*.ts'],
    extends: [lit.configs['flat/recommended'], wc.configs['flat/recommended']],
    plugins: { 'lit-a11y': litA11y },
    rules: {
      ...litA11y.configs.recommended.rules,
      // `role="list"` on a `<ul>` styled with `list-style: none` is deliberate: Safari/VoiceOver drop
      // the list semantics of such lists otherwise.
      'lit-a11y/no-redundant-role': 'off',
      'no-restricted-imports': ['error', { patterns: [deepImport, serverImport] }],
    },
  },
  {
    // Test templates stand for a merchant's own markup (card templates without alt text and so on).
    files: ['packages/elements/src/**/*.test.ts', 'packages/elements/src/testing/**/*.ts'],
    rules: {
      ...Object.fromEntries(Object.keys(litA11y.configs.recommended.rules).map((rule) => [rule, 'off'])),
      // @open-wc/testing types every chai `.equal()` as a promise (for its async DOM diff), so the rule
      // cannot tell `expect(n).to.equal(2)` from a real promise. The assertions that ARE asynchronous
      // must still be awaited, or they can never fail:
      '@typescript-eslint/no-floating-promises': 'off',
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'ExpressionStatement > CallExpression:matches([callee.property.name="accessible"], [callee.object.object.property.name=/^(dom|shadowDom|lightDom)$/])',
          message: 'Await this assertion: it is asynchronous, and a test that does not await it cannot fail.',
        },
      ],
    },
  },
  {
    // Templates of `lit/static-html.js` put a tag name in a binding on purpose (`<${staticTag('cart-panel')}>`:
    // every element rendered under the page's tag prefix, see tag-names.ts). Lit's lint reads them as
    // plain `html` templates, where such a binding is an error; in these files it is how tags are written.
    files: [
      'packages/elements/src/components/cart-panel/cart-panel.ts',
      'packages/elements/src/components/order-confirmation/order-confirmation.ts',
      'packages/elements/src/components/order-detail/order-detail.ts',
      'packages/elements/src/components/order-list/order-list.ts',
      'packages/elements/src/components/order-lookup/order-lookup.ts',
      'packages/elements/src/components/order-zone/cart-drawer.ts',
      'packages/elements/src/components/order-zone/order-zone.ts',
      'packages/elements/src/components/order-zone/zone-page.ts',
      'packages/elements/src/components/product-detail/booking-purchase.ts',
      'packages/elements/src/parts/order-edit/booking-changes.ts',
      'packages/elements/src/parts/page-dialogs/page-dialogs.ts',
    ],
    rules: { 'lit/binding-positions': 'off', 'lit/no-invalid-html': 'off' },
  },
  {
    // Vue's DefineComponent generics take `{}` for "no props/emits of this kind": Vue's own spelling.
    files: ['packages/elements/src/frameworks/vue.ts'],
    rules: { '@typescript-eslint/no-empty-object-type': 'off' },
  },  // Beyond the packages' sources: the examples, the packages' build scripts and the CI scripts. Same
  // problem-finding sets; what differs is where the code runs (its globals) and whether a tsconfig
  // covers it (type-aware rules for TypeScript, the plain JavaScript set for .mjs/.js).
  {
    // The examples' pages run in the browser; the demo shop's merchant console is made of Lit elements.
    files: ['examples/*/src/**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommendedTypeChecked, lit.configs['flat/recommended'], wc.configs['flat/recommended']],
    plugins: { 'lit-a11y': litA11y },
    languageOptions: {
      globals: globals.browser,
      parserOptions: { projectService: true, tsconfigRootDir: root },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      ...litA11y.configs.recommended.rules,
      // `role="list"` on an unstyled-bullet list is deliberate (see the elements' block above).
      'lit-a11y/no-redundant-role': 'off',
      'no-restricted-imports': ['error', { patterns: [deepImport] }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      // Lit binds template event listeners (`@click=${this.onClick}`) to the host: false alarms, as in the packages.
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    // The examples' end-to-end tests, the benchmarks and the packages' TypeScript scripts run in Node (tests and
    // benchmarks drive Chromium with playwright-core; the code they pass to page.evaluate runs in the page, as does
    // the embedded backend's browser search benchmark, hence the browser globals).
    files: ['examples/*/test/**/*.ts', 'examples/*/bench/**/*.ts', 'packages/*/bench/**/*.ts', 'packages/*/scripts/**/*.ts'],
    extends: [js.configs.recommended, ...tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
      parserOptions: { projectService: true, tsconfigRootDir: root },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      'no-restricted-imports': ['error', { patterns: [deepImport] }],
      '@typescript-eslint/no-floating-promises': [
        'error',
        { allowForKnownSafeCalls: [{ from: 'package', package: 'node:test', name: ['test', 'it', 'describe', 'suite', 'before', 'after', 'beforeEach', 'afterEach'] }] },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      // Tests read untyped JSON and page.evaluate results: the `any` rules would flag the test idiom itself.
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/restrict-template-expressions': 'off',
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
    },
  },
  {
    // The benchmark pages' own scripts: classic scripts (`<script src>`, no module) that run in the page.
    files: ['examples/*/bench/**/*.js'],
    extends: [js.configs.recommended],
    languageOptions: { globals: globals.browser, sourceType: 'script', ecmaVersion: 'latest' },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  {
    // Node scripts in plain JavaScript (build steps, size budget, the CI runner): no tsconfig covers them.
    files: ['packages/*/scripts/**/*.{js,mjs}', '.ci/*.{js,mjs}'],
    extends: [js.configs.recommended],
    languageOptions: { globals: globals.node, sourceType: 'module', ecmaVersion: 'latest' },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      'no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
    },
  },
);
