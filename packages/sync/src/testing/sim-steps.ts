import fc from 'fast-check';
import { cashEventKinds, customerTypes } from '../records';

/**
 * One step of a simulated day (test only). Local steps name records by index into what the till
 * holds at that moment (sorted by id), so every generated mutation is one a real till could make:
 * it only sells, edits and closes what it has pulled or created itself.
 */
export type Step =
  | { kind: 'sale'; till: number; actor: number; lines: { product: number; pack: number; qty: number }[]; overpay: number }
  /** Catalog edits and stock counts are a manager's: `actor` picks the manager or the demoted one. */
  | { kind: 'price'; till: number; actor: number; product: number; pack: number; price: number }
  | { kind: 'rename'; till: number; actor: number; product: number; name: string }
  | { kind: 'active'; till: number; actor: number; product: number; active: boolean }
  | { kind: 'newProduct'; till: number; actor: number; template: number; name: string; price: number }
  | { kind: 'customer'; till: number; actor: number; customer: number; name: string; type: (typeof customerTypes)[number]; phone: string | null }
  | { kind: 'tabOpen'; till: number; actor: number; tab: number; tableNo: string | null }
  | { kind: 'addLine'; till: number; actor: number; tab: number; product: number; pack: number; qty: number; notes: string }
  | { kind: 'updateLine'; till: number; actor: number; line: number; qty: number | null; notes: string | null }
  | { kind: 'voidLine'; till: number; actor: number; line: number }
  | { kind: 'tabClose'; till: number; actor: number; tab: number; pay: boolean }
  | { kind: 'adjust'; till: number; actor: number; product: number; delta: number }
  | { kind: 'cash'; till: number; actor: number; cash: (typeof cashEventKinds)[number]; amount: number }
  /** Parks a cart of the till's products (protocol 3), under a label or none. */
  | { kind: 'park'; till: number; actor: number; lines: { product: number; pack: number; qty: number }[]; label: string }
  /** Resumes or discards a parked sale the till holds as parked, picked by index. */
  | { kind: 'resume' | 'discard'; till: number; actor: number; draft: number }
  /** A protocol-2 sale (sim-selling.ts): maybe to a customer, maybe paid partly with their points. */
  | { kind: 'saleV2'; till: number; actor: number; customer: number | null; lines: { product: number; pack: number; qty: number }[]; points: boolean; overpay: number }
  /** A refund of part of one of the till's own sales (sim-selling.ts). */
  | { kind: 'refund'; till: number; sale: number; line: number; qty: number; disposition: 'restock' | 'write_off'; withReceipt: boolean }
  /** The till sends `limit` outbox entries from `offset` (0 normally; >0 pipelines a later page). */
  | { kind: 'send'; till: number; offset: number; limit: number }
  /** The network delivers (or loses, or duplicates) one message in flight, any device's, any order. */
  | { kind: 'deliver'; message: number; fate: Fate }
  | { kind: 'pull'; till: number; pageSize: number; pages: number }
  /** The till's wall clock jumps (it may go backwards). */
  | { kind: 'clock'; till: number; skewMs: number };

export const fates = ['ok', 'dropRequest', 'dropResponse', 'duplicate'] as const;
export type Fate = (typeof fates)[number];

export const SHARED_TABS = 3;
export const SHARED_CUSTOMERS = 3;
/**
 * Staff: a manager, a cashier, a bartender (actors 0–2), and a manager the tills still know as
 * one but whom the back office has since made a driver (actor 3): the server refuses most of what
 * they do (FORBIDDEN), and what builds on that (a line on their tab, a sale of their new product)
 * is refused too (UNKNOWN_TAB, UNKNOWN_PRODUCT, …). The tills must end as the server says.
 */
export const ACTORS = 4;
export const DEMOTED_ACTOR = 3;

export function stepArb(tills: number): fc.Arbitrary<Step> {
  const till = fc.nat(tills - 1);
  const actor = fc.oneof({ weight: 8, arbitrary: fc.nat(ACTORS - 2) }, { weight: 1, arbitrary: fc.constant(DEMOTED_ACTOR) });
  const index = fc.nat(50);
  const qty = fc.integer({ min: 1, max: 4 });
  const local: fc.WeightedArbitrary<Step>[] = [
    {
      weight: 3,
      arbitrary: fc.record({
        kind: fc.constant('sale' as const),
        till,
        actor,
        lines: fc.array(fc.record({ product: index, pack: index, qty }), { minLength: 1, maxLength: 3 }),
        overpay: fc.constantFrom(0, 0, 50, 1000),
      }),
    },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('price' as const), till, actor, product: index, pack: index, price: fc.integer({ min: 100, max: 3000 }) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('rename' as const), till, actor, product: index, name: fc.constantFrom('Lager', 'Pils', 'Red', 'House') }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('active' as const), till, actor, product: index, active: fc.boolean() }) },
    {
      weight: 1,
      arbitrary: fc.record({ kind: fc.constant('newProduct' as const), till, actor, template: fc.nat(1), name: fc.constantFrom('Gin', 'Cider', 'Tonic'), price: fc.integer({ min: 100, max: 3000 }) }),
    },
    {
      weight: 2,
      arbitrary: fc.record({
        kind: fc.constant('customer' as const),
        till,
        actor,
        customer: fc.nat(SHARED_CUSTOMERS - 1),
        name: fc.constantFrom('Ada', 'Bea', 'Cy'),
        type: fc.constantFrom(...customerTypes),
        phone: fc.constantFrom(null, '555-0100', '555-0199'),
      }),
    },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('tabOpen' as const), till, actor, tab: fc.nat(SHARED_TABS - 1), tableNo: fc.constantFrom(null, '4', '7') }) },
    { weight: 4, arbitrary: fc.record({ kind: fc.constant('addLine' as const), till, actor, tab: index, product: index, pack: index, qty, notes: fc.constantFrom('', 'no ice') }) },
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('updateLine' as const), till, actor, line: index, qty: fc.option(qty, { nil: null }), notes: fc.option(fc.constantFrom('', 'lime', 'large'), { nil: null }) }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('voidLine' as const), till, actor, line: index }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('tabClose' as const), till, actor, tab: index, pay: fc.boolean() }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('adjust' as const), till, actor, product: index, delta: fc.integer({ min: -24, max: 24 }).filter((d) => d !== 0) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('cash' as const), till, actor, cash: fc.constantFrom(...cashEventKinds), amount: fc.integer({ min: 0, max: 5000 }) }) },
    {
      weight: 3,
      arbitrary: fc.record({
        kind: fc.constant('saleV2' as const),
        till,
        actor,
        customer: fc.option(fc.nat(SHARED_CUSTOMERS - 1), { nil: null }),
        lines: fc.array(fc.record({ product: index, pack: index, qty }), { minLength: 1, maxLength: 3 }),
        points: fc.boolean(),
        overpay: fc.constantFrom(0, 0, 50, 1000),
      }),
    },
    {
      weight: 2,
      arbitrary: fc.record({
        kind: fc.constant('park' as const),
        till,
        actor,
        lines: fc.array(fc.record({ product: index, pack: index, qty }), { minLength: 1, maxLength: 3 }),
        label: fc.constantFrom('', 'Table 4', 'Ada'),
      }),
    },
    { weight: 2, arbitrary: fc.record({ kind: fc.constantFrom('resume' as const, 'discard' as const), till, actor, draft: index }) },
    {
      weight: 2,
      arbitrary: fc.record({ kind: fc.constant('refund' as const), till, sale: index, line: index, qty, disposition: fc.constantFrom('restock' as const, 'write_off' as const), withReceipt: fc.boolean() }),
    },
  ];
  const network: fc.Arbitrary<Step>[] = [
    fc.record({ kind: fc.constant('send' as const), till, offset: fc.oneof({ weight: 5, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 3 }) }), limit: fc.integer({ min: 1, max: 6 }) }),
    fc.record({ kind: fc.constant('deliver' as const), message: fc.nat(20), fate: fc.constantFrom<Fate>('ok', 'ok', 'ok', 'dropRequest', 'dropResponse', 'duplicate') }),
    fc.record({ kind: fc.constant('pull' as const), till, pageSize: fc.integer({ min: 1, max: 8 }), pages: fc.integer({ min: 1, max: 4 }) }),
    fc.record({ kind: fc.constant('clock' as const), till, skewMs: fc.integer({ min: -120_000, max: 120_000 }) }),
  ];
  return fc.oneof(
    { weight: 12, arbitrary: fc.oneof(...local) },
    { weight: 4, arbitrary: network[0]! },
    { weight: 6, arbitrary: network[1]! },
    { weight: 3, arbitrary: network[2]! },
    { weight: 1, arbitrary: network[3]! },
  );
}

/** A world: how many tills, their starting clock skews, and the day's schedule. */
export const scheduleArb = fc.integer({ min: 2, max: 4 }).chain((tills) =>
  fc.record({
    tills: fc.constant(tills),
    skewsMs: fc.array(fc.integer({ min: -60_000, max: 60_000 }), { minLength: tills, maxLength: tills }),
    steps: fc.array(stepArb(tills), { minLength: 1, maxLength: 80, size: 'max' }),
  }),
);
export type Schedule = typeof scheduleArb extends fc.Arbitrary<infer S> ? S : never;
