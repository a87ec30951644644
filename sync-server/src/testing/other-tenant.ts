import { randomBytes } from 'node:crypto';
import { hashPin } from '@tillsafe/domain';
import { uuidv7 } from '@tillsafe/sync';
import type { Db } from '../db/database';
import { channels, pairingCodes, staff, tenants, warehouses } from '../db/schema';
import { recordChanges } from '../sync/change-log';

/** A second organisation with one store, a manager and a pairing code, for isolation tests. */
export async function createOtherTenant(db: Db, pairingCode: string) {
  const tenantId = uuidv7();
  const channelId = uuidv7();
  const warehouseId = uuidv7();
  const managerId = uuidv7();
  const pinSalt = randomBytes(16).toString('hex');
  await db.insert(tenants).values({ id: tenantId, name: 'Other Liquors' });
  await db.insert(channels).values({ id: channelId, tenantId, name: 'Other Store', kind: 'store', currency: 'USD', locale: 'en-US' });
  await db.insert(warehouses).values({ id: warehouseId, tenantId, channelId, name: 'Other stockroom' });
  await db.insert(staff).values({ id: managerId, tenantId, name: 'Other Manager', role: 'manager', pinSalt, pinHash: await hashPin('9999', pinSalt) });
  await db.insert(pairingCodes).values({ code: pairingCode, tenantId, channelId, warehouseId, reusable: true });
  await db.transaction((tx) =>
    recordChanges(tx, tenantId, [
      { entity: 'channel', id: channelId, op: 'put' },
      { entity: 'warehouse', id: warehouseId, op: 'put' },
      { entity: 'staff', id: managerId, op: 'put' },
    ]),
  );
  return { tenantId, channelId, warehouseId, managerId };
}
