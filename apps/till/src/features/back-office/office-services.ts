import { useStore } from 'zustand';
import { createOfficeApi } from './office-api';
import type { FetchLike } from './office-http';
import { createOnboardingApi } from './onboarding-api';
import { createPlatformApi } from './platform-api';
import { createOfficeSession, REFRESH_TOKEN_KEY, SESSION_SENTENCES, type OfficeState, type RefreshLock } from './office-session';

/** The back office's single session and API, wired to the browser. */
const browserFetch: FetchLike = (input, init) => fetch(input, init);

/** Web Locks where the browser has them; one window alone needs none. */
const refreshLock: RefreshLock = (refresh) =>
  typeof navigator !== 'undefined' && 'locks' in navigator ? navigator.locks.request('tillsafe-office-refresh', refresh) : refresh();

export const officeSession = createOfficeSession({ fetch: browserFetch, storage: window.localStorage, lock: refreshLock });
export const officeApi = createOfficeApi(officeSession, browserFetch);
export const onboardingApi = createOnboardingApi(officeSession);
export const platformApi = createPlatformApi(officeSession);

// Signing out in one window signs out the others at once, not at their next call.
window.addEventListener('storage', (event) => {
  if (event.key === REFRESH_TOKEN_KEY && event.newValue === null) officeSession.forget(SESSION_SENTENCES.SIGNED_OUT_ELSEWHERE);
});

export function useOfficeSession<T>(select: (state: OfficeState) => T): T {
  return useStore(officeSession.store, select);
}
