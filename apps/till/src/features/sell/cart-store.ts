import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';

export interface CartLine {
  productId: string;
  packId: string;
  qty: number;
}

export interface CartState {
  lines: CartLine[];
  add: (productId: string, packId: string) => void;
  increment: (packId: string) => void;
  decrement: (packId: string) => void;
  remove: (packId: string) => void;
  clear: () => void;
}

/** The sale being rung up: one line per pack (a bottle and a 6-pack are separate lines). */
export function createCartStore() {
  return createStore<CartState>((set) => {
    const changeQty = (packId: string, delta: number) => {
      set((state) => ({ lines: state.lines.map((l) => (l.packId === packId ? { ...l, qty: Math.max(1, l.qty + delta) } : l)) }));
    };
    return {
      lines: [],
      add(productId, packId) {
        set((state) =>
          state.lines.some((l) => l.packId === packId)
            ? { lines: state.lines.map((l) => (l.packId === packId ? { ...l, qty: l.qty + 1 } : l)) }
            : { lines: [...state.lines, { productId, packId, qty: 1 }] },
        );
      },
      increment(packId) {
        changeQty(packId, 1);
      },
      decrement(packId) {
        changeQty(packId, -1);
      },
      remove(packId) {
        set((state) => ({ lines: state.lines.filter((l) => l.packId !== packId) }));
      },
      clear() {
        set({ lines: [] });
      },
    };
  });
}

export const cartStore = createCartStore();

export function useCart<T>(select: (state: CartState) => T): T {
  return useStore(cartStore, select);
}
