/**
 * The example page served with the strict Content-Security-Policy of docs/security.md: this folder,
 * and the built bundle under `/orderzone/` (see .ci/static-server.ts).
 */
import { fileURLToPath } from 'node:url';
import { serveExample, type StaticServer } from '../../../.ci/static-server.ts';

export { CONTENT_SECURITY_POLICY, type StaticServer } from '../../../.ci/static-server.ts';

const pageRoot = fileURLToPath(new URL('..', import.meta.url));

/** Serves on `port` of 127.0.0.1 (default: any free one). */
export function serve(port = 0): Promise<StaticServer> {
  return serveExample(pageRoot, port);
}
