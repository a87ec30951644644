import { z } from 'zod';
import { betterForCustomer, type Adjustment } from './adjustment';
import { basisPointsSchema, formatPercent } from './basis-points';
import { percentOf } from './rounding';
import { ruleApplies, ruleFields } from './rule-fields';
import { inScope } from './rule-scope';
import { windowIsOrdered, windowOrderMessage } from './rule-validity';
import type { StageContext, WorkingLine } from './working-line';

/**
 * Time-bound happy hour: a percentage off the lines in scope while the store's wall clock is in
 * one of the weekly windows. The wall clock is read from the pricing time itself, which carries
 * the store's UTC offset ("2026-11-20T17:30:00+01:00" is a Friday, 17:30) — no time-zone database
 * and no clock, so till and server agree. A window whose end is not after its start runs past
 * midnight into the next day (Friday 22:00–02:00). A line takes the best happy hour in force.
 */
const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time of day as HH:MM');

export const happyHourWindowSchema = z
  .object({
    /** ISO weekday the window starts on: 1 = Monday … 7 = Sunday. */
    day: z.int().min(1).max(7),
    start: clockTime,
    end: clockTime,
  })
  .refine((w) => w.start !== w.end, { message: 'a window needs a different start and end', path: ['end'] });
export type HappyHourWindow = z.infer<typeof happyHourWindowSchema>;

export const happyHourSchema = z
  .object({
    kind: z.literal('happy-hour'),
    ...ruleFields,
    discountBp: basisPointsSchema.min(1),
    windows: z.array(happyHourWindowSchema).min(1).max(28),
  })
  .refine(windowIsOrdered, windowOrderMessage);
export type HappyHour = z.infer<typeof happyHourSchema>;

const MINUTES_PER_DAY = 24 * 60;
const MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY;

/** Minutes since Monday 00:00 on the local wall clock of an offset timestamp. */
export function localMinuteOfWeek(at: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(at);
  if (!match) throw new RangeError(`${at} is not an ISO timestamp`);
  const [, year, month, day, hour, minute] = match.map(Number) as [number, number, number, number, number, number];
  const isoWeekday = ((new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7) + 1;
  return (isoWeekday - 1) * MINUTES_PER_DAY + hour * 60 + minute;
}

function minutes(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

export function inHappyHour(windows: readonly HappyHourWindow[], at: string): boolean {
  const now = localMinuteOfWeek(at);
  return windows.some((w) => {
    const start = (w.day - 1) * MINUTES_PER_DAY + minutes(w.start);
    const length = (minutes(w.end) - minutes(w.start) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
    return (now - start + MINUTES_PER_WEEK) % MINUTES_PER_WEEK < length;
  });
}

export function happyHourAdjustments(lines: readonly WorkingLine[], promotions: readonly HappyHour[], ctx: StageContext): Map<string, Adjustment> {
  const live = promotions.filter((p) => ruleApplies(p, ctx.at, ctx.customerType) && inHappyHour(p.windows, ctx.at));
  const adjustments = new Map<string, Adjustment>();
  for (const line of lines) {
    let best: Adjustment | undefined;
    for (const promo of live) {
      if (!inScope(promo.scope, line.product, line.pack.id)) continue;
      const amount = percentOf(line.net, promo.discountBp, ctx.rounding);
      best = betterForCustomer(best, { kind: 'happy-hour', ruleId: promo.id, explanation: `${promo.name} −${formatPercent(promo.discountBp)}`, amount, approvedBy: null });
    }
    if (best) adjustments.set(line.lineId, best);
  }
  return adjustments;
}
