/**
 * Reading a contract endpoint that answers Server-Sent Events (`text/event-stream`) with `fetch`,
 * so the request carries the order's proof of access in headers (an `EventSource` cannot). The same
 * rules as every other call: no redirect followed, a contract error body before the stream is the
 * error it names, the first answer within `timeoutMs`; then the stream may last as long as it likes.
 *
 * @module
 */
import { OrderZoneError, isOrderZoneError } from '../errors.ts';
import { readErrorBody } from './error-body.ts';
import { errorFromResponse, refuseRedirect } from './answer-errors.ts';
import { requestOf, type RestCall, type RestRequestSettings, type RestRoute } from './rest-request.ts';

/** One event of a stream: its `event:` name (`message` when unnamed) and its `data:` lines joined. */
export interface StreamEvent {
  event: string;
  data: string;
}

/** Splits `text/event-stream` text into events; keeps a trailing part for the next chunk. */
export function createEventParser(onEvent: (event: StreamEvent) => void): (chunk: string, done?: boolean) => void {
  let buffer = '';
  let event = 'message';
  let data: string[] = [];
  const line = (raw: string): void => {
    if (raw === '') {
      if (data.length > 0) onEvent({ event, data: data.join('\n') });
      event = 'message';
      data = [];
      return;
    }
    if (raw.startsWith(':')) return;
    const colon = raw.indexOf(':');
    const field = colon === -1 ? raw : raw.slice(0, colon);
    const value = colon === -1 ? '' : raw.slice(colon + 1).replace(/^ /, '');
    if (field === 'event') event = value;
    else if (field === 'data') data.push(value);
  };
  return (chunk, done = false) => {
    buffer += chunk;
    const lines = buffer.split(/\r\n|\r|\n/);
    buffer = done ? '' : (lines.pop() ?? '');
    for (const raw of lines) line(raw);
    if (done) line('');
  };
}

/**
 * Opens the event stream of `route` and calls `onEvent` with each event until the server ends the
 * stream (resolves) or it breaks (rejects `network`), or the caller aborts (`aborted`). Before the
 * stream: the errors of any other call (`not_found`, `unauthorized`, a redirect's `bad_response`,
 * `timeout` when no answer came within `timeoutMs`).
 */
export async function readEventStream(settings: RestRequestSettings, route: RestRoute, call: RestCall, onEvent: (event: StreamEvent) => void): Promise<void> {
  const label = `${route.method} ${route.path}`;
  const signal = call.ctx?.signal;
  if (signal?.aborted) throw new OrderZoneError('aborted', `${label} was cancelled.`);
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, settings.timeoutMs);
  const onAbort = (): void => controller.abort();
  signal?.addEventListener('abort', onAbort, { once: true });
  const interrupted = (error: unknown): OrderZoneError => {
    if (isOrderZoneError(error)) return error;
    if (timedOut) return new OrderZoneError('timeout', `${label} got no answer within ${settings.timeoutMs} ms.`, { cause: error });
    if (signal?.aborted) return new OrderZoneError('aborted', `${label} was cancelled.`, { cause: error });
    return new OrderZoneError('network', `${label}: the event stream from ${settings.baseUrl} broke: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  };
  try {
    const { url, init } = await requestOf(settings, route, call, controller.signal, 'text/event-stream');
    const response = await settings.fetch(url, init);
    clearTimeout(timer);
    refuseRedirect(label, response);
    if (!response.ok) {
      const text = await response.text().catch(() => '');
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        json = Symbol('not JSON');
      }
      throw await errorFromResponse(label, response, json);
    }
    if (!/^text\/event-stream/i.test(response.headers.get('Content-Type') ?? '') || !response.body) {
      throw new OrderZoneError('bad_response', `${label} answered ${response.status} without an event stream.`, { status: response.status });
    }
    let failure: OrderZoneError | undefined;
    const parse = createEventParser((event) => {
      if (failure) return;
      if (event.event !== 'error') return onEvent(event);
      // The server ended the stream with an error: the contract's error body, as any other call answers it.
      let body: unknown;
      try {
        body = JSON.parse(event.data);
      } catch {
        body = undefined;
      }
      const read = readErrorBody(body);
      failure = read
        ? new OrderZoneError(read.error.code === 'unauthorized' ? 'unauthorized' : read.error.code === 'not_found' ? 'not_found' : 'server', `${label}: ${read.error.message}`)
        : new OrderZoneError('bad_response', `${label} ended with an error event that is not the contract's error body.`);
      controller.abort();
    });
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    // Not every fetch ties the body to the signal: cancelling the reader ends the loop either way.
    controller.signal.addEventListener('abort', () => void reader.cancel().catch(() => undefined), { once: true });
    for (;;) {
      let next: ReadableStreamReadResult<string>;
      try {
        next = await reader.read();
      } catch (error) {
        if (failure) throw failure;
        throw error;
      }
      if (next.done) break;
      parse(next.value);
      if (failure) throw failure;
    }
    if (failure) throw failure;
    if (signal?.aborted) throw new OrderZoneError('aborted', `${label} was cancelled.`);
    parse('', true);
    // `parse` sets `failure`; TypeScript's narrowing does not see that and types it `never` here.
    // eslint-disable-next-line @typescript-eslint/only-throw-error
    if (failure) throw failure;
  } catch (error) {
    throw interrupted(error);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
    // Whatever ended the reading (the end, a bad event, a failure), the connection is released.
    controller.abort();
  }
}
