import type { LoyaltyProgramme } from '@tillsafe/domain';
import type { CustomerRecord } from '@tillsafe/sync';
import { db } from '../../app/services';
import { useLiveQuery } from '../../lib/use-live-query';
import { dexieSellingStore } from '../../sync-client/dexie-selling-store';
import { customerLoyalty, type CustomerLoyalty } from './customer-loyalty';

/**
 * The attached customer's points, live: a pull that brings the server's ledger entries, or a sale
 * pushed from this till, changes them at once. Null for a walk-in or without a loyalty programme;
 * undefined while reading.
 */
export function useCustomerLoyalty(customer: Pick<CustomerRecord, 'id' | 'name'> | null, programme: LoyaltyProgramme | null): CustomerLoyalty | null | undefined {
  const id = customer?.id ?? null;
  const name = customer?.name ?? '';
  return useLiveQuery(async () => {
    if (id === null || programme === null) return null;
    const [entries, outbox] = await Promise.all([dexieSellingStore(db).loyaltyEntriesOf(id), db.outbox.toArray()]);
    return customerLoyalty({ id, name }, entries, outbox, programme);
  }, [id, name, programme]);
}
