export { createApp, type AppOptions } from './app';
export { openDatabase, type Database, type Db } from './db/database';
export { seedDemoIfEmpty, ensureDemoPairingCodes } from './seed/seed-demo';
export { DEMO } from './seed/demo-organisation';
