import type { PricedCart } from '@tillsafe/domain';
import type { ChannelRecord } from '@tillsafe/sync';
import { useEffect } from 'react';
import { hardware } from '../../app/services';

/**
 * Keeps the customer display in step with the cart: the last line rung up and the total, or a
 * welcome when the cart is empty (the change after a sale stays up until the next item).
 */
export function useCustomerDisplay(priced: Pick<PricedCart, 'lines' | 'total'>, channel: Pick<ChannelRecord, 'name' | 'currency' | 'locale'>): void {
  const last = priced.lines.at(-1);
  const lastName = last?.name;
  const lastQty = last?.qty;
  const lastTotal = last?.total;
  useEffect(() => {
    const money = { currency: channel.currency, locale: channel.locale };
    if (lastName === undefined || lastQty === undefined || lastTotal === undefined) {
      hardware.showOnDisplay({ kind: 'idle', storeName: channel.name }, money);
    } else {
      hardware.showOnDisplay({ kind: 'selling', line: { name: lastName, qty: lastQty, lineTotal: lastTotal }, total: priced.total }, money);
    }
  }, [lastName, lastQty, lastTotal, priced.total, channel.name, channel.currency, channel.locale]);
}
