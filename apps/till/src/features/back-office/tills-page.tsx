import { useState } from 'react';
import { EmptyState } from './empty-state';
import { PlusIcon } from './office-icons';
import { useOfficeOrg } from './office-org';
import { OfficePageHeader } from './office-page-header';
import type { Device } from './office-schemas';
import { ACTIONS_COLUMN, OfficeTable } from './office-table';
import { PairTillDialog } from './pair-till-dialog';
import { ResourceCard } from './resource-card';
import { RevokeTillDialog } from './revoke-till-dialog';
import { TillRow } from './till-row';
import { useTills } from './use-tills';

const TILL_COLUMNS = ['Name', 'Channel', 'Enrolled', { label: 'Last seq', className: 'office-cell-number', title: 'The number of changes this till has synced' }, 'Status', ACTIONS_COLUMN];

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
      <OfficePageHeader
        titleId="tills-title"
        title="Tills"
        lead={devices.data ? `${active} active${list.length > active ? ` · ${list.length - active} revoked` : ''}` : 'The tablets that sell for your stores and bars.'}
      >
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
      </OfficePageHeader>

      <ResourceCard
        resource={devices}
        loadingLabel="Loading tills…"
        empty={
          list.length === 0 ? (
            <EmptyState title="No tills yet">{approved ? 'Pair the first one: make a code here and enter it on the tablet.' : 'Once your business is approved, pair your first till here.'}</EmptyState>
          ) : undefined
        }
      >
        <OfficeTable label="Tills" columns={TILL_COLUMNS}>
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
        </OfficeTable>
      </ResourceCard>

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
