import { z } from 'zod';
import { drawerPulseSchema } from './drawer';
import { paperWidthSchema } from './paper';
import { saleCodeStyleSchema } from './render-text';

/**
 * How to talk to one printer: its command language (Epson-style ESC/POS, or Star), paper width,
 * code page and cutter. The till stores one per configured printer.
 */
export const printerLanguages = ['esc-pos', 'star-prnt', 'star-line'] as const;
export const printerLanguageSchema = z.enum(printerLanguages);
export type PrinterLanguage = z.infer<typeof printerLanguageSchema>;

/**
 * Code pages offered in setup. cp858 (Latin-1 with €) is the default: it prints Rosé, Crémant,
 * Grüner Veltliner and € on Epson (page 19), Star (page 4) and most Epson-compatible printers.
 * "auto" lets the encoder switch per run of text among cp858, cp852, cp866 and cp437.
 */
export const receiptCodepages = ['auto', 'cp858', 'cp437', 'cp850', 'cp852', 'cp866', 'windows1252', 'iso8859-15'] as const;
export const receiptCodepageSchema = z.enum(receiptCodepages);
export type ReceiptCodepage = z.infer<typeof receiptCodepageSchema>;
export const autoCodepageCandidates = ['cp858', 'cp852', 'cp866', 'cp437'] as const;

export const printerProfileSchema = z.object({
  language: printerLanguageSchema.default('esc-pos'),
  paper: paperWidthSchema.default('80mm'),
  codepage: receiptCodepageSchema.default('cp858'),
  cut: z.enum(['full', 'partial', 'none']).default('partial'),
  /** Lines fed before the cut so the last printed line clears the cutter blade. */
  feedBeforeCut: z.int().min(0).max(10).default(4),
  /** column = ESC * (oldest printers), raster = GS v 0 (faster on current models). */
  imageMode: z.enum(['column', 'raster']).default('column'),
  saleCode: saleCodeStyleSchema.default('auto'),
  drawer: drawerPulseSchema.default(drawerPulseSchema.parse({})),
});
export type PrinterProfile = z.infer<typeof printerProfileSchema>;
export type PrinterProfileInput = z.input<typeof printerProfileSchema>;

export function printerProfile(input: PrinterProfileInput = {}): PrinterProfile {
  return printerProfileSchema.parse(input);
}
