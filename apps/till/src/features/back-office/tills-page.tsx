import { useState } from 'react';
import { PlusIcon } from './office-icons';
import { useOfficeOrg } from './office-org';
import type { Device } from './office-schemas';
import { PairTillDialog } from './pair-till-dialog';
import { RevokeTillDialog } from './revoke-till-dialog';
import { TillRow } from './till-row';
import { useTills } from './use-tills';

/** The organisation's tills: pair, rename, revoke. */
export function TillsPage() {
  const org = useOfficeOrg();
  const { devices, rename, revoke } = useTills();
  const [pairing, setPairing] = useState(false);
  const [revoking, setRevoking] = useState<Device | undefined>();
  const list = devices.data ?? [];
  const active = list.filter((d) => d.revokedAt === null).length;
  const approved = org.approval === 'approved';

  return (
    <section className="office-page" aria-labelledby="tills-title">
      <header className="office-page-header">
        <div>
          <h1 id="tills-title">Tills</h1>
          <p className="muted">
            {devices.data ? `${active} active${list.length > active ? ` · ${list.length - active} revoked` : ''}` : 'The tablets that sell for your stores and bars.'}
          </p>
        </div>
        <button
          type="button"
          className="btn btn-primary"
          onClick={() => {
            setPairing(true);
          }}
          disabled={!approved}
          title={approved ? undefined : 'Tills can be enrolled once your business is approved.'}
        >
          <PlusIcon />
          Pair a new till
        </button>
      </header>

      {devices.error ? (
        <p className="alert" role="alert">
          {devices.error}
        </p>
      ) : null}

      <div className="office-card">
        {devices.loading && !devices.data ? (
          <p className="office-loading office-card-padded" role="status">
            <span className="spinner" aria-hidden="true" /> Loading tills…
          </p>
        ) : list.length === 0 ? (
          <div className="office-empty">
            <strong>No tills yet</strong>
            <p className="muted">{approved ? 'Pair the first one: make a code here and enter it on the tablet.' : 'Once your business is approved, pair your first till here.'}</p>
          </div>
        ) : (
          <table className="office-table" aria-label="Tills">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Channel</th>
                <th scope="col">Enrolled</th>
                <th scope="col" className="office-cell-number" title="The number of changes this till has synced">
                  Last seq
                </th>
                <th scope="col">Status</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.map((device) => (
                <TillRow
                  key={device.id}
                  device={device}
                  rename={(name) => rename(device.id, name)}
                  onRevoke={() => {
                    setRevoking(device);
                  }}
                />
              ))}
            </tbody>
          </table>
        )}
      </div>

      {pairing ? (
        <PairTillDialog
          devices={devices.data}
          reloadDevices={devices.reload}
          onClose={() => {
            setPairing(false);
            void devices.reload();
          }}
        />
      ) : null}
      {revoking ? (
        <RevokeTillDialog
          device={revoking}
          revoke={() => revoke(revoking.id)}
          onClose={() => {
            setRevoking(undefined);
          }}
        />
      ) : null}
    </section>
  );
}
