import { can } from '@tillsafe/domain';
import { MutationRejected, type Mutator, type MutatorContext, type MutatorOutcome, type MutatorTx } from './mutator';
import { saleComplete } from './sale-complete';
import type { Mutation } from './wire';

/** Every mutator by name: the one list both the till and the server run. */
export const mutators: Readonly<Record<string, Mutator<never>>> = {
  [saleComplete.name]: saleComplete as Mutator<never>,
};

/**
 * Runs one mutation: finds its mutator, validates its args, checks the actor's capability,
 * then applies it. Anything refused surfaces as MutationRejected with a code.
 */
export async function runMutation(tx: MutatorTx, mutation: Pick<Mutation, 'name' | 'args'>, ctx: MutatorContext): Promise<MutatorOutcome> {
  const mutator = Object.hasOwn(mutators, mutation.name) ? mutators[mutation.name] : undefined;
  if (!mutator) throw new MutationRejected('UNKNOWN_MUTATOR', `No mutator is called "${mutation.name}".`);
  const parsed = mutator.args.safeParse(mutation.args);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
    throw new MutationRejected('VALIDATION_FAILED', `The ${mutation.name} arguments are invalid${where}: ${issue?.message ?? 'unknown problem'}.`, parsed.error.issues);
  }
  if (!can(ctx.actorRole, mutator.capability)) {
    throw new MutationRejected('FORBIDDEN', `A ${ctx.actorRole} may not ${mutator.capability}.`);
  }
  return mutator.run(tx, parsed.data, ctx);
}
