import { ModalDialog } from '../../lib/modal-dialog';
import { ErrorAlert } from './error-alert';
import { LoadingLine } from './loading-line';
import type { Device } from './office-schemas';
import { PairingCodePanel } from './pairing-code-panel';
import { SelectField } from './select-field';
import { SubmitButton } from './submit-button';
import { submitWith } from './submit-with';
import { usePairTill } from './use-pair-till';

export interface PairTillDialogProps {
  devices: readonly Device[] | undefined;
  reloadDevices: () => Promise<void>;
  onClose: () => void;
}

/** "Pair a new till": where it will sell and take stock from, then its single-use code. */
export function PairTillDialog({ devices, reloadDevices, onClose }: PairTillDialogProps) {
  const pair = usePairTill(devices, reloadDevices);

  return (
    <ModalDialog label="Pair a new till" onClose={onClose} className="office-dialog office-dialog-wide">
      <header className="modal-header">
        <h2>Pair a new till</h2>
      </header>
      {pair.phase.step === 'code' ? (
        <>
          <div className="office-dialog-body">
            <PairingCodePanel code={pair.phase.code} channelName={pair.phase.channel.name} warehouseName={pair.phase.warehouseName} paired={pair.paired} onAnother={pair.again} />
          </div>
          <div className="modal-actions">
            {pair.paired ? (
              <button type="button" className="btn btn-ghost btn-lg" onClick={pair.again}>
                Pair another
              </button>
            ) : null}
            <button type="button" className="btn btn-primary btn-lg" onClick={onClose} data-autofocus>
              Done
            </button>
          </div>
        </>
      ) : (
        <form onSubmit={submitWith(pair.make)}>
          <div className="office-dialog-body">
            {pair.channels.loading && !pair.channels.data ? (
              <LoadingLine label="Loading channels…" />
            ) : pair.channels.error ? (
              <ErrorAlert message={pair.channels.error} />
            ) : pair.allowed.length === 0 ? (
              <p className="office-notice">There is no channel where you may pair tills yet. Set up a store or bar first, or ask an owner.</p>
            ) : (
              <>
                <p className="muted">The till sells for this channel and takes stock from this warehouse. The code works once, for 10 minutes.</p>
                <SelectField
                  label="Channel"
                  value={pair.channel?.id ?? ''}
                  options={pair.allowed.map((c) => ({ value: c.id, label: `${c.name} (${c.kind === 'bar' ? 'bar' : 'store'})` }))}
                  onValue={pair.chooseChannel}
                  data-autofocus
                />
                <SelectField
                  label="Warehouse"
                  value={pair.warehouse?.id ?? ''}
                  options={pair.channel?.warehouses.map((w) => ({ value: w.id, label: w.name })) ?? []}
                  onValue={pair.chooseWarehouse}
                  disabled={!pair.channel?.warehouses.length}
                  hint={pair.channel && pair.channel.warehouses.length === 0 ? 'This channel has no warehouse yet; add one before pairing a till.' : undefined}
                />
              </>
            )}
            <ErrorAlert message={pair.phase.step === 'choose' ? pair.phase.error : undefined} />
          </div>
          <div className="modal-actions">
            <button type="button" className="btn btn-ghost btn-lg" onClick={onClose}>
              Cancel
            </button>
            <SubmitButton label="Make pairing code" busyLabel="Making a code…" busy={pair.phase.step === 'making'} disabled={!pair.warehouse} />
          </div>
        </form>
      )}
    </ModalDialog>
  );
}
