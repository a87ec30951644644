import { TillDb } from '../db/till-db';
import { createSyncApi } from '../sync-client/api-client';
import { browserEnvironment } from '../sync-client/sync-environment';
import { createSyncEngine } from '../sync-client/sync-engine';
import { createSyncStore } from '../sync-client/sync-store';

/** The till's single instances, wired to the browser: one database, one API, one sync engine. */
export const db = new TillDb();
export const syncApi = createSyncApi();
export const syncStore = createSyncStore();
export const syncEngine = createSyncEngine(db, syncApi, syncStore, browserEnvironment());
