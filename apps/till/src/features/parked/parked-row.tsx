import type { DraftRecord, StaffRecord } from '@tillsafe/sync';
import { useMemo } from 'react';
import type { MoneyFormatter } from '../../lib/use-money';
import { useStoreTime } from '../../lib/use-store-time';
import { OpenedAt } from '../tabs/opened-at';
import { priceTillCart } from '../sell/price-cart';
import type { Catalog } from '../sell/use-catalog';
import { useSellingData } from '../sell/use-selling-data';

export interface ParkedRowProps {
  draft: DraftRecord;
  catalog: Pick<Catalog, 'channel' | 'productsById'>;
  actor: Pick<StaffRecord, 'id' | 'role'>;
  /** Who parked it, by name, when the till knows them. */
  parkedBy: string | undefined;
  /** This till's device id: "this till" or "another till". */
  deviceId: string;
  money: MoneyFormatter;
  busy: boolean;
  onResume: (draft: DraftRecord) => void;
  onDiscard: (draft: DraftRecord) => void;
}

/** Item count of a parked sale: bottles, packs and cases as rung up. */
export const itemsOf = (draft: Pick<DraftRecord, 'lines'>) => draft.lines.reduce((sum, line) => sum + line.qty, 0);

/** The total a parked sale would sell for now: priced like the cart, with today's rules. */
function useParkedTotal(draft: DraftRecord, catalog: ParkedRowProps['catalog'], actor: ParkedRowProps['actor']): number | undefined {
  const data = useSellingData(catalog.channel.id, draft.customerId);
  const at = useStoreTime();
  return useMemo(() => {
    if (!data) return undefined;
    const pricing = priceTillCart(draft, catalog.productsById, {
      currency: catalog.channel.currency,
      settings: data.settings,
      rules: data.rules,
      customer: data.customer,
      actor,
      approver: null,
      at,
    });
    return pricing.ok ? pricing.cart.total : undefined;
  }, [data, draft, catalog, actor, at]);
}

export function ParkedRow({ draft, catalog, actor, parkedBy, deviceId, money, busy, onResume, onDiscard }: ParkedRowProps) {
  const total = useParkedTotal(draft, catalog, actor);
  const items = itemsOf(draft);
  const name = draft.label || 'No label';
  const where = draft.parkedOn === deviceId ? 'this till' : 'another till';
  return (
    <li className="parked-row" aria-label={`Parked sale: ${name}`}>
      <div className="parked-row-what">
        <span className={draft.label ? 'parked-row-label' : 'parked-row-label muted'}>{name}</span>
        <span className="parked-row-meta muted">
          {parkedBy ?? 'Someone'} on {where} · <OpenedAt iso={draft.parkedAt} locale={catalog.channel.locale} />
        </span>
      </div>
      <span className="parked-row-items">
        {items} {items === 1 ? 'item' : 'items'}
      </span>
      <span className="parked-row-total">{total === undefined ? '—' : money(total)}</span>
      <div className="parked-row-actions">
        <button type="button" className="btn btn-ghost" disabled={busy} aria-label={`Discard ${name}`} onClick={() => { onDiscard(draft); }}>
          Discard
        </button>
        <button type="button" className="btn btn-primary" disabled={busy} aria-label={`Resume ${name}`} onClick={() => { onResume(draft); }}>
          Resume
        </button>
      </div>
    </li>
  );
}
