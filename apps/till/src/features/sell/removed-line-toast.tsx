import type { ProductRecord } from '@tillsafe/sync';
import { useEffect } from 'react';
import { cartStore, useCart } from './cart-store';

/** How long Undo stays offered after a line is removed. */
export const UNDO_MS = 6000;

/**
 * "Removed Rioja Crianza, Bottle — Undo" for a few seconds after a line leaves the cart; Ctrl+Z
 * (⌘Z) outside a text field does the same. A cart emptied for the next sale offers nothing.
 */
export function RemovedLineToast({ productsById }: { productsById: ReadonlyMap<string, ProductRecord> }) {
  const removed = useCart((s) => s.removed);
  useEffect(() => {
    if (!removed) return;
    const timer = window.setTimeout(() => {
      cartStore.getState().forgetRemoved();
    }, UNDO_MS);
    return () => {
      window.clearTimeout(timer);
    };
  }, [removed]);
  useUndoShortcut();
  if (!removed) return null;
  const product = productsById.get(removed.line.productId);
  const pack = product?.packs.find((p) => p.id === removed.line.packId);
  const what = product ? `${product.name}${pack ? `, ${pack.name}` : ''}` : 'the line';
  return (
    <div className="undo-toast" role="status">
      <span>Removed {what}</span>
      <button
        type="button"
        className="btn btn-sm undo-toast-btn"
        onClick={() => {
          cartStore.getState().undoRemove();
        }}
      >
        Undo
      </button>
    </div>
  );
}

function useUndoShortcut() {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== 'z' || !(event.ctrlKey || event.metaKey) || event.shiftKey || event.altKey) return;
      const target = event.target as HTMLElement | null;
      // A text field keeps its own undo; a dialog keeps the keyboard.
      if (target?.closest('input, textarea, select, [contenteditable="true"]') || document.querySelector('dialog[open]')) return;
      if (cartStore.getState().undoRemove()) event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
    };
  }, []);
}
