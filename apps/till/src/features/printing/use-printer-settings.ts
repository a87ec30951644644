import { can } from '@tillsafe/domain';
import type { TransportKind } from '@tillsafe/hardware';
import { useState } from 'react';
import { hardware } from '../../app/services';
import type { StaffRow } from '../../db/rows';
import type { DeviceSettings } from './hardware-service';
import type { DeviceRole } from './till-device';
import { useHardware } from './use-hardware';

/**
 * The printer settings screen's state and actions. Anyone signed in may reconnect, check paper
 * and print a test page; adding, changing and removing devices needs device.manage.
 */
export function usePrinterSettings(actor: StaffRow) {
  const devices = useHardware((s) => s.devices);
  const links = useHardware((s) => s.links);
  const capabilities = useHardware((s) => s.capabilities);
  const [selectedId, setSelectedId] = useState<string | undefined>(undefined);
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string } | undefined>(undefined);
  const selected = devices.find((d) => d.id === selectedId) ?? devices[0];

  const run = (work: Promise<unknown>, done?: string) => {
    setMessage(undefined);
    work.then(
      () => {
        if (done) setMessage({ tone: 'ok', text: done });
      },
      (error: unknown) => {
        setMessage({ tone: 'error', text: error instanceof Error ? error.message : String(error) });
      },
    );
  };

  return {
    devices,
    links,
    capabilities,
    selected,
    select: setSelectedId,
    canManage: can(actor.role, 'device.manage'),
    message,
    /** Straight from the click: the browser's chooser needs the user gesture. */
    pair: async (role: DeviceRole, transport: TransportKind): Promise<string | undefined> => {
      const result = await hardware.pair({ role, transport });
      if (!result.ok) return result.error.code === 'NO_DEVICE_CHOSEN' ? undefined : result.error.message;
      setSelectedId(result.value.id);
      setMessage({ tone: 'ok', text: `${result.value.label} added.` });
      return undefined;
    },
    update: (id: string, settings: DeviceSettings) => {
      run(hardware.update(id, settings));
    },
    forget: (id: string) => {
      setSelectedId(undefined);
      run(hardware.forget(id), 'Device removed.');
    },
    reconnect: () => {
      run(hardware.reconnect());
    },
    checkStatus: (id: string) => {
      run(hardware.checkStatus(id));
    },
    testPrint: (id: string) => {
      const result = hardware.testPrint(id);
      setMessage(result.ok ? { tone: 'ok', text: 'Test page sent. It shows in the print queue.' } : { tone: 'error', text: result.error.message });
    },
  };
}
