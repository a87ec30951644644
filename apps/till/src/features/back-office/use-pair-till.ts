import { useEffect, useState } from 'react';
import { channelsAllowing } from './grants';
import { officeErrorMessage } from './office-errors';
import { useOfficeOrg } from './office-org';
import type { Channel, Device, PairingCode } from './office-schemas';
import { officeApi } from './office-services';
import { useResource } from './use-resource';

/** While a code is on screen the list is re-read this often, to show the till that used it. */
const WATCH_EVERY_MS = 3000;

export type PairPhase =
  | { step: 'choose'; error: string | undefined }
  | { step: 'making' }
  | { step: 'code'; code: PairingCode; channel: Channel; warehouseName: string; known: ReadonlySet<string> };

/**
 * Making a single-use pairing code for a channel and warehouse the person manages, then watching
 * the tills list until a new till of that channel appears (or the code runs out).
 */
export function usePairTill(devices: readonly Device[] | undefined, reloadDevices: () => Promise<void>) {
  const org = useOfficeOrg();
  const channels = useResource(`channels:${org.id}`, () => officeApi.listChannels(org.id));
  const allowed = channelsAllowing(org.roles, 'device.manage', channels.data ?? []);
  const [channelId, setChannelId] = useState<string | undefined>();
  const [warehouseId, setWarehouseId] = useState<string | undefined>();
  const [phase, setPhase] = useState<PairPhase>({ step: 'choose', error: undefined });

  const channel = allowed.find((c) => c.id === channelId) ?? allowed[0];
  const warehouse = channel?.warehouses.find((w) => w.id === warehouseId) ?? channel?.warehouses[0];
  const expiresAt = phase.step === 'code' ? Date.parse(phase.code.expiresAt) : undefined;
  const paired = phase.step === 'code' ? devices?.find((d) => !phase.known.has(d.id) && d.channelId === phase.channel.id) : undefined;

  useEffect(() => {
    if (expiresAt === undefined || paired) return;
    const timer = window.setInterval(() => {
      if (Date.now() < expiresAt) void reloadDevices();
    }, WATCH_EVERY_MS);
    return () => {
      window.clearInterval(timer);
    };
  }, [expiresAt, paired, reloadDevices]);

  async function make() {
    if (!channel || !warehouse) return;
    setPhase({ step: 'making' });
    try {
      const code = await officeApi.createPairingCode(org.id, { channelId: channel.id, warehouseId: warehouse.id });
      setPhase({ step: 'code', code, channel, warehouseName: warehouse.name, known: new Set((devices ?? []).map((d) => d.id)) });
    } catch (error) {
      setPhase({ step: 'choose', error: officeErrorMessage(error) });
    }
  }

  return {
    channels,
    allowed,
    channel,
    warehouse,
    chooseChannel: (id: string) => {
      setChannelId(id);
      setWarehouseId(undefined);
    },
    chooseWarehouse: setWarehouseId,
    phase,
    paired,
    make: () => void make(),
    again: () => {
      setPhase({ step: 'choose', error: undefined });
    },
  };
}
