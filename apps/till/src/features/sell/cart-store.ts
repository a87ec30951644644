import type { ManualDiscount } from '@tillsafe/domain';
import { uuidv7 } from '@tillsafe/sync';
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';

/** One line of the sale being rung up; its lineId becomes the sale line's id (and its stock entry's). */
export interface CartLine {
  lineId: string;
  productId: string;
  packId: string;
  qty: number;
  /** What the cashier noted on the line ("gift wrap"); kept on the sale. */
  notes: string;
  manualDiscount: ManualDiscount | null;
}

/** The last line removed, where it was, until it is brought back or the cart moves on. */
export interface RemovedLine {
  line: CartLine;
  index: number;
}

export interface CartState {
  lines: CartLine[];
  /** A manual discount on the whole cart, spread over the lines by the pricing engine. */
  cartDiscount: ManualDiscount | null;
  /**
   * The manager who approved the cart's discounts beyond the cashier's limit (from the manager-PIN
   * dialog). Any change to a discount clears it: an approval covers the discounts the manager saw.
   */
  approverId: string | null;
  /** The customer the sale is for (their type picks the price list); null for a walk-in. */
  customerId: string | null;
  /** The line just removed, for Undo. */
  removed: RemovedLine | null;
  /** The parked sale this cart was resumed from, until the cart is cleared (its resume may yet be refused). */
  resumedFrom: { draftId: string; label: string } | null;
  /** Adds one of a pack (or `qty`); the same pack on a plain line adds to it. Returns the line's id. */
  add: (productId: string, packId: string, qty?: number) => string;
  /** Sets a line's quantity (at least 1: removing a line is `remove`). */
  setQty: (lineId: string, qty: number) => void;
  increment: (lineId: string) => void;
  decrement: (lineId: string) => void;
  setNotes: (lineId: string, notes: string) => void;
  setLineDiscount: (lineId: string, discount: ManualDiscount | null) => void;
  setCartDiscount: (discount: ManualDiscount | null) => void;
  setApprover: (approverId: string | null) => void;
  setCustomer: (customerId: string | null) => void;
  /** Takes a line out, keeping it for `undoRemove`. */
  remove: (lineId: string) => void;
  /** Puts the last removed line back where it was; false when there is none. */
  undoRemove: () => boolean;
  /** Forgets the removed line (its Undo has expired). */
  forgetRemoved: () => void;
  /** Empties the cart for the next sale: lines, discounts, approval and customer. */
  clear: () => void;
  /**
   * Replaces the cart with a parked sale's lines, discounts and customer (re-priced as the cart
   * always is). Each line gets a new id: a sale's line ids are its stock entries' ids, and a
   * parked sale resumed on two tills at once (offline) must still count both sales' stock.
   */
  restore: (parked: Pick<CartState, 'lines' | 'cartDiscount' | 'customerId'> & { id: string; label: string }) => void;
}

const MAX_QTY = 10_000;
const empty = (): Pick<CartState, 'lines' | 'cartDiscount' | 'approverId' | 'customerId' | 'removed' | 'resumedFrom'> => ({
  lines: [],
  cartDiscount: null,
  approverId: null,
  customerId: null,
  removed: null,
  resumedFrom: null,
});

/** A plain line: one more of its pack merges into it (a line with notes or a discount stays apart). */
const isPlain = (line: CartLine) => line.notes === '' && line.manualDiscount === null;

/** The sale being rung up, in memory (lost on reload, like a paper slip; parked sales are drafts). */
export function createCartStore(newId: () => string = () => uuidv7()) {
  return createStore<CartState>((set, get) => {
    const update = (lineId: string, change: (line: CartLine) => Partial<CartLine>) => {
      set((state) => ({ lines: state.lines.map((line) => (line.lineId === lineId ? { ...line, ...change(line) } : line)) }));
    };
    const clampQty = (qty: number) => Math.min(MAX_QTY, Math.max(1, Math.trunc(qty)));
    return {
      ...empty(),
      add(productId, packId, qty = 1) {
        const same = get().lines.find((line) => line.packId === packId && line.productId === productId && isPlain(line));
        if (same) {
          update(same.lineId, (line) => ({ qty: clampQty(line.qty + qty) }));
          return same.lineId;
        }
        const lineId = newId();
        set((state) => ({ lines: [...state.lines, { lineId, productId, packId, qty: clampQty(qty), notes: '', manualDiscount: null }] }));
        return lineId;
      },
      setQty(lineId, qty) {
        update(lineId, () => ({ qty: clampQty(qty) }));
      },
      increment(lineId) {
        update(lineId, (line) => ({ qty: clampQty(line.qty + 1) }));
      },
      decrement(lineId) {
        update(lineId, (line) => ({ qty: clampQty(line.qty - 1) }));
      },
      setNotes(lineId, notes) {
        update(lineId, () => ({ notes: notes.trim().slice(0, 200) }));
      },
      setLineDiscount(lineId, discount) {
        update(lineId, () => ({ manualDiscount: discount }));
        set({ approverId: null });
      },
      setCartDiscount(discount) {
        set({ cartDiscount: discount, approverId: null });
      },
      setApprover(approverId) {
        set({ approverId });
      },
      setCustomer(customerId) {
        set({ customerId });
      },
      remove(lineId) {
        const index = get().lines.findIndex((line) => line.lineId === lineId);
        if (index < 0) return;
        set((state) => ({ lines: state.lines.filter((line) => line.lineId !== lineId), removed: { line: state.lines[index]!, index } }));
      },
      undoRemove() {
        const { removed } = get();
        if (!removed) return false;
        set((state) => {
          const lines = [...state.lines];
          lines.splice(Math.min(removed.index, lines.length), 0, removed.line);
          return { lines, removed: null };
        });
        return true;
      },
      forgetRemoved() {
        set({ removed: null });
      },
      clear() {
        set(empty());
      },
      restore(parked) {
        set({
          ...empty(),
          lines: parked.lines.map((line) => ({ ...line, lineId: newId(), qty: clampQty(line.qty) })),
          cartDiscount: parked.cartDiscount,
          customerId: parked.customerId,
          resumedFrom: { draftId: parked.id, label: parked.label },
        });
      },
    };
  });
}

export type CartStore = ReturnType<typeof createCartStore>;

export const cartStore = createCartStore();

export function useCart<T>(select: (state: CartState) => T): T {
  return useStore(cartStore, select);
}
