import { MutationRejected } from '@tillsafe/sync';

/** Why a local mutation was not stored, as a sentence for the cashier, with the mutator's code when it refused. */
export function describeMutationError(error: unknown): string {
  if (error instanceof MutationRejected) return `${error.message} (${error.code})`;
  return error instanceof Error ? error.message : String(error);
}
