import { defaultSellingSettings, type SellingSettingsRecord } from '@tillsafe/sync';
import { recordTables } from './record-tables';
import type { SellingSettingsRow } from './rows';

/** A channel's selling settings as the till holds them; the defaults until its first pull brings them. */
export function sellingSettingsOf(row: SellingSettingsRow | undefined, channelId: string): SellingSettingsRecord {
  return row ? (recordTables.sellingSettings.fromRow(row).data as SellingSettingsRecord) : defaultSellingSettings(channelId);
}
