import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { createOrderEngine } from './order-engine.ts';
import { testShop } from '../../core/src/testing/test-shop.ts';

const NOW = new Date('2026-05-04T02:00:00Z');
const sha256 = (secret: string): string => createHash('sha256').update(secret).digest('hex');

describe('secrets kept as digests', () => {
  it('keeps a one-time code only as its digest; the message to deliver carries it, and the code still signs in', () => {
    const engine = createOrderEngine({ seed: testShop(), now: () => NOW, tokenDigest: sha256 });
    engine.requestSignInCode({ channel: 'sms', destination: '13900139000' });
    const sent = engine.outbox()[0]!.code;
    const state = engine.snapshot();
    assert.equal(JSON.stringify(state.codes).includes(sent), false, 'no stored code holds the code');
    assert.equal(state.codes![0]!.code, sha256(sent));
    const session = engine.verifySignInCode({ channel: 'sms', destination: '13900139000', code: sent });
    assert.equal(session.shopper.phone, '13900139000');
  });

  it('refuses the digest typed as a code', () => {
    const engine = createOrderEngine({ seed: testShop(), now: () => NOW, tokenDigest: sha256 });
    engine.requestSignInCode({ channel: 'email', destination: 'han@example.com' });
    const digest = engine.snapshot().codes![0]!.code;
    assert.throws(() => engine.verifySignInCode({ channel: 'email', destination: 'han@example.com', code: digest }), /not the one that was sent/);
  });
});
