/** One thing read from a Server-Sent Events stream: an event, or a comment line (a heartbeat). */
export type SseItem = { kind: 'event'; event: string; data: string } | { kind: 'comment'; text: string };

export interface SseReader {
  /** The next item, or undefined when none arrives within `timeoutMs` or the stream ended. */
  next(timeoutMs: number): Promise<SseItem | undefined>;
  /** The next `poke`'s cursor, skipping comments; undefined when none arrives in time. */
  nextPoke(timeoutMs: number): Promise<string | undefined>;
  close(): Promise<void>;
}

/** Reads a `text/event-stream` body as it arrives, for tests of the events route. */
export function sseReader(body: ReadableStream<Uint8Array>): SseReader {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const items: SseItem[] = [];
  let ended = false;
  let notify: (() => void) | undefined;
  let buffer = '';

  const parse = (block: string) => {
    let event = 'message';
    const data: string[] = [];
    for (const line of block.split('\n')) {
      if (line.startsWith(':')) items.push({ kind: 'comment', text: line.slice(1).trim() });
      else if (line.startsWith('event:')) event = line.slice(6).trim();
      else if (line.startsWith('data:')) data.push(line.slice(5).trimStart());
    }
    if (data.length) items.push({ kind: 'event', event, data: data.join('\n') });
  };

  void (async () => {
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        buffer += decoder.decode(value, { stream: true }).replace(/\r\n?/g, '\n');
        for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
          parse(buffer.slice(0, end));
          buffer = buffer.slice(end + 2);
        }
        notify?.();
      }
    } catch {
      // cancelled by close()
    } finally {
      ended = true;
      notify?.();
    }
  })();

  async function next(timeoutMs: number): Promise<SseItem | undefined> {
    const deadline = Date.now() + timeoutMs;
    while (items.length === 0 && !ended && Date.now() < deadline) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, deadline - Date.now());
        notify = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
    return items.shift();
  }

  return {
    next,
    async nextPoke(timeoutMs) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const item = await next(Math.max(0, deadline - Date.now()));
        if (!item) return undefined;
        if (item.kind === 'event' && item.event === 'poke') return (JSON.parse(item.data) as { cursor: string }).cursor;
      }
    },
    async close() {
      await reader.cancel().catch(() => undefined);
    },
  };
}
