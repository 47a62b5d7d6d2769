/**
 * Reading a Server-Sent Events answer in tests, as a client using a streaming `fetch` does.
 * Test-only; not published.
 *
 * @module
 */

/** One event: its name and its data lines joined. */
export interface StreamEvent {
  event: string;
  data: string;
}

/** The events of a `text/event-stream` body, one at a time, ignoring comments. */
export function eventReader(response: Response): { next(timeoutMs: number): Promise<StreamEvent | undefined>; cancel(): Promise<void> } {
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  const parse = (block: string): StreamEvent | undefined => {
    const lines = block.split('\n').filter((line) => !line.startsWith(':'));
    if (lines.length === 0) return undefined;
    const event = lines.find((line) => line.startsWith('event: '))?.slice(7) ?? 'message';
    const data = lines.filter((line) => line.startsWith('data: ')).map((line) => line.slice(6)).join('\n');
    return { event, data };
  };
  return {
    /** The next event, or `undefined` when the stream ends; rejects after `timeoutMs`. */
    async next(timeoutMs) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const end = buffer.indexOf('\n\n');
        if (end >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const event = parse(block);
          if (event) return event;
          continue;
        }
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`No event within ${timeoutMs} ms.`);
        let timer: ReturnType<typeof setTimeout> | undefined;
        const read = await Promise.race([
          reader.read(),
          new Promise<'timeout'>((resolve) => {
            timer = setTimeout(() => resolve('timeout'), left);
          }),
        ]).finally(() => clearTimeout(timer));
        if (read === 'timeout') throw new Error(`No event within ${timeoutMs} ms.`);
        if (read.done) return undefined;
        buffer += decoder.decode(read.value, { stream: true });
      }
    },
    cancel: () => reader.cancel().catch(() => undefined),
  };
}
