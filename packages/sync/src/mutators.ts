import { can } from '@tillsafe/domain';
import { auditRecord } from './audit-mutators';
import { draftDiscard, draftPark, draftResume } from './draft-mutators';
import { customerUpsert, productUpdate, productUpsert } from './catalog-mutators';
import { cashEvent, stockAdjust } from './ledger-mutators';
import { MutationRejected, type Mutator, type MutatorContext, type MutatorOutcome } from './mutator';
import type { SyncTx } from './overlay-tx';
import type { RecordRef } from './record-store';
import { refundCreate } from './refund-create';
import { saleComplete } from './sale-complete';
import { tabAddLine, tabClose, tabOpen, tabUpdateLine, tabVoidLine } from './tab-mutators';
import type { Mutation } from './wire';

const all = [saleComplete, refundCreate, productUpsert, productUpdate, customerUpsert, tabOpen, tabAddLine, tabUpdateLine, tabVoidLine, tabClose, stockAdjust, cashEvent, auditRecord, draftPark, draftResume, draftDiscard];

/** Every mutator by name: the one list both the till and the server run. */
export const mutators: Readonly<Record<string, Mutator<never>>> = Object.fromEntries(all.map((m) => [m.name, m as unknown as Mutator<never>]));

function find(name: string): Mutator<never> | undefined {
  return Object.hasOwn(mutators, name) ? mutators[name] : undefined;
}

/** Parses a mutation's args with its mutator's schema; a failure is a VALIDATION_FAILED rejection. */
function parseArgs(mutator: Mutator<never>, mutation: Pick<Mutation, 'name' | 'args'>): never {
  const parsed = mutator.args.safeParse(mutation.args);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
  throw new MutationRejected('VALIDATION_FAILED', `The ${mutation.name} arguments are invalid${where}: ${issue?.message ?? 'unknown problem'}.`, parsed.error.issues);
}

/** A mutation matched with its mutator and its args validated: parsed once, then read and run. */
export interface ParsedMutation {
  readonly mutator: Mutator<never>;
  readonly args: never;
}

/** Finds a mutation's mutator and validates its args; UNKNOWN_MUTATOR or VALIDATION_FAILED otherwise. */
export function parseMutation(mutation: Pick<Mutation, 'name' | 'args'>): ParsedMutation {
  const mutator = find(mutation.name);
  if (!mutator) throw new MutationRejected('UNKNOWN_MUTATOR', `No mutator is called "${mutation.name}".`);
  return { mutator, args: parseArgs(mutator, mutation) };
}

/** What a parsed mutation will read, for batch prefetching. */
export function parsedReads(parsed: ParsedMutation, ctx: MutatorContext): RecordRef[] {
  return parsed.mutator.reads?.(parsed.args, ctx) ?? [];
}

/** What a mutation will read, for batch prefetching; nothing for an unknown or invalid one. */
export function mutationReads(mutation: Pick<Mutation, 'name' | 'args'>, ctx: MutatorContext): RecordRef[] {
  const mutator = find(mutation.name);
  if (!mutator?.reads) return [];
  const parsed = mutator.args.safeParse(mutation.args);
  return parsed.success ? mutator.reads(parsed.data, ctx) : [];
}

/** Checks the actor's capability, then applies a parsed mutation; a refusal is MutationRejected. */
export async function runParsed(tx: SyncTx, parsed: ParsedMutation, ctx: MutatorContext): Promise<MutatorOutcome> {
  const { mutator, args } = parsed;
  const capability = typeof mutator.capability === 'function' ? mutator.capability(args) : mutator.capability;
  if (capability !== null && !can(ctx.actorRole, capability)) throw new MutationRejected('FORBIDDEN', `A ${ctx.actorRole} may not ${capability}.`);
  return mutator.run(tx, args, ctx);
}

/**
 * Runs one mutation: finds its mutator, validates its args, checks the actor's capability,
 * then applies it. Anything refused surfaces as MutationRejected with a code.
 */
export async function runMutation(tx: SyncTx, mutation: Pick<Mutation, 'name' | 'args'>, ctx: MutatorContext): Promise<MutatorOutcome> {
  return runParsed(tx, parseMutation(mutation), ctx);
}
