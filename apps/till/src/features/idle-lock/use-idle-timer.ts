import { useEffect, useEffectEvent } from 'react';
import { startIdleTimer } from './idle-timer';

/** What counts as someone at the till. Not mouse moves: a nudged mouse is nobody's sale. */
const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'touchstart', 'wheel'] as const;

/** Calls `onIdle` after `idleMs` with no touch, click, key or scroll anywhere in the page. */
export function useIdleTimer(enabled: boolean, idleMs: number, onIdle: () => void): void {
  const idle = useEffectEvent(onIdle);
  useEffect(() => {
    if (!enabled) return;
    const timer = startIdleTimer({
      idleMs,
      onIdle: () => {
        idle();
      },
    });
    const activity = () => {
      timer.activity();
    };
    // Capture: a control that stops propagation still counts as activity.
    for (const type of ACTIVITY_EVENTS) window.addEventListener(type, activity, { capture: true, passive: true });
    return () => {
      timer.stop();
      for (const type of ACTIVITY_EVENTS) window.removeEventListener(type, activity, { capture: true });
    };
  }, [enabled, idleMs]);
}
