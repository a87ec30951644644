import type { SubmitEvent } from 'react';
import type { NewCustomerDraft, NewCustomerField } from './new-customer';

export interface NewCustomerFormProps {
  draft: NewCustomerDraft;
  problem: { field: NewCustomerField | null; message: string } | null;
  saving: boolean;
  onChange: (change: Partial<NewCustomerDraft>) => void;
  onSubmit: () => void;
  onBack: () => void;
}

const FIELDS: { field: NewCustomerField; label: string; inputMode?: 'tel' | 'email'; autoComplete: string }[] = [
  { field: 'name', label: 'Name', autoComplete: 'off' },
  { field: 'phone', label: 'Phone (optional)', inputMode: 'tel', autoComplete: 'off' },
  { field: 'email', label: 'Email (optional)', inputMode: 'email', autoComplete: 'off' },
];

/** A new customer: name, retail or wholesale (the price list they buy at), phone and email. */
export function NewCustomerForm({ draft, problem, saving, onChange, onSubmit, onBack }: NewCustomerFormProps) {
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit();
  };
  const firstEmpty = draft.name ? (draft.phone || draft.email ? 'name' : 'phone') : 'name';
  return (
    <form className="customer-new" onSubmit={submit} aria-label="New customer">
      {FIELDS.map(({ field, label, inputMode, autoComplete }) => (
        <label key={field} className="field">
          <span className="field-label">{label}</span>
          <input
            className="input input-lg"
            inputMode={inputMode}
            autoComplete={autoComplete}
            value={draft[field]}
            aria-invalid={problem?.field === field ? true : undefined}
            aria-describedby={problem?.field === field ? 'new-customer-problem' : undefined}
            onChange={(event) => {
              onChange({ [field]: event.target.value });
            }}
            data-autofocus={field === firstEmpty ? true : undefined}
          />
        </label>
      ))}
      <fieldset className="customer-type">
        <legend className="field-label">Buys at</legend>
        {(['retail', 'wholesale'] as const).map((type) => (
          <label key={type} className="customer-type-option">
            <input
              type="radio"
              name="customer-type"
              value={type}
              checked={draft.type === type}
              onChange={() => {
                onChange({ type });
              }}
            />
            <span>{type === 'retail' ? 'Retail prices' : 'Wholesale prices'}</span>
          </label>
        ))}
      </fieldset>
      {problem ? (
        <p className="alert" role="alert" id="new-customer-problem">
          {problem.message}
        </p>
      ) : null}
      <div className="modal-actions">
        <button type="button" className="btn btn-ghost btn-lg" onClick={onBack}>
          Back to search
        </button>
        <button type="submit" className="btn btn-primary btn-lg" disabled={saving}>
          {saving ? 'Saving…' : 'Create and add to sale'}
        </button>
      </div>
    </form>
  );
}
