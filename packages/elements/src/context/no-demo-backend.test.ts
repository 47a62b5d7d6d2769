// A page that did not import '@orderzone/elements/demo' (an app with its own backend): a zone left
// without a backend never loads @orderzone/embedded-backend; its first call fails with a `config`
// error that says what to set. Its own page: the demo is page-wide.
import { expect } from '@open-wc/testing';
import { isOrderZoneError } from '@orderzone/core';
import { createLazyEmbeddedBackend } from './lazy-embedded-backend.ts';
import { NO_BACKEND_MESSAGE } from './demo-backend-messages.ts';

describe('no backend configured, demo backend not asked for', () => {
  it('fails the first call with a config error naming api, adapter and @orderzone/elements/demo', async () => {
    const adapter = createLazyEmbeddedBackend('t');
    const error = await adapter.listCategories({}).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(isOrderZoneError(error) && error.code).to.equal('config');
    expect((error as Error).message).to.equal(NO_BACKEND_MESSAGE);
    expect(NO_BACKEND_MESSAGE).to.contain("import '@orderzone/elements/demo'").and.contain('api attribute').and.contain('configure({ adapter })');
    const loaded = performance.getEntriesByType('resource').some((entry) => entry.name.includes('/packages/embedded-backend/') || entry.name.includes('/@orderzone/embedded-backend/'));
    expect(loaded, '@orderzone/embedded-backend was fetched').to.equal(false);
  });
});
