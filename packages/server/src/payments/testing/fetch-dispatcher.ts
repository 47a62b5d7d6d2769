/**
 * An undici `Dispatcher` that sends each request through `globalThis.fetch`, so msw's `setupServer`
 * answers SDKs built on undici (alipay-sdk's urllib), which msw does not intercept directly. Passed
 * to the Alipay provider as its `dispatcher` (the option a merchant uses for an outbound proxy).
 * Test-only.
 *
 * @module
 */

interface LegacyHandler {
  onConnect?(abort: (error?: Error) => void): void;
  onHeaders?(status: number, headers: Buffer[], resume: () => void, statusText: string): boolean | void;
  onData?(chunk: Buffer): boolean | void;
  onComplete?(trailers: Buffer[] | null): void;
  onError?(error: Error): void;
}

interface DispatchOptions {
  origin?: string | URL;
  path: string;
  method: string;
  headers?: string[] | Record<string, string | string[] | undefined> | null;
  body?: string | Uint8Array | AsyncIterable<Uint8Array> | null;
}

async function bodyBytes(body: DispatchOptions['body']): Promise<string | Buffer<ArrayBuffer> | undefined> {
  if (body === null || body === undefined) return undefined;
  if (typeof body === 'string') return body;
  if (body instanceof Uint8Array) return Buffer.from(body);
  const chunks: Buffer<ArrayBuffer>[] = [];
  for await (const chunk of body) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

/** The dispatcher. */
export function fetchDispatcher() {
  return {
    dispatch(options: DispatchOptions, handler: LegacyHandler): boolean {
      let aborted = false;
      handler.onConnect?.(() => {
        aborted = true;
      });
      (async () => {
        const headers = new Headers();
        const given = options.headers;
        if (Array.isArray(given)) for (let i = 0; i + 1 < given.length; i += 2) headers.append(given[i]!, given[i + 1]!);
        else if (given) for (const [name, value] of Object.entries(given)) for (const v of [value ?? []].flat()) headers.append(name, v);
        const body = await bodyBytes(options.body);
        const response = await fetch(new URL(options.path, options.origin), { method: options.method, headers, ...(body === undefined ? {} : { body }) });
        if (aborted) return;
        const raw: Buffer[] = [];
        response.headers.forEach((value, name) => raw.push(Buffer.from(name), Buffer.from(value)));
        handler.onHeaders?.(response.status, raw, () => undefined, response.statusText);
        const bytes = Buffer.from(await response.arrayBuffer());
        if (bytes.length > 0) handler.onData?.(bytes);
        handler.onComplete?.([]);
      })().catch((error: Error) => handler.onError?.(error));
      return true;
    },
    close: async () => undefined,
    destroy: async () => undefined,
  };
}
