import type { SubmitEvent } from 'react';
import { ModalDialog } from '../../lib/modal-dialog';
import type { Device } from './office-schemas';
import { PairingCodePanel } from './pairing-code-panel';
import { usePairTill } from './use-pair-till';

export interface PairTillDialogProps {
  devices: readonly Device[] | undefined;
  reloadDevices: () => Promise<void>;
  onClose: () => void;
}

/** "Pair a new till": where it will sell and take stock from, then its single-use code. */
export function PairTillDialog({ devices, reloadDevices, onClose }: PairTillDialogProps) {
  const pair = usePairTill(devices, reloadDevices);
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    pair.make();
  };

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
        <form onSubmit={submit}>
          <div className="office-dialog-body">
            {pair.channels.loading && !pair.channels.data ? (
              <p className="office-loading" role="status">
                <span className="spinner" aria-hidden="true" /> Loading channels…
              </p>
            ) : pair.channels.error ? (
              <p className="alert" role="alert">
                {pair.channels.error}
              </p>
            ) : pair.allowed.length === 0 ? (
              <p className="office-notice">There is no channel where you may pair tills yet. Set up a store or bar first, or ask an owner.</p>
            ) : (
              <>
                <p className="muted">The till sells for this channel and takes stock from this warehouse. The code works once, for 10 minutes.</p>
                <label className="field">
                  <span className="field-label">Channel</span>
                  <select
                    className="input"
                    value={pair.channel?.id ?? ''}
                    onChange={(e) => {
                      pair.chooseChannel(e.target.value);
                    }}
                    data-autofocus
                  >
                    {pair.allowed.map((c) => (
                      <option key={c.id} value={c.id}>
                        {c.name} ({c.kind === 'bar' ? 'bar' : 'store'})
                      </option>
                    ))}
                  </select>
                </label>
                <label className="field">
                  <span className="field-label">Warehouse</span>
                  <select
                    className="input"
                    value={pair.warehouse?.id ?? ''}
                    onChange={(e) => {
                      pair.chooseWarehouse(e.target.value);
                    }}
                    disabled={!pair.channel?.warehouses.length}
                  >
                    {pair.channel?.warehouses.map((w) => (
                      <option key={w.id} value={w.id}>
                        {w.name}
                      </option>
                    ))}
                  </select>
                  {pair.channel && pair.channel.warehouses.length === 0 ? <span className="field-hint">This channel has no warehouse yet; add one before pairing a till.</span> : null}
                </label>
              </>
            )}
            {pair.phase.step === 'choose' && pair.phase.error ? (
              <p className="alert" role="alert">
                {pair.phase.error}
              </p>
            ) : null}
          </div>
          <div className="modal-actions">
            <button type="button" className="btn btn-ghost btn-lg" onClick={onClose}>
              Cancel
            </button>
            <button type="submit" className="btn btn-primary btn-lg" disabled={!pair.warehouse || pair.phase.step === 'making'}>
              {pair.phase.step === 'making' ? 'Making a code…' : 'Make pairing code'}
            </button>
          </div>
        </form>
      )}
    </ModalDialog>
  );
}
