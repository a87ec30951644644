import type { DraftRecord } from '@tillsafe/sync';
import { useState } from 'react';
import { db, syncEngine } from '../../app/services';
import { useLiveQuery } from '../../lib/use-live-query';
import { describeMutationError } from '../../sync-client/describe-mutation-error';
import { cartStore } from '../sell/cart-store';
import { discardDraft, loadParked, parkCart, resumeDraft } from './parked-sales';

/** Which dialog of the parked sales is open. */
export type ParkedDialog =
  | { kind: 'none' }
  | { kind: 'park' }
  | { kind: 'list' }
  /** Resuming while the cart holds another sale: park that one first, or cancel. */
  | { kind: 'replace'; draft: DraftRecord }
  | { kind: 'discard'; draft: DraftRecord };

/**
 * The sell screen's parked sales: the live list of the channel's parked drafts, and parking,
 * resuming and discarding them. Every action is a local mutation (offline too), then a push.
 */
export function useParked(channelId: string) {
  const drafts = useLiveQuery(() => loadParked(db, channelId), [channelId]) ?? [];
  const [dialog, setDialog] = useState<ParkedDialog>({ kind: 'none' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);

  const run = async (action: () => Promise<void>): Promise<boolean> => {
    setBusy(true);
    setError(undefined);
    try {
      await action();
      syncEngine.requestPush();
      return true;
    } catch (e) {
      setError(describeMutationError(e));
      return false;
    } finally {
      setBusy(false);
    }
  };

  const parkCurrent = async (label: string) => {
    await parkCart(db, cartStore.getState(), label);
    cartStore.getState().clear();
  };

  const takeInto = async (draft: DraftRecord) => {
    cartStore.getState().restore(await resumeDraft(db, draft.id));
  };

  const open = (next: ParkedDialog) => {
    setError(undefined);
    setDialog(next);
  };

  return {
    drafts,
    dialog,
    busy,
    error,
    openPark: () => {
      if (cartStore.getState().lines.length > 0) open({ kind: 'park' });
    },
    openList: () => {
      open({ kind: 'list' });
    },
    close: () => {
      open({ kind: 'none' });
    },
    /** Parks the cart under `label` and empties it. */
    park: async (label: string) => {
      if (await run(() => parkCurrent(label))) setDialog({ kind: 'none' });
    },
    /** Resumes a draft into an empty cart, or asks first when the cart holds a sale. */
    resume: async (draft: DraftRecord) => {
      if (cartStore.getState().lines.length > 0) {
        open({ kind: 'replace', draft });
        return;
      }
      if (await run(() => takeInto(draft))) setDialog({ kind: 'none' });
    },
    /** Parks the sale in the cart (unlabelled), then resumes `draft`. */
    parkThenResume: async (draft: DraftRecord) => {
      if (await run(() => parkCurrent('').then(() => takeInto(draft)))) setDialog({ kind: 'none' });
    },
    askDiscard: (draft: DraftRecord) => {
      open({ kind: 'discard', draft });
    },
    /** Discards a draft, then back to the list; resolves whether it was discarded. */
    discard: async (draft: DraftRecord): Promise<boolean> => {
      const done = await run(() => discardDraft(db, draft.id).then(() => undefined));
      if (done) setDialog({ kind: 'list' });
      return done;
    },
  };
}

export type ParkedState = ReturnType<typeof useParked>;
