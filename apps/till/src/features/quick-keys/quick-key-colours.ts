import type { QuickKeyColour } from '@tillsafe/sync';

/**
 * How each quick-key colour of the palette (`quickKeyColours` in packages/sync) is drawn, on the
 * till's pad and in the back office's editor: strong enough to tell keys apart at a glance, dark
 * enough to carry white text where a swatch needs it.
 */
export const QUICK_KEY_COLOURS: Record<QuickKeyColour, { hex: string; name: string }> = {
  slate: { hex: '#64748b', name: 'Slate' },
  red: { hex: '#dc2626', name: 'Red' },
  amber: { hex: '#d97706', name: 'Amber' },
  green: { hex: '#16a34a', name: 'Green' },
  teal: { hex: '#0d9488', name: 'Teal' },
  blue: { hex: '#2563eb', name: 'Blue' },
  purple: { hex: '#7c3aed', name: 'Purple' },
  pink: { hex: '#db2777', name: 'Pink' },
};
