import { formatMoney, type MinorUnits } from '@tillsafe/domain';
import type { ChannelRecord } from '@tillsafe/sync';
import { useMemo } from 'react';

export type MoneyFormatter = (minor: MinorUnits) => string;

/** Formats minor units in the channel's currency and locale. */
export function useMoney(channel: Pick<ChannelRecord, 'currency' | 'locale'>): MoneyFormatter {
  return useMemo(() => (minor: MinorUnits) => formatMoney(minor, channel.currency, channel.locale), [channel.currency, channel.locale]);
}
