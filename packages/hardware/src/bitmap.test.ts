import { describe, expect, test } from 'vitest';
import { bitmapFromRgba, bitmapSchema, bitmapToRgba } from './bitmap';

describe('logo bitmaps', () => {
  test('canvas pixels become grey, transparent ones white paper', () => {
    const rgba = new Uint8ClampedArray(8 * 1 * 4);
    rgba.set([0, 0, 0, 255], 0); // black
    rgba.set([255, 0, 0, 255], 4); // red
    rgba.set([0, 0, 0, 0], 8); // transparent
    const bitmap = bitmapFromRgba({ width: 8, height: 1, data: rgba });
    expect(Array.from(bitmap.data.slice(0, 3))).toEqual([0, 76, 255]);
    expect(Array.from(bitmapToRgba(bitmap).data.slice(4, 8))).toEqual([76, 76, 76, 255]);
  });

  test('pixel data must match the size, and a logo cannot be wider than 80 mm paper', () => {
    expect(bitmapSchema.safeParse({ width: 8, height: 2, data: new Uint8Array(15) }).success).toBe(false);
    expect(bitmapSchema.safeParse({ width: 600, height: 1, data: new Uint8Array(600) }).success).toBe(false);
  });
});
