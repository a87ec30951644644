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
    /** One try at a time: ignored while one is running; a try that throws shows why. */
    attempt: async (check: () => Promise<void>) => {
      if (checking) return;
      setChecking(true);
      try {
        await check();
      } catch (cause) {
        setPinState('');
        setError(`The PIN could not be checked: ${cause instanceof Error ? cause.message : String(cause)}`);
      } finally {
        setChecking(false);
      }
    },
    error,
    checking,
  };
}

export type PinEntry = ReturnType<typeof usePinEntry>;
