// Browser tests for @orderzone/elements: real Chromium (Debian's /usr/bin/chromium), driven by
// playwright-core through @web/test-runner-playwright (a fresh temporary profile each launch). No browser
// is ever downloaded.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Serves msw's service worker at the site root so it can control every test page. */
const mswWorker = {
  name: 'msw-worker',
  serve(context) {
    if (context.path === '/mockServiceWorker.js') {
      context.set('Service-Worker-Allowed', '/');
      return { body: readFileSync(require.resolve('msw/mockServiceWorker.js'), 'utf8'), type: 'js' };
    }
  },
};

/**
 * `executeServerCommand('delay-response', { path, ms })` (@web/test-runner-commands): the test's page gets the next
 * response for a URL whose path ends with `path` only `ms` milliseconds after it was asked for (Playwright's routing,
 * in the browser itself), so a test can show what is asked for while a module is still on its way.
 */
const delayResponse = {
  name: 'delay-response',
  async executeCommand({ command, payload, session }) {
    if (command !== 'delay-response') return undefined;
    const page = session.browser.getPage(session.id);
    await page.route(
      (url) => url.pathname.endsWith(payload.path),
      async (route) => {
        await new Promise((resolve) => setTimeout(resolve, payload.ms));
        await route.continue();
      },
      { times: 1 },
    );
    return true;
  },
};

export default {
  rootDir: join(here, '../..'),
  files: [join(here, 'src/**/*.test.ts')],
  nodeResolve: { exportConditions: ['@orderzone/source', 'browser', 'development'] },
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 20 * 60 * 1000,
  // `npm run coverage` (web-test-runner --coverage, also a step of `npm test`): the elements' own source,
  // without their tests and test helpers (src/testing), must keep this share of lines covered.
  coverageConfig: {
    include: [join(here, 'src/**/*.ts')],
    exclude: [join(here, 'src/**/*.test.ts'), join(here, 'src/testing/**')],
    threshold: { lines: 98 },
    reportDir: join(here, 'coverage'),
    reporters: ['text-summary', 'text'],
  },
  // esbuild reads packages/elements/tsconfig.json without following `extends`, so that file repeats the
  // legacy-decorator flags (experimentalDecorators, useDefineForClassFields: false) Lit's decorators need.
  plugins: [mswWorker, delayResponse, esbuildPlugin({ ts: true, target: 'es2022', tsconfig: join(here, 'tsconfig.json') })],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      createBrowserContext: ({ browser }) => browser.newContext({ locale: 'en-US' }),
      launchOptions: {
        executablePath: chromium,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--disable-dev-shm-usage',
        ],
      },
    }),
  ],
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><script>window.process = { env: { NODE_ENV: 'development' } };</script></head>
  <body><script type="module" src="${testFramework}"></script></body>
</html>`,
};
