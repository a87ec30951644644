/**
 * Hybrid logical clock (Kulkarni et al., "Logical Physical Clocks", 2014). A timestamp is
 * `<wall-ms>-<counter>-<nodeId>`: it follows wall time when clocks are sane, and still orders
 * causally related events when a till's clock is wrong. It only breaks ties; correctness never
 * depends on a till's clock.
 */
export interface Hlc {
  wall: number;
  counter: number;
  node: string;
}

export function formatHlc(h: Hlc): string {
  return `${h.wall.toString().padStart(15, '0')}-${h.counter.toString().padStart(5, '0')}-${h.node}`;
}

export function parseHlc(text: string): Hlc {
  const match = /^(\d{1,15})-(\d{1,5})-(.+)$/.exec(text);
  if (!match) throw new RangeError(`not an HLC timestamp: ${text}`);
  return { wall: Number(match[1]), counter: Number(match[2]), node: match[3]! };
}

export function compareHlc(a: Hlc, b: Hlc): number {
  return a.wall - b.wall || a.counter - b.counter || (a.node < b.node ? -1 : a.node > b.node ? 1 : 0);
}

/** The largest counter the text form holds (five digits). */
const MAX_COUNTER = 99_999;

/** A counter past what the text form holds carries into the next millisecond, so order survives. */
function carry(h: Hlc): Hlc {
  return h.counter > MAX_COUNTER ? { wall: h.wall + 1, counter: 0, node: h.node } : h;
}

/** Advances the clock for a local event. */
export function tickHlc(last: Hlc, now: number): Hlc {
  if (now > last.wall) return { wall: now, counter: 0, node: last.node };
  return carry({ wall: last.wall, counter: last.counter + 1, node: last.node });
}

/** Advances the clock on receiving a remote timestamp. */
export function receiveHlc(last: Hlc, remote: Hlc, now: number): Hlc {
  const wall = Math.max(last.wall, remote.wall, now);
  let counter = 0;
  if (wall === last.wall && wall === remote.wall) counter = Math.max(last.counter, remote.counter) + 1;
  else if (wall === last.wall) counter = last.counter + 1;
  else if (wall === remote.wall) counter = remote.counter + 1;
  return carry({ wall, counter, node: last.node });
}
