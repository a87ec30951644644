import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { getMeta, type Enrolment } from '../db/meta';
import type { StaffRow } from '../db/rows';
import type { TillDb } from '../db/till-db';

/** Who this till is and who is signed in at it, loaded from Dexie at start-up. */
export interface TillSessionState {
  enrolment: Enrolment | undefined;
  actor: StaffRow | undefined;
  /** Why the last person was signed out without asking (a pull removed their role here), until someone signs in. */
  signedOutNotice?: string | undefined;
}

export const tillSession = createStore<TillSessionState>(() => ({ enrolment: undefined, actor: undefined }));

export function useTillSession<T>(select: (state: TillSessionState) => T): T {
  return useStore(tillSession, select);
}

export async function loadTillSession(db: TillDb): Promise<TillSessionState> {
  const enrolment = await getMeta(db, 'enrolment');
  const session = await getMeta(db, 'session');
  const actor = session ? await db.staff.get(session.staffId) : undefined;
  const state = { enrolment, actor };
  tillSession.setState(state);
  return state;
}
