import { useStore } from 'zustand';
import { hardware } from '../../app/services';
import type { HardwareState } from './hardware-service';

/** A slice of the hardware state (devices, connections, print jobs), re-rendering when it changes. */
export function useHardware<T>(select: (state: HardwareState) => T): T {
  return useStore(hardware.store, select);
}
