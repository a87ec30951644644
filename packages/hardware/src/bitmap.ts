import { z } from 'zod';
import { bytesSchema } from './bytes';

/**
 * A logo as grey pixels: one byte per pixel, 0 = black … 255 = white, row by row. It is dithered
 * to black and white when it is printed, so a photo-like logo keeps its shading.
 */
export const bitmapSchema = z
  .object({
    width: z.int().min(8).max(576),
    height: z.int().min(1).max(1024),
    data: bytesSchema,
  })
  .refine((b) => b.data.length === b.width * b.height, { message: 'data must hold width × height grey pixels' });
export type Bitmap = z.infer<typeof bitmapSchema>;

/** Pixels as a canvas gives them (RGBA, 4 bytes per pixel), e.g. from getImageData(). */
export interface RgbaPixels {
  width: number;
  height: number;
  data: ArrayLike<number>;
}

/** Turns canvas pixels into a grey bitmap; transparent pixels become white paper. */
export function bitmapFromRgba(pixels: RgbaPixels): Bitmap {
  const grey = new Uint8Array(pixels.width * pixels.height);
  for (let i = 0; i < grey.length; i++) {
    const r = pixels.data[i * 4] ?? 255;
    const g = pixels.data[i * 4 + 1] ?? 255;
    const b = pixels.data[i * 4 + 2] ?? 255;
    const a = (pixels.data[i * 4 + 3] ?? 255) / 255;
    const luma = 0.299 * r + 0.587 * g + 0.114 * b;
    grey[i] = Math.round(luma * a + 255 * (1 - a));
  }
  return bitmapSchema.parse({ width: pixels.width, height: pixels.height, data: grey });
}

/** The bitmap as RGBA pixels, the shape the encoder's image() accepts without a canvas. */
export function bitmapToRgba(bitmap: Bitmap): { width: number; height: number; data: Uint8ClampedArray } {
  const data = new Uint8ClampedArray(bitmap.width * bitmap.height * 4);
  bitmap.data.forEach((grey, i) => {
    data.set([grey, grey, grey, 255], i * 4);
  });
  return { width: bitmap.width, height: bitmap.height, data };
}
