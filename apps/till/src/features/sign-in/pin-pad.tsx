const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'] as const;

export interface PinPadProps {
  onDigit: (digit: string) => void;
  onClear: () => void;
  onDelete: () => void;
  disabled?: boolean;
}

/** A touch keypad for PIN entry; the PIN field beside it also takes a keyboard. */
export function PinPad({ onDigit, onClear, onDelete, disabled = false }: PinPadProps) {
  return (
    <div className="pin-pad" role="group" aria-label="Keypad">
      {DIGITS.map((digit) => (
        <button
          key={digit}
          type="button"
          className="pin-key"
          disabled={disabled}
          onClick={() => {
            onDigit(digit);
          }}
        >
          {digit}
        </button>
      ))}
      <button type="button" className="pin-key pin-key-muted" disabled={disabled} onClick={onClear}>
        Clear
      </button>
      <button
        type="button"
        className="pin-key"
        disabled={disabled}
        onClick={() => {
          onDigit('0');
        }}
      >
        0
      </button>
      <button type="button" className="pin-key pin-key-muted" disabled={disabled} onClick={onDelete} aria-label="Delete last digit">
        <svg width="28" height="28" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M9 5h11a1 1 0 0 1 1 1v12a1 1 0 0 1-1 1H9l-6-7 6-7z" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinejoin="round" />
          <path d="M12 9.5l5 5m0-5l-5 5" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
        </svg>
      </button>
    </div>
  );
}
