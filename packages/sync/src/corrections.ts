import type { MutatorContext } from './mutator';
import { mutationReads, mutators } from './mutators';
import type { OverlayTx } from './overlay-tx';
import { recordKey, type RecordRef } from './record-store';
import { MAX_OVERFLOW_DEPTH, overflowTabId } from './tab-mutators';
import type { Mutation } from './wire';

/**
 * Undoing a rejected mutation on the till that made it (docs/protocol.md, "Corrections").
 *
 * A till applies each mutation to its own records at once and pushes it later. When the server
 * rejects it, the server drops its writes, but the till still holds them, and no pull would ever
 * replace them: nothing changed on the server. So the push answer carries the server's current
 * state of every record a rejected mutation may have written (a `delete` where the server has
 * none), and the till stores those like a pull page and rebases its pending mutations on them.
 *
 * The records a mutation may write are the ones its mutator reads, less those it only reads
 * (`readOnly`), and, for each tab, the tab's chain of overflow tabs: a line added to a closed tab
 * opens the tab's overflow tab (tab-mutators.ts), on the till too, and a till whose close of the
 * tab was rejected holds an overflow tab the server never opened.
 */

/** The records a mutation may write, as its mutator declares them; nothing for an unknown or invalid one. */
export function writtenRefs(mutation: Pick<Mutation, 'name' | 'args'>, ctx: MutatorContext): RecordRef[] {
  return mutationReads(mutation, ctx).filter((ref) => ref.readOnly !== true);
}

/**
 * The records to send back for the rejected mutations of a batch, each once: what each may have
 * written, with every tab's overflow chain as the store holds it, up to and including the first
 * overflow tab it does not have. `tx` is the batch's overlay, so the chain is read as the batch
 * left it; chain tabs are read without locks (a rejected mutation's answer needs no lock).
 */
export async function correctionRefs(tx: OverlayTx, rejected: readonly { mutation: Mutation; ctx: MutatorContext }[]): Promise<RecordRef[]> {
  const refs = new Map<string, RecordRef>();
  const add = (ref: RecordRef) => {
    const key = recordKey(ref.entity, ref.id);
    if (!refs.has(key)) refs.set(key, { entity: ref.entity, id: ref.id });
  };
  const tabs: string[] = [];
  for (const { mutation, ctx } of rejected) {
    for (const ref of writtenRefs(mutation, ctx)) {
      add(ref);
      if (ref.entity === 'tab') tabs.push(ref.id);
    }
  }
  // A tab already on another's chain (a line's tab and that tab's overflow tab) is walked once.
  const chained = new Set<string>();
  for (const tabId of tabs) {
    if (chained.has(tabId)) continue;
    let id = tabId;
    for (let depth = 0; depth < MAX_OVERFLOW_DEPTH; depth++) {
      id = overflowTabId(id);
      chained.add(id);
      add({ entity: 'tab', id });
      await tx.prefetch([{ entity: 'tab', id, lock: false }]);
      if ((await tx.get('tab', id))?.data.status !== 'closed') break;
    }
  }
  return [...refs.values()];
}

/** The `refId` of the stock ledger entries a mutation writes, if its mutator writes any. */
export function ledgerRefOf(mutation: Pick<Mutation, 'name' | 'args'>): string | undefined {
  const mutator = Object.hasOwn(mutators, mutation.name) ? mutators[mutation.name] : undefined;
  if (!mutator?.ledgerRef) return undefined;
  const parsed = mutator.args.safeParse(mutation.args);
  return parsed.success ? mutator.ledgerRef(parsed.data) : undefined;
}
