import type { DraftRecord, StaffRecord } from '@tillsafe/sync';
import { db } from '../../app/services';
import { useLiveQuery } from '../../lib/use-live-query';
import { ModalDialog } from '../../lib/modal-dialog';
import type { MoneyFormatter } from '../../lib/use-money';
import type { Catalog } from '../sell/use-catalog';
import { ParkedRow } from './parked-row';

export interface ParkedDialogProps {
  drafts: readonly DraftRecord[];
  catalog: Pick<Catalog, 'channel' | 'productsById'>;
  actor: Pick<StaffRecord, 'id' | 'role'>;
  deviceId: string;
  money: MoneyFormatter;
  busy: boolean;
  error: string | undefined;
  onResume: (draft: DraftRecord) => void;
  onDiscard: (draft: DraftRecord) => void;
  onClose: () => void;
}

/** The parked sales of this store, from every till: resume one into the cart, or discard it. */
export function ParkedDialog({ drafts, catalog, actor, deviceId, money, busy, error, onResume, onDiscard, onClose }: ParkedDialogProps) {
  const staffNames = useLiveQuery(async () => new Map((await db.staff.toArray()).map((s) => [s.id, s.name])), []);
  return (
    <ModalDialog label="Parked sales" onClose={onClose} className="parked-list" dismissOnBackdrop>
      <header className="modal-header">
        <h2>Parked sales</h2>
        <button type="button" className="btn btn-ghost btn-icon" aria-label="Close" onClick={onClose} data-autofocus>
          ✕
        </button>
      </header>
      {error ? (
        <p className="alert parked-error" role="alert">
          {error}
        </p>
      ) : null}
      {drafts.length === 0 ? (
        <p className="parked-empty muted">No sales are parked in this store. Park the cart to put a sale aside.</p>
      ) : (
        <ul className="parked-rows">
          {drafts.map((draft) => (
            <ParkedRow
              key={draft.id}
              draft={draft}
              catalog={catalog}
              actor={actor}
              parkedBy={staffNames?.get(draft.parkedBy)}
              deviceId={deviceId}
              money={money}
              busy={busy}
              onResume={onResume}
              onDiscard={onDiscard}
            />
          ))}
        </ul>
      )}
    </ModalDialog>
  );
}
