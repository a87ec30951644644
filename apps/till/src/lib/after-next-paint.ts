/**
 * Resolves once the browser has drawn the next frame, or after `fallbackMs` when it draws none
 * (a hidden page runs no animation frames).
 *
 * After a tap, Chromium holds the page's IndexedDB replies, timers and messages until it has drawn
 * the frame that answers the tap (its DeferRendererTasksAfterInput scheduling). Work started in the
 * tap's handler therefore waits up to a frame for its first reply anyway; starting it after the
 * frame instead lets the pressed button paint first and keeps that frame out of the work's own
 * duration. A `setTimeout` queued from the animation frame runs once that frame is committed.
 */
export function afterNextPaint(fallbackMs = 100): Promise<void> {
  return new Promise((resolve) => {
    const fallback = window.setTimeout(resolve, fallbackMs);
    requestAnimationFrame(() => {
      window.setTimeout(() => {
        window.clearTimeout(fallback);
        resolve();
      }, 0);
    });
  });
}
