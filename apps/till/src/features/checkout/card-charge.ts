import { terminalOutcomeSchema, type PaymentTerminal } from '@tillsafe/domain';
import type { PaymentAction, PaymentState } from './payment-state';

/**
 * Takes a card payment: the reducer decides the amount (or refuses), the terminal is asked for
 * it, and its answer — parsed where it enters, since it comes from an adapter or a device — goes
 * back into the reducer. A terminal that throws or answers nonsense takes nothing.
 * `dispatch` applies an action to the current state and returns the new one.
 */
export async function chargeCard(dispatch: (action: PaymentAction) => PaymentState, terminal: PaymentTerminal, saleId: string): Promise<void> {
  const started = dispatch({ type: 'card-start' });
  if (started.terminal.step !== 'waiting') return;
  try {
    const answer: unknown = await terminal.startPayment({ amount: started.terminal.amount, currency: started.setup.currency, saleId });
    const outcome = terminalOutcomeSchema.safeParse(answer);
    dispatch(outcome.success ? { type: 'terminal-answered', outcome: outcome.data } : { type: 'terminal-failed', message: 'it gave an answer the till cannot read.' });
  } catch (error) {
    dispatch({ type: 'terminal-failed', message: error instanceof Error ? error.message : String(error) });
  }
}
