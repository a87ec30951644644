import type { ReactNode, SubmitEvent } from 'react';
import { LockoutNotice } from './lockout-notice';
import type { LockoutStatus } from './pin-lockout';
import { PinPad } from './pin-pad';
import type { PinEntry } from './use-pin-entry';
import './sign-in.css';

export interface PinFormProps {
  entry: PinEntry;
  /** Who the PIN is for, named in the lockout notice. */
  name: string;
  lockout: LockoutStatus | undefined;
  submitLabel: string;
  onSubmit: () => void;
  /** Shown above the PIN field (who is signing in). */
  children?: ReactNode;
}

/** PIN field (keyboard), keypad (touch), the last try's outcome or the lockout, and submit. */
export function PinForm({ entry, name, lockout, submitLabel, onSubmit, children }: PinFormProps) {
  const locked = lockout?.kind === 'locked';
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!locked) onSubmit();
  };
  return (
    <form className="pin-form" onSubmit={submit}>
      {children}
      <label className="field">
        <span className="field-label">PIN</span>
        <input
          className="input input-lg input-pin"
          type="password"
          inputMode="numeric"
          autoComplete="off"
          value={entry.pin}
          onChange={(e) => {
            entry.setPin(e.target.value);
          }}
          disabled={locked}
          autoFocus
          data-autofocus
        />
      </label>
      <PinPad onDigit={entry.appendDigit} onClear={entry.clear} onDelete={entry.deleteDigit} disabled={entry.checking || locked} />
      {lockout?.kind === 'locked' ? (
        <LockoutNotice name={name} remainingMs={lockout.remainingMs} />
      ) : entry.error ? (
        <p className="alert" role="alert">
          {entry.error}
        </p>
      ) : null}
      <button type="submit" className="btn btn-primary btn-lg btn-block" disabled={entry.checking || locked || entry.pin.length === 0}>
        {submitLabel}
      </button>
    </form>
  );
}
