import { TillDb } from '../db/till-db';
import { browserDeviceApis } from '../features/printing/device-access';
import { HardwareService } from '../features/printing/hardware-service';
import { LiveCatalog } from '../features/sell/live-catalog';
import { createSyncApi } from '../sync-client/api-client';
import { browserEnvironment } from '../sync-client/sync-environment';
import { createSyncEngine } from '../sync-client/sync-engine';
import { createSyncStore } from '../sync-client/sync-store';

/**
 * The till's single instances, wired to the browser: one database, one API, one sync engine, and
 * the hardware (paired printers, drawer, scanners, customer display and the print queue), and the
 * catalog in memory for search and scanning.
 */
export const db = new TillDb();
export const syncApi = createSyncApi();
export const syncStore = createSyncStore();
export const syncEngine = createSyncEngine(db, syncApi, syncStore, browserEnvironment());
export const hardware = new HardwareService({ db, apis: browserDeviceApis() });
export const liveCatalog = new LiveCatalog(db);
