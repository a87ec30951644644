import type { CSSProperties } from 'react';
import type { MoneyFormatter } from '../../lib/use-money';
import type { QuickKeyView } from '../quick-keys/quick-key-view';
import type { AddPack } from './use-product-browser';
import '../quick-keys/quick-keys.css';

export interface QuickKeysPadProps {
  keys: readonly QuickKeyView[];
  money: MoneyFormatter;
  /** A tapped key's pack goes where a scan's would (the cart, or the open tab). */
  onAdd: AddPack;
}

/**
 * The channel's quick keys as large buttons, in the order a manager saved them: name, pack and
 * price; a tap adds that pack exactly as scanning it would. A key whose product is not on sale is
 * shown, disabled, with the reason. Tab and Enter/Space reach and press every key.
 */
export function QuickKeysPad({ keys, money, onAdd }: QuickKeysPadProps) {
  if (keys.length === 0) {
    return (
      <div className="quick-keys-empty" role="note">
        <p className="quick-keys-empty-title">No quick keys for this store yet</p>
        <p>A manager sets them up in the back office (open /admin, then Quick keys): up to 60 favourite products, in the order you want them here.</p>
      </div>
    );
  }
  return (
    <div className="quick-keys" role="group" aria-label="Quick keys">
      {keys.map((view) => {
        const style = { '--key': view.colour } as CSSProperties;
        const id = `${view.key.productId}/${view.key.packId ?? ''}`;
        if (view.status === 'unavailable') {
          return (
            <button key={id} type="button" className="quick-key" style={style} disabled aria-label={`${view.label}, ${view.reason.toLowerCase()}`}>
              <span className="quick-key-name">{view.label}</span>
              <span className="quick-key-pack">{view.reason}</span>
            </button>
          );
        }
        const price = money(view.pack.price);
        return (
          <button
            key={id}
            type="button"
            className="quick-key"
            style={style}
            aria-label={`${view.label}, ${view.pack.name}, ${price}`}
            onClick={() => {
              onAdd(view.product, view.pack);
            }}
          >
            <span className="quick-key-name">{view.label}</span>
            <span className="quick-key-pack">
              {view.pack.name}
              {view.pack.units > 1 ? ` · ${view.pack.units} units` : ''}
            </span>
            <span className="quick-key-price">{price}</span>
          </button>
        );
      })}
    </div>
  );
}
