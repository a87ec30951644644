import { useState } from 'react';
import { db } from '../../app/services';
import type { SaleRow } from '../../db/rows';
import { getMeta } from '../../db/meta';
import { findSales, notFoundMessage, type SaleQuery, type SaleSearch } from './find-sales';

export interface FoundSales {
  sales: SaleRow[];
  /** Found by the receipt (scanned or its number typed): the customer has it. */
  withReceipt: boolean;
}

export interface SaleFinder {
  busy: boolean;
  /** Why nothing is shown: not a receipt, nothing found, offline. A sentence. */
  message: string | undefined;
  found: FoundSales | undefined;
  find: (search: SaleSearch) => Promise<void>;
  clear: () => void;
}

/** Asks the server when the till has nothing; undefined when the till is offline. */
export type RemoteSaleLookup = (query: SaleQuery) => Promise<SaleRow[] | undefined>;

/**
 * Finds sales to refund: on this till first; when it holds none, on the server if the till is
 * online (a sale from another till not pulled yet, or from another store of the business). A
 * receipt's sale opens at once; several sales (a day, a customer) are listed to pick from.
 */
export function useSaleFinder(remote: RemoteSaleLookup | undefined, onOpen: (sale: SaleRow, withReceipt: boolean) => void): SaleFinder {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string>();
  const [found, setFound] = useState<FoundSales>();

  const find = async (search: SaleSearch) => {
    setBusy(true);
    setMessage(undefined);
    setFound(undefined);
    try {
      const local = await findSales(db, search);
      if (!local.ok) {
        setMessage(local.message);
        return;
      }
      const withReceipt = search.kind === 'receipt';
      let sales = local.sales;
      if (sales.length === 0 && !remote) {
        setMessage(notFoundMessage(search, 'till'));
        return;
      }
      if (sales.length === 0 && remote) {
        const fetched = await remote(local.query);
        if (fetched === undefined) {
          setMessage(notFoundMessage(search, 'offline', await getMeta(db, 'historyDays')));
          return;
        }
        sales = fetched;
      }
      if (sales.length === 0) {
        setMessage(notFoundMessage(search, 'anywhere'));
        return;
      }
      const [only] = sales;
      if (withReceipt && only && sales.length === 1) {
        onOpen(only, true);
        return;
      }
      setFound({ sales, withReceipt });
    } catch (error) {
      setMessage(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };

  return {
    busy,
    message,
    found,
    find,
    clear: () => {
      setFound(undefined);
      setMessage(undefined);
    },
  };
}
