import { Workbox } from 'workbox-window';
import { createStore } from 'zustand/vanilla';

export interface SwUpdateState {
  /** A new service worker is installed and waiting: a new version of the till is ready. */
  waiting: boolean;
  /** Activates the waiting worker and reloads once it controls the page. */
  apply: () => void;
}

export const swUpdate = createStore<SwUpdateState>(() => ({ waiting: false, apply: () => undefined }));

const UPDATE_CHECK_MS = 60 * 60 * 1000;

/**
 * Registers the generated service worker (production builds only). A new version never takes
 * over by itself: the till shows a banner and reloads only when the cashier asks, so a sale in
 * progress is never interrupted.
 */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  const wb = new Workbox('/sw.js', { scope: '/' });

  wb.addEventListener('waiting', () => {
    swUpdate.setState({
      waiting: true,
      apply: () => {
        wb.addEventListener('controlling', () => {
          window.location.reload();
        });
        wb.messageSkipWaiting();
      },
    });
  });

  void wb.register().then(() => {
    window.setInterval(() => {
      void wb.update();
    }, UPDATE_CHECK_MS);
  });
}
