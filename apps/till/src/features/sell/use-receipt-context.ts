import type { ChannelRecord } from '@tillsafe/sync';
import { useMemo } from 'react';
import { db } from '../../app/services';
import { useLiveQuery } from '../../lib/use-live-query';
import type { ReceiptContext } from '../checkout/receipt-model';
import { localTimeZone, RECEIPT_FOOTER } from '../printing/sale-receipt';

/**
 * What the on-screen and browser-printed receipt says besides the sale: the store (the channel's
 * name: the receipt header set up in the back office does not reach the till yet), the till, the
 * staff by name (cashier, and who checked the age), the store's clock, the same footer as the
 * ESC/POS receipt. Undefined while the staff are read.
 */
export function useReceiptContext(channel: Pick<ChannelRecord, 'name' | 'locale'>, tillName: string): Omit<ReceiptContext, 'copy'> | undefined {
  const staff = useLiveQuery(() => db.staff.toArray(), []);
  return useMemo(() => {
    if (!staff) return undefined;
    return {
      store: { name: channel.name },
      locale: channel.locale,
      timeZone: localTimeZone(),
      tillName,
      staffNames: new Map(staff.map((s) => [s.id, s.name])),
      taxLabel: 'Tax',
      footer: RECEIPT_FOOTER,
    };
  }, [staff, channel.name, channel.locale, tillName]);
}
