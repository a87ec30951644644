import { savedDeviceSchema } from '@tillsafe/hardware';
import { z } from 'zod';
import type { TillDb } from '../../db/till-db';

/**
 * A device paired with this till, as stored in the `printers` table: the hardware package's saved
 * device (role, how to find it again, printer profile, ticket categories) plus what the till
 * needs to open it. Receipt and ticket printers, the customer display and serial scanners all
 * live here, one row each.
 */
export const tillDeviceSchema = savedDeviceSchema.extend({
  /** What people call it: "Receipt printer", "Bar printer". */
  label: z.string().trim().min(1).max(60),
  /** Serial devices only; a USB virtual COM port ignores it. */
  baudRate: z.int().min(1200).max(921_600).default(9600),
  /** Pole displays speak one of two command sets. */
  displayProtocol: z.enum(['esc-pos', 'cd5220']).default('esc-pos'),
  addedAt: z.iso.datetime(),
});
export type TillDevice = z.infer<typeof tillDeviceSchema>;
export type DeviceRole = TillDevice['role'];

export const roleNames: Record<DeviceRole, string> = {
  'receipt-printer': 'Receipt printer',
  'ticket-printer': 'Bar / kitchen printer',
  'customer-display': 'Customer display',
  scanner: 'Barcode scanner',
};

export function isPrinter(device: Pick<TillDevice, 'role'>): boolean {
  return device.role === 'receipt-printer' || device.role === 'ticket-printer';
}

/** Paired devices in the order they were added; a row that no longer parses is skipped. */
export async function loadDevices(db: TillDb): Promise<TillDevice[]> {
  const rows = await db.printers.toArray();
  return rows
    .flatMap((row) => {
      const parsed = tillDeviceSchema.safeParse(row);
      return parsed.success ? [parsed.data] : [];
    })
    .sort((a, b) => a.addedAt.localeCompare(b.addedAt));
}

export async function saveDevice(db: TillDb, device: TillDevice): Promise<void> {
  await db.printers.put(tillDeviceSchema.parse(device));
}

export async function removeDevice(db: TillDb, id: string): Promise<void> {
  await db.printers.delete(id);
}
