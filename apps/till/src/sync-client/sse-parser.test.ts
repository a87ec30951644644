import { expect, test } from 'vitest';
import { createSseParser } from './sse-parser';

test('events are read whole however the text is split, and heartbeat comments are skipped', () => {
  const text = ': heartbeat\n\nevent: poke\ndata: {"cursor":"p7"}\n\n: heartbeat\n\nevent: poke\r\ndata: {"cursor":"p9"}\r\n\r\n';
  for (const size of [1, 2, 3, 7, text.length]) {
    const parser = createSseParser();
    const events = [];
    for (let i = 0; i < text.length; i += size) events.push(...parser.push(text.slice(i, i + size)));
    expect(events).toEqual([
      { event: 'poke', data: '{"cursor":"p7"}' },
      { event: 'poke', data: '{"cursor":"p9"}' },
    ]);
  }
});

test('data lines join with newlines, an unnamed event is a message, and a bare CR ends a line', () => {
  const parser = createSseParser();
  expect(parser.push('\uFEFFdata:a\ndata: b\n\ndata: c\r\rid: 3\nretry: 10\n\n')).toEqual([
    { event: 'message', data: 'a\nb' },
    { event: 'message', data: 'c' },
  ]);
});

test('an event is not dispatched before its blank line', () => {
  const parser = createSseParser();
  expect(parser.push('event: poke\ndata: {}\n')).toEqual([]);
  expect(parser.push('\n')).toEqual([{ event: 'poke', data: '{}' }]);
});
