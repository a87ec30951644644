import { code128SetC } from '@tillsafe/hardware';

/**
 * The bars of a CODE128 set C symbol, for drawing the sale code in the on-screen receipt the same
 * way the printer draws it. Each value 0–106 is six alternating bar/space widths in modules
 * (11 modules; the stop pattern has a 2-module closing bar, 13 in all) from the symbology's
 * standard table (ISO/IEC 15417); the check value is (start + Σ position × value) mod 103.
 */
const PATTERNS = [
  '212222', '222122', '222221', '121223', '121322', '131222', '122213', '122312', '132212', '221213',
  '221312', '231212', '112232', '122132', '122231', '113222', '123122', '123221', '223211', '221132',
  '221231', '213212', '223112', '312131', '311222', '321122', '321221', '312212', '322112', '322211',
  '212123', '212321', '232121', '111323', '131123', '131321', '112313', '132113', '132311', '211313',
  '231113', '231311', '112133', '112331', '132131', '113123', '113321', '133121', '313121', '211331',
  '231131', '213113', '213311', '213131', '311123', '311321', '331121', '312113', '312311', '332111',
  '314111', '221411', '431111', '111224', '111422', '121124', '121421', '141122', '141221', '112214',
  '112412', '122114', '122411', '142112', '142211', '241211', '221114', '413111', '241112', '134111',
  '111242', '121142', '121241', '114212', '124112', '124211', '411212', '421112', '421211', '212141',
  '214121', '412121', '111143', '111341', '131141', '114113', '114311', '411113', '411311', '113141',
  '114131', '311141', '411131', '211412', '211214', '211232', '2331112',
] as const;

const START_C = 105;
const STOP = 106;

/** Symbol values: start C, the digit pairs, the check value, stop. */
export function code128SetCSymbols(digits: string): number[] {
  const data = code128SetC(digits);
  const check = data.reduce((sum, value, i) => sum + value * (i + 1), START_C) % 103;
  return [START_C, ...data, check, STOP];
}

/** Bars as [x, width] in modules, from the first bar (quiet zones not included), and the total width. */
export function code128Bars(digits: string): { bars: [number, number][]; modules: number } {
  const bars: [number, number][] = [];
  let x = 0;
  for (const value of code128SetCSymbols(digits)) {
    const widths = Array.from(PATTERNS[value] ?? '', Number);
    widths.forEach((w, i) => {
      if (i % 2 === 0) bars.push([x, w]);
      x += w;
    });
  }
  return { bars, modules: x };
}
