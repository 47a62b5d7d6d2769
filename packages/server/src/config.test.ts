import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ConfigError, assertSafeForProduction, readConfig } from './config.ts';

describe('the server configuration', () => {
  it('reads the public URL of the API as an origin, and refuses anything else', () => {
    assert.equal(readConfig({}).publicUrl, undefined);
    assert.equal(readConfig({ ORDERZONE_PUBLIC_URL: 'https://api.shop.example/' }).publicUrl, 'https://api.shop.example');
    for (const bad of ['api.shop.example', 'https://api.shop.example/api', 'ftp://api.shop.example']) {
      assert.throws(() => readConfig({ ORDERZONE_PUBLIC_URL: bad }), (error: Error) => error instanceof ConfigError && /ORDERZONE_PUBLIC_URL/.test(error.message), bad);
    }
  });

  it('refuses CORS "*" and a missing base path in production only', () => {
    const safe = { production: true, corsOrigins: ['https://shop.example'], basePath: '/api' };
    assert.doesNotThrow(() => assertSafeForProduction(safe));
    assert.throws(() => assertSafeForProduction({ ...safe, corsOrigins: ['*'] }), (error: Error) => error instanceof ConfigError && /ORDERZONE_CORS_ORIGINS/.test(error.message));
    assert.throws(() => assertSafeForProduction({ ...safe, basePath: '' }), (error: Error) => error instanceof ConfigError && /ORDERZONE_BASE_PATH/.test(error.message));
    assert.doesNotThrow(() => assertSafeForProduction({ production: false, corsOrigins: ['*'], basePath: '' }));
    // What the environment gives: an empty base path passes readConfig, and production refuses it.
    const rootConfig = readConfig({ NODE_ENV: 'production', ORDERZONE_BASE_PATH: '/' });
    assert.equal(rootConfig.basePath, '');
    assert.throws(() => assertSafeForProduction(rootConfig), ConfigError);
  });
});
