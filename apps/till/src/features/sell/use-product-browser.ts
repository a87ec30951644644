import type { Pack } from '@tillsafe/domain';
import type { ProductRecord } from '@tillsafe/sync';
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { useSerialScanner } from '../printing/use-serial-scanner';
import type { Catalog } from './use-catalog';
import { cartStore } from './cart-store';
import { SEARCH_LIMIT } from './product-index';
import { useWedgeScanner } from './use-wedge-scanner';

const FEEDBACK_MS = 3000;

/** Where a tapped or scanned pack goes: the cart by default, or e.g. an open tab. */
export type AddPack = (product: ProductRecord, pack: Pack) => void;

const addToCart: AddPack = (product, pack) => {
  cartStore.getState().add(product.id, pack.id);
};

/**
 * Search, category browsing and scanning (keyboard-wedge and serial scanners, or a code typed in
 * the search box) for the product side of the sell screen and the tab screen.
 */
export function useProductBrowser(catalog: Catalog, addPack: AddPack = addToCart) {
  const [query, setQuery] = useState('');
  const [categoryId, setCategoryId] = useState<string | undefined>(undefined);
  const [feedback, setFeedback] = useState<{ tone: 'ok' | 'error'; text: string } | undefined>(undefined);
  const [choosing, setChoosing] = useState<ProductRecord | undefined>(undefined);
  const [limit, setLimit] = useState(SEARCH_LIMIT);
  const searchRef = useRef<HTMLInputElement>(null);

  // The grid follows the search box at low priority: a keystroke, or a scan and the line it
  // stores, never waits for dozens of tiles to render (React renders them when it is free).
  const resultsQuery = useDeferredValue(query);
  const { searchIndex, version } = catalog;
  const results = useMemo(() => {
    const started = performance.now();
    const found = searchIndex.search(resultsQuery, categoryId, limit);
    if (resultsQuery) performance.measure('search.query', { start: started, detail: resultsQuery });
    return found;
    // `version` moves when a pull changed the index in place.
  }, [searchIndex, version, resultsQuery, categoryId, limit]);

  useSlashFocuses(searchRef);

  // "Added …" is a glance, not a log: it fades after a few seconds.
  useEffect(() => {
    if (!feedback) return;
    const timer = window.setTimeout(() => {
      setFeedback(undefined);
    }, FEEDBACK_MS);
    return () => {
      window.clearTimeout(timer);
    };
  }, [feedback]);

  // One `add` for the screen's lifetime, calling the latest addPack: the product grid (a memo)
  // then stays as it is when the screen around it re-renders, e.g. a tab's lines arriving.
  const addPackRef = useRef(addPack);
  addPackRef.current = addPack;
  const add = useCallback((product: ProductRecord, pack: Pack) => {
    addPackRef.current(product, pack);
    setFeedback({ tone: 'ok', text: `Added ${product.name}, ${pack.name}` });
  }, []);

  /** A tapped tile: its one pack goes in, or the chooser asks which pack (one stable callback, for the grid's memo). */
  const choose = useCallback(
    (product: ProductRecord) => {
      const [only, ...others] = product.packs;
      if (only && others.length === 0) add(product, only);
      else setChoosing(product);
    },
    [add],
  );

  /**
   * A scanned code adds its pack (a case barcode, the case); from a serial scanner or a typed code.
   * The in-memory catalog answers at once and is kept current by every pull, so nothing stands
   * between the scan and the line (on a shared tab, the other tills wait for it). A scan that
   * names nothing says so; a typed word that is not a barcode is left to the search.
   */
  const addByBarcode = (code: string, scanned: boolean): boolean => {
    const hit = searchIndex.findBarcode(code);
    if (hit) {
      add(hit.product, hit.pack);
      return true;
    }
    if (scanned || /^\d{6,}$/.test(code.trim())) setFeedback({ tone: 'error', text: `No product has barcode ${code.trim()}. Check the number, or find the product by name.` });
    return false;
  };

  useSerialScanner((code) => {
    addByBarcode(code, true);
  });
  useWedgeScanner((code) => {
    addByBarcode(code, true);
  });

  /** Enter with a full barcode adds that pack: a code typed by hand, or a scanner typing into the box. */
  const onSearchKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape' && query) {
      event.preventDefault();
      setQuery('');
      return;
    }
    if (event.key !== 'Enter') return;
    event.preventDefault();
    const code = query.trim();
    if (!code) return;
    if (addByBarcode(code, false)) setQuery('');
  };

  return {
    query,
    setQuery: (next: string) => {
      setQuery(next);
      setLimit(SEARCH_LIMIT);
      setFeedback(undefined);
    },
    categoryId,
    setCategoryId: (next: string | undefined) => {
      setCategoryId(next);
      setLimit(SEARCH_LIMIT);
      setQuery('');
    },
    /** The best products for the query, or the category's in name order, and how many match in all. */
    results,
    /** Shows the next page of results below the ones shown. */
    showMore: () => {
      setLimit((shown) => shown + SEARCH_LIMIT);
    },
    /** The query `results` answer (a moment behind `query` while the grid catches up). */
    resultsQuery,
    feedback,
    searchRef,
    onSearchKeyDown,
    add,
    choose,
    /** The product whose pack the cashier is choosing, while the chooser is open. */
    choosing,
    closeChooser: () => {
      setChoosing(undefined);
    },
  };
}

/** "/" anywhere outside a text field jumps to the search box, as in most web apps. */
function useSlashFocuses(ref: RefObject<HTMLInputElement | null>) {
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target as HTMLElement | null;
      if (target && (target.closest('input, textarea, select, [contenteditable="true"]') || target.closest('dialog[open]'))) return;
      if (document.querySelector('dialog[open]')) return;
      event.preventDefault();
      ref.current?.focus();
      ref.current?.select();
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
    };
  }, [ref]);
}
