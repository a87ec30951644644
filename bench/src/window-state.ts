/**
 * What the bench keeps in a till's page while it measures: set by functions it hands to
 * `page.evaluate`, read back by the next ones. Times are in the page's clock
 * (`performance.now()`), or in `performance.timeOrigin + performance.now()` where two pages'
 * times are compared.
 */
export interface PullWatch {
  submittedAt: number | undefined;
  doneAt: number | undefined;
  /** The last "Loading catalog… N products" the pair screen showed. */
  shown: number;
  /** The till's own `pull.wait` / `pull.parse` / `pull.store` measures (pull.ts), summed, in ms. */
  waitMs: number;
  parseMs: number;
  storeMs: number;
  pages: number;
}

export interface DrainWatch {
  onlineAt: number | undefined;
  emptyAt: number | undefined;
  /** [ms since online, entries left], about every second, to show how the drain went. */
  trace: [number, number][];
}

declare global {
  interface Window {
    benchPull?: PullWatch;
    benchCommits?: number[];
    benchSearches?: number[];
    benchPressToStored?: number[];
    benchDrain?: DrainWatch;
    /** Till A: when each scan's Enter reached the page. */
    benchAdds?: number[];
    /** Till B: when each tab line (by its label) first appeared. */
    benchSeen?: Record<string, number>;
  }
}
