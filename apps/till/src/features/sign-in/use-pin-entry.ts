import { useState } from 'react';

export const MAX_PIN_LENGTH = 8;

/** Keeps what can be a PIN: digits, at most MAX_PIN_LENGTH of them. */
export function pinInput(text: string): string {
  return text.replace(/\D/g, '').slice(0, MAX_PIN_LENGTH);
}

/** The PIN being typed, from the keyboard or the keypad, and the message about the last try. */
export function usePinEntry() {
  const [pin, setPinState] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const [checking, setChecking] = useState(false);

  const setPin = (next: string) => {
    setPinState(pinInput(next));
    setError(undefined);
  };

  return {
    pin,
    setPin,
    appendDigit: (digit: string) => {
      setPin(pin + digit);
    },
    deleteDigit: () => {
      setPin(pin.slice(0, -1));
    },
    clear: () => {
      setPin('');
    },
    /** After a try: the PIN field empties and shows the outcome, if any. */
    settle: (message: string | undefined) => {
      setPinState('');
      setError(message);
    },
    error,
    checking,
    setChecking,
  };
}

export type PinEntry = ReturnType<typeof usePinEntry>;
