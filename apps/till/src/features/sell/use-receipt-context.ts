import type { ChannelRecord } from '@tillsafe/sync';
import { useMemo } from 'react';
import { db } from '../../app/services';
import { sellingSettingsOf } from '../../db/selling-settings';
import { useLiveQuery } from '../../lib/use-live-query';
import type { ReceiptContext } from '../checkout/receipt-model';
import { localTimeZone, receiptSellerOf } from '../printing/sale-receipt';

/**
 * What the on-screen and browser-printed receipt says besides the sale: the store (its name, and
 * the legal name, address and tax number set up in the back office, pulled with the channel's
 * selling settings), the till, the staff by name (cashier, and who checked the age), the store's
 * clock, the same footer as the ESC/POS receipt. Undefined while the staff are read.
 */
export function useReceiptContext(channel: Pick<ChannelRecord, 'id' | 'name' | 'locale'>, tillName: string): Omit<ReceiptContext, 'copy'> | undefined {
  const loaded = useLiveQuery(async () => {
    const [staff, settings] = await Promise.all([db.staff.toArray(), db.sellingSettings.get(channel.id)]);
    return { staff, receipt: sellingSettingsOf(settings, channel.id).receipt ?? null };
  }, [channel.id]);
  return useMemo(() => {
    if (!loaded) return undefined;
    const { staff, receipt } = loaded;
    const seller = receiptSellerOf(channel.name, receipt);
    return {
      store: seller.store,
      locale: channel.locale,
      timeZone: localTimeZone(),
      tillName,
      staffNames: new Map(staff.map((s) => [s.id, s.name])),
      taxLabel: 'Tax',
      footer: seller.footer,
    };
  }, [loaded, channel.name, channel.locale, tillName]);
}
