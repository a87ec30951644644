import { formatPercent } from '@tillsafe/domain';
import { SegmentedField } from '../printing/segmented-field';
import type { DiscountDraft } from './discount-draft';

export interface DiscountFieldsProps {
  draft: DiscountDraft;
  onChange: (draft: DiscountDraft) => void;
  /** The cashier's own limit, in basis points: beyond it a manager approves. */
  limitBp: number;
  error: string | undefined;
}

const KINDS = [
  { value: 'none', label: 'None' },
  { value: 'percent', label: 'Percent' },
  { value: 'amount', label: 'Amount' },
] as const;

/** None, a percentage or an amount off, and why; the cashier's own limit said up front. */
export function DiscountFields({ draft, onChange, limitBp, error }: DiscountFieldsProps) {
  return (
    <div className="discount-fields">
      <SegmentedField
        legend="Discount"
        name="discount-kind"
        value={draft.kind}
        options={KINDS}
        onChange={(kind) => {
          onChange({ ...draft, kind });
        }}
      />
      {draft.kind === 'none' ? null : (
        <>
          <label className="field">
            <span className="field-label">{draft.kind === 'percent' ? 'Percent off' : 'Amount off'}</span>
            <input
              className="input input-lg input-money"
              inputMode="decimal"
              autoComplete="off"
              value={draft.value}
              aria-invalid={error ? true : undefined}
              onChange={(e) => {
                onChange({ ...draft, value: e.target.value });
              }}
            />
          </label>
          <label className="field">
            <span className="field-label">Reason (optional)</span>
            <input
              className="input"
              maxLength={120}
              autoComplete="off"
              placeholder="Damaged label, regular customer…"
              value={draft.reason}
              onChange={(e) => {
                onChange({ ...draft, reason: e.target.value });
              }}
            />
          </label>
          <p className="field-hint">{limitBp > 0 ? `Up to ${formatPercent(limitBp)} on your own; beyond that a manager approves.` : 'Every discount needs a manager to approve it.'}</p>
        </>
      )}
      {error ? (
        <p className="alert" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
