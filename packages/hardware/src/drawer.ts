import { z } from 'zod';

/**
 * The cash drawer hangs off the printer's RJ-11 "DK" port and opens on a short pulse the
 * printer sends when told to.
 *
 * ESC/POS: ESC p m t1 t2 (1B 70 m t1 t2): m = 0 drives connector pin 2, m = 1 pin 5; the pulse
 * is on for t1 × 2 ms and off for t2 × 2 ms. The default 1B 70 00 19 FA is 50 ms on, 500 ms off
 * on pin 2, which opens the common 24 V solenoid drawers without heating them.
 * Star: ESC BEL n1 n2 (1B 07 n1 n2) sets the pulse in 10 ms units, then BEL (07) fires drive 1
 * (pin 2) or SUB (1A) drive 2 (pin 5).
 */
export const drawerPulseSchema = z.object({
  pin: z.union([z.literal(2), z.literal(5)]).default(2),
  onMs: z.int().min(2).max(500).default(50),
  offMs: z.int().min(2).max(510).default(500),
});
export type DrawerPulse = z.infer<typeof drawerPulseSchema>;
export type DrawerPulseInput = z.input<typeof drawerPulseSchema>;

export const defaultDrawerPulse: DrawerPulse = drawerPulseSchema.parse({});

export function drawerPulseBytes(language: 'esc-pos' | 'star-prnt' | 'star-line', pulse: DrawerPulseInput = {}): Uint8Array<ArrayBuffer> {
  const { pin, onMs, offMs } = drawerPulseSchema.parse(pulse);
  if (language === 'esc-pos') {
    return Uint8Array.of(0x1b, 0x70, pin === 2 ? 0 : 1, Math.round(onMs / 2), Math.min(255, Math.round(offMs / 2)));
  }
  const units = (ms: number) => Math.max(1, Math.min(127, Math.round(ms / 10)));
  return Uint8Array.of(0x1b, 0x07, units(onMs), units(offMs), pin === 2 ? 0x07 : 0x1a);
}
