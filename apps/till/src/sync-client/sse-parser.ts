export interface SseEvent {
  /** The `event:` field; `message` when the server named none. */
  event: string;
  data: string;
}

/**
 * An incremental reader of `text/event-stream`, as the HTML standard's "Parsing an event stream"
 * describes it: lines end in CRLF, LF or CR; a blank line dispatches the event; `data:` lines
 * join with newlines; lines starting with `:` are comments (heartbeats); one space after the
 * colon is dropped; `id` and `retry` are ignored (the till reconnects by its own rules). Text may
 * arrive split anywhere, even between the CR and LF of one line break.
 */
export function createSseParser(): { push(text: string): SseEvent[] } {
  let buffer = '';
  let started = false;
  let event = '';
  let data: string[] = [];

  const line = (text: string, out: SseEvent[]) => {
    if (text === '') {
      if (data.length > 0) out.push({ event: event || 'message', data: data.join('\n') });
      event = '';
      data = [];
      return;
    }
    if (text.startsWith(':')) return;
    const colon = text.indexOf(':');
    const field = colon < 0 ? text : text.slice(0, colon);
    let value = colon < 0 ? '' : text.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') event = value;
    else if (field === 'data') data.push(value);
  };

  return {
    push(text) {
      buffer += text;
      if (!started && buffer.length > 0) {
        started = true;
        if (buffer.startsWith('\uFEFF')) buffer = buffer.slice(1);
      }
      const out: SseEvent[] = [];
      for (;;) {
        const end = buffer.search(/[\r\n]/);
        if (end < 0) break;
        // A CR as the last character may be the first half of a CRLF: wait for the next text.
        if (buffer[end] === '\r' && end === buffer.length - 1) break;
        const width = buffer[end] === '\r' && buffer[end + 1] === '\n' ? 2 : 1;
        line(buffer.slice(0, end), out);
        buffer = buffer.slice(end + width);
      }
      return out;
    },
  };
}
