import type { StaffRecord } from '@tillsafe/sync';
import type { MoneyFormatter } from '../../lib/use-money';
import { ConfirmDialog } from '../tabs/confirm-dialog';
import { useCart } from '../sell/cart-store';
import type { Catalog } from '../sell/use-catalog';
import { ParkDialog } from './park-dialog';
import { ParkedDialog } from './parked-dialog';
import { itemsOf } from './parked-row';
import { ReplaceCartDialog } from './replace-cart-dialog';
import { PARK_SHORTCUT, useParkShortcut } from './use-park-shortcut';
import { useParked } from './use-parked';
import './parked.css';
import { ResumeRefusedNotice } from './resume-refused-notice';

export interface ParkedBarProps {
  catalog: Pick<Catalog, 'channel' | 'productsById'>;
  actor: Pick<StaffRecord, 'id' | 'role'>;
  /** This till's device id, to tell its own parked sales from other tills'. */
  deviceId: string;
  money: MoneyFormatter;
}

/** The cart's Park button and the store's Parked sales, with their dialogs. */
export function ParkedBar({ catalog, actor, deviceId, money }: ParkedBarProps) {
  const parked = useParked(catalog.channel.id);
  const lines = useCart((s) => s.lines);
  const items = itemsOf({ lines });
  const { dialog } = parked;
  useParkShortcut(parked.openPark);
  const count = parked.drafts.length;
  return (
    <div className="parked-bar">
      <button
        type="button"
        className="btn btn-ghost btn-sm parked-park-btn"
        disabled={lines.length === 0}
        aria-keyshortcuts={PARK_SHORTCUT}
        title={`Park sale (${PARK_SHORTCUT})`}
        onClick={parked.openPark}
      >
        Park sale
      </button>
      <button type="button" className="btn btn-ghost btn-sm parked-list-btn" aria-label={`Parked sales (${count})`} onClick={parked.openList}>
        Parked
        <span className={count > 0 ? 'parked-count parked-count-some' : 'parked-count'} aria-hidden="true">
          {count}
        </span>
      </button>

      <ResumeRefusedNotice />

      {dialog.kind === 'park' ? <ParkDialog items={items} busy={parked.busy} error={parked.error} onPark={(label) => void parked.park(label)} onClose={parked.close} /> : null}
      {dialog.kind === 'list' ? (
        <ParkedDialog
          drafts={parked.drafts}
          catalog={catalog}
          actor={actor}
          deviceId={deviceId}
          money={money}
          busy={parked.busy}
          error={parked.error}
          onResume={(draft) => void parked.resume(draft)}
          onDiscard={parked.askDiscard}
          onClose={parked.close}
        />
      ) : null}
      {dialog.kind === 'replace' ? (
        <ReplaceCartDialog draft={dialog.draft} items={items} busy={parked.busy} error={parked.error} onParkThenResume={(draft) => void parked.parkThenResume(draft)} onCancel={parked.openList} />
      ) : null}
      {dialog.kind === 'discard' ? (
        <ConfirmDialog title="Discard the parked sale?" confirmLabel="Discard" danger onConfirm={() => parked.discard(dialog.draft)} onCancel={parked.openList}>
          <p>
            {dialog.draft.label ? `“${dialog.draft.label}”` : 'This sale'} ({itemsOf(dialog.draft)} {itemsOf(dialog.draft) === 1 ? 'item' : 'items'}) leaves the Parked list on every till. This cannot be undone.
          </p>
          {parked.error ? (
            <p className="alert" role="alert">
              {parked.error}
            </p>
          ) : null}
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
