import type { AgeCheckDecision } from './age-check-state';
import { dateInWords } from './date-entry';

export interface AgeCheckOutcomeProps {
  decision: Extract<AgeCheckDecision, { kind: 'passed' | 'under_age' }>;
  locale: string;
  minimumAge: number;
  onContinue: () => void;
  onRetry: () => void;
  onRemove: (lineIds: string[]) => void;
  onCancel: () => void;
}

/** The check's result: passed (continue to payment), or under age with the items that cannot be sold. */
export function AgeCheckOutcome({ decision, locale, minimumAge, onContinue, onRetry, onRemove, onCancel }: AgeCheckOutcomeProps) {
  if (decision.kind === 'passed') {
    const { check, age } = decision;
    const how = check.method === 'id_scanned' ? 'ID scanned' : check.method === 'dob_entered' ? 'Date of birth typed from the ID' : 'Checked by sight';
    return (
      <section className="age-outcome age-pass" aria-label="Age check passed">
        <div className="age-outcome-icon" aria-hidden="true">
          <svg width="36" height="36" viewBox="0 0 24 24">
            <path d="M5 12.5l4.5 4.5L19 7.5" fill="none" stroke="currentColor" strokeWidth="2.6" strokeLinecap="round" strokeLinejoin="round" />
          </svg>
        </div>
        <h3 role="status">{age === null ? `Served as clearly over the challenge age` : `${age} years old — OK to sell`}</h3>
        <p className="age-outcome-detail">
          {how}
          {check.dateOfBirth ? ` · born ${dateInWords(check.dateOfBirth, locale)}` : ''}
        </p>
        <div className="age-outcome-actions">
          <button type="button" className="btn btn-ghost btn-lg" onClick={onRetry}>
            Check again
          </button>
          <button type="button" className="btn btn-charge btn-lg age-continue" onClick={onContinue} autoFocus>
            Continue to payment
          </button>
        </div>
      </section>
    );
  }
  const ids = decision.blocked.map((line) => line.lineId);
  const count = decision.blocked.reduce((sum, line) => sum + line.qty, 0);
  return (
    <section className="age-outcome age-fail" aria-label="Under age">
      <div className="age-outcome-icon" aria-hidden="true">
        <svg width="36" height="36" viewBox="0 0 24 24">
          <path d="M7 7l10 10M17 7L7 17" fill="none" stroke="currentColor" strokeWidth="2.6" strokeLinecap="round" />
        </svg>
      </div>
      <h3 role="alert">
        Under {minimumAge} — {decision.age} years old
      </h3>
      <p className="age-outcome-detail">
        Born {dateInWords(decision.dateOfBirth, locale)}; may buy these from {dateInWords(decision.oldEnoughOn, locale)}.
      </p>
      <div className="age-blocked">
        <p className="age-blocked-title">Cannot be sold to this customer</p>
        <ul aria-label="Blocked items">
          {decision.blocked.map((line) => (
            <li key={line.lineId}>
              <span className="age-item-qty">{line.qty}×</span>
              <span>
                {line.name}
                {line.detail ? <span className="muted"> · {line.detail}</span> : null}
              </span>
            </li>
          ))}
        </ul>
      </div>
      <div className="age-outcome-actions">
        <button type="button" className="btn btn-ghost btn-lg" onClick={onCancel} autoFocus>
          Back to cart
        </button>
        <button
          type="button"
          className="btn btn-lg bartab-btn-danger age-remove"
          onClick={() => {
            onRemove(ids);
          }}
        >
          Remove {count} {count === 1 ? 'item' : 'items'} and continue
        </button>
      </div>
    </section>
  );
}
