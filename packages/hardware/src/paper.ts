import { z } from 'zod';

/**
 * Thermal paper widths and what fits on them in font A (12 × 24 dots at 203 dpi): 48 columns /
 * 576 dots on 80 mm, 32 columns / 384 dots on 58 mm.
 */
export const paperWidths = ['58mm', '80mm'] as const;
export const paperWidthSchema = z.enum(paperWidths);
export type PaperWidth = z.infer<typeof paperWidthSchema>;

export const columnsFor: Record<PaperWidth, number> = { '58mm': 32, '80mm': 48 };
export const printableDotsFor: Record<PaperWidth, number> = { '58mm': 384, '80mm': 576 };
