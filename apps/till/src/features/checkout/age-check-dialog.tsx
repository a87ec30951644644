import type { AgeCheck, AgeGateProduct } from '@tillsafe/domain';
import { useState, type KeyboardEvent } from 'react';
import { ModalDialog } from '../../lib/modal-dialog';
import { AgeCheckOutcome } from './age-check-outcome';
import { restrictedLines, type AgeCheckLine } from './age-check-state';
import { dateInWords, datePlaceholder } from './date-entry';
import { useAgeCheck } from './use-age-check';
import '../../styles/checkout.css';

export interface AgeCheckDialogProps {
  /** The cart's lines; only the age-restricted ones are checked and can be blocked. */
  lines: readonly AgeCheckLine[];
  products: readonly AgeGateProduct[];
  /** The channel's minimum age (selling settings). */
  minimumAge: number;
  /** Offer "clearly over N" without ID (a Challenge-25 policy); null or absent: always ask for a date of birth. */
  challengeAge?: number | null;
  /** The channel's locale: the order the date of birth is typed in. */
  locale: string;
  /** The signed-in staff member, recorded as having checked. */
  cashierId: string;
  /** The till's clock (tests and the preview fix it). */
  now?: () => Date;
  /** The check passed: the domain AgeCheck record for `sale.complete`. */
  onPassed: (check: AgeCheck) => void;
  /** Under age: the cashier removes the restricted lines (the rest may still sell). */
  onRemoveLines: (lineIds: string[]) => void;
  /** Back to the cart without a check. */
  onCancel: () => void;
}

const defaultNow = () => new Date();

/**
 * Before payment, when the cart has an age-restricted item: scan the ID's barcode (the scanner
 * types into the scan field), type the date of birth from the ID, or — where the store allows —
 * confirm the customer is plainly over the challenge age. Under age, the blocked items are
 * listed and can be removed in one step.
 */
export function AgeCheckDialog(props: AgeCheckDialogProps) {
  const { lines, products, minimumAge, locale, cashierId, onRemoveLines, onCancel } = props;
  const challengeAge = props.challengeAge ?? null;
  const [setup] = useState(() => ({ lines, products, minimumAge, cashierId, challengeAge }));
  const check = useAgeCheck({ setup, locale, now: props.now ?? defaultNow, onPassed: props.onPassed });
  const restricted = restrictedLines(setup);
  const restrictedCount = restricted.reduce((sum, line) => sum + line.qty, 0);
  const { decision } = check;

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Enter' || event.target instanceof HTMLTextAreaElement || event.target instanceof HTMLButtonElement) return;
    event.preventDefault();
    if (decision?.kind === 'passed') check.continueToPayment();
    else if (event.target instanceof HTMLInputElement) check.checkTyped();
  };

  return (
    <ModalDialog label="Age check" onClose={onCancel} className="checkout-age">
      <div className="age" onKeyDown={onKeyDown}>
        <header className="age-header">
          <span className="age-badge" aria-hidden="true">
            {minimumAge}+
          </span>
          <div className="age-title">
            <h2>Check the customer&apos;s age</h2>
            <p>
              {restrictedCount} {restrictedCount === 1 ? 'item needs' : 'items need'} the customer to be {minimumAge} or over.
            </p>
          </div>
          <button type="button" className="btn btn-ghost btn-icon" aria-label="Back to the cart" onClick={onCancel}>
            ✕
          </button>
        </header>

        {decision?.kind === 'passed' || decision?.kind === 'under_age' ? (
          <AgeCheckOutcome decision={decision} locale={locale} minimumAge={minimumAge} onContinue={check.continueToPayment} onRetry={check.reset} onRemove={onRemoveLines} onCancel={onCancel} />
        ) : (
          <>
            <ul className="age-items" aria-label="Age-restricted items">
              {restricted.map((line) => (
                <li key={line.lineId}>
                  <span className="age-item-qty">{line.qty}×</span> {line.name}
                </li>
              ))}
            </ul>
            <div className="age-methods">
              <label className="age-method">
                <span className="age-method-title">Scan the ID</span>
                <span className="age-method-hint">The barcode on the back of a US or Canadian licence or ID card.</span>
                <textarea
                  ref={check.scanRef}
                  className="input age-scan"
                  rows={3}
                  spellCheck={false}
                  autoComplete="off"
                  placeholder="Waiting for a scan…"
                  value={check.scan}
                  onChange={(event) => {
                    check.setScan(event.target.value);
                  }}
                  data-autofocus
                />
              </label>
              <div className="age-or" aria-hidden="true">
                or
              </div>
              <div className="age-method">
                <label className="field">
                  <span className="age-method-title">Type the date of birth</span>
                  <span className="age-method-hint">As the ID shows it: {datePlaceholder(check.format)}</span>
                  <input
                    className="input input-lg age-dob"
                    inputMode="numeric"
                    autoComplete="off"
                    placeholder={datePlaceholder(check.format)}
                    value={check.dob}
                    onChange={(event) => {
                      check.setDob(event.target.value);
                    }}
                  />
                </label>
                <p className="age-dob-words" aria-live="polite">
                  {check.typedDate ? dateInWords(check.typedDate, locale) : '\u00a0'}
                </p>
                <button type="button" className="btn btn-primary btn-lg" onClick={check.checkTyped} disabled={!check.dob.trim()}>
                  Check date
                </button>
              </div>
            </div>
            {decision?.kind === 'invalid' ? (
              <p className="alert age-error" role="alert">
                {decision.message}
              </p>
            ) : null}
            <footer className="age-footer">
              <button type="button" className="btn btn-ghost btn-lg" onClick={onCancel}>
                Back to cart
              </button>
              {challengeAge !== null ? (
                <button type="button" className="btn btn-ghost btn-lg" onClick={check.checkVisual}>
                  Clearly over {challengeAge} — no ID needed
                </button>
              ) : null}
            </footer>
          </>
        )}
      </div>
    </ModalDialog>
  );
}
