import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Hono } from 'hono';
import { UNKNOWN_CLIENT, clientAddress } from './client-address.ts';

/** The address `clientAddress` reads for a request from `socket` with `forwardedFor`, behind `trustProxy` proxies. */
async function addressOf(trustProxy: number, socket: string | undefined, forwardedFor?: string): Promise<string> {
  const app = new Hono();
  app.get('/', (c) => c.text(clientAddress(c, trustProxy)));
  const env = socket === undefined ? undefined : { incoming: { socket: { remoteAddress: socket, remotePort: 1234, remoteFamily: socket.includes(':') ? 'IPv6' : 'IPv4' } } };
  const response = await app.request('/', { headers: forwardedFor ? { 'X-Forwarded-For': forwardedFor } : {} }, env);
  return response.text();
}

describe('the client address', () => {
  it('is the socket address when no proxy is trusted, whatever X-Forwarded-For says', async () => {
    assert.equal(await addressOf(0, '203.0.113.5', '198.51.100.1'), '203.0.113.5');
    assert.equal(await addressOf(0, '::ffff:203.0.113.5'), '203.0.113.5');
    assert.equal(await addressOf(0, '2001:db8::1'), '2001:db8::1');
    assert.equal(await addressOf(0, undefined), UNKNOWN_CLIENT);
  });

  it('behind n trusted proxies, is what the outermost of them saw, never what the client wrote further left', async () => {
    // The client forged "1.1.1.1"; the load balancer (10.0.0.2, the socket) appended the real 198.51.100.7.
    assert.equal(await addressOf(1, '10.0.0.2', '1.1.1.1, 198.51.100.7'), '198.51.100.7');
    // Two proxies: CDN saw 198.51.100.7 and appended it, then the load balancer appended the CDN's 172.16.0.9.
    assert.equal(await addressOf(2, '10.0.0.2', '1.1.1.1, 198.51.100.7, 172.16.0.9'), '198.51.100.7');
    // A shorter chain than trusted: the farthest address there is.
    assert.equal(await addressOf(3, '10.0.0.2', '198.51.100.7'), '198.51.100.7');
    // No header at all: the socket.
    assert.equal(await addressOf(1, '10.0.0.2'), '10.0.0.2');
    // Something that is no address where the client should be: the next one nearer that is.
    assert.equal(await addressOf(2, '10.0.0.2', 'not-an-ip, 172.16.0.9'), '172.16.0.9');
  });
});
