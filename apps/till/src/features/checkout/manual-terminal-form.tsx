import { useState, type SubmitEvent } from 'react';
import type { MoneyFormatter } from '../../lib/use-money';
import type { ManualCardEntry, ManualEntryField, ManualPaymentTerminal } from './manual-payment-terminal';

export interface ManualTerminalFormProps {
  terminal: ManualPaymentTerminal;
  amount: number;
  money: MoneyFormatter;
}

/** For a standalone card terminal: charge it there, then type what its slip says. */
export function ManualTerminalForm({ terminal, amount, money }: ManualTerminalFormProps) {
  const [entry, setEntry] = useState<ManualCardEntry>({ last4: '', approvalCode: '', reference: '' });
  const [error, setError] = useState<{ message: string; field?: ManualEntryField } | null>(null);
  const set = (field: ManualEntryField) => (event: { target: { value: string } }) => {
    setEntry((e) => ({ ...e, [field]: event.target.value }));
    setError(null);
  };
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const outcome = terminal.approve(entry);
    if (!outcome.ok) setError(outcome.error);
  };
  const invalid = (field: ManualEntryField) => (error?.field === field ? { 'aria-invalid': true, 'aria-describedby': 'pay-manual-error' } : {});
  return (
    <form className="pay-panel pay-manual" onSubmit={submit} aria-label="Card slip">
      <div className="pay-manual-lead">
        <span className="pay-manual-step">1</span>
        <p>
          Key <strong>{money(amount)}</strong> into the card terminal and let the customer pay.
        </p>
      </div>
      <div className="pay-manual-lead">
        <span className="pay-manual-step">2</span>
        <p>Type what the terminal&apos;s slip says.</p>
      </div>
      <div className="pay-manual-fields">
        <label className="field">
          <span className="field-label">Card, last 4 digits</span>
          <input className="input input-lg input-code" inputMode="numeric" maxLength={4} autoComplete="off" value={entry.last4} onChange={set('last4')} data-autofocus {...invalid('last4')} />
        </label>
        <label className="field">
          <span className="field-label">Approval code</span>
          <input className="input input-lg input-code" autoComplete="off" maxLength={20} value={entry.approvalCode} onChange={set('approvalCode')} {...invalid('approvalCode')} />
        </label>
        <label className="field pay-manual-ref">
          <span className="field-label">
            Slip reference <span className="muted">(if printed)</span>
          </span>
          <input className="input input-lg input-code" autoComplete="off" maxLength={64} value={entry.reference} onChange={set('reference')} {...invalid('reference')} />
        </label>
      </div>
      {error ? (
        <p className="alert" role="alert" id="pay-manual-error">
          {error.message}
        </p>
      ) : null}
      <div className="pay-manual-actions">
        <button
          type="button"
          className="btn btn-ghost btn-lg"
          onClick={() => {
            terminal.decline('Declined at the terminal');
          }}
        >
          Declined
        </button>
        <button
          type="button"
          className="btn btn-ghost btn-lg"
          onClick={() => {
            terminal.cancel();
          }}
        >
          Cancelled on terminal
        </button>
        <button type="submit" className="btn btn-primary btn-lg pay-manual-record">
          Record approval
        </button>
      </div>
    </form>
  );
}
