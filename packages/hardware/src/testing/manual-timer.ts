import type { Clock, Timer } from '../timers';

/**
 * A clock and timer that move only when a test says so. advance() runs every callback that falls
 * due, in time order, and lets the promises they start settle between them.
 */
export class ManualTimer implements Clock, Timer {
  private time: number;
  private nextId = 1;
  private readonly pending = new Map<number, { at: number; callback: () => void }>();

  constructor(start = Date.UTC(2025, 2, 14, 17, 0)) {
    this.time = start;
  }

  now(): number {
    return this.time;
  }

  setTimeout(callback: () => void, ms: number): number {
    const id = this.nextId++;
    this.pending.set(id, { at: this.time + Math.max(0, ms), callback });
    return id;
  }

  clearTimeout(handle: unknown): void {
    if (typeof handle === 'number') this.pending.delete(handle);
  }

  get scheduled(): number[] {
    return [...this.pending.values()].map((p) => p.at - this.time).sort((a, b) => a - b);
  }

  async advance(ms: number): Promise<void> {
    const until = this.time + ms;
    for (;;) {
      await settle();
      const due = [...this.pending.entries()].filter(([, p]) => p.at <= until).sort(([, a], [, b]) => a.at - b.at)[0];
      if (!due) break;
      const [id, { at, callback }] = due;
      this.pending.delete(id);
      this.time = at;
      callback();
    }
    this.time = until;
    await settle();
  }
}

/** Lets every promise chain that is ready run to its next real wait. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 3; i++) await new Promise<void>((resolve) => setTimeout(resolve, 0));
}
