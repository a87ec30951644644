import { useState } from 'react';
import { officeErrorMessage } from './office-errors';

/**
 * A signed-out form's call: busy from the press until it fails (on success the page moves on, so
 * it stays busy), its failure said as a sentence.
 */
export function useOfficeCall() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();

  async function run(call: () => Promise<void>, onFailure?: (failure: unknown) => void) {
    setBusy(true);
    setError(undefined);
    try {
      await call();
    } catch (failure) {
      onFailure?.(failure);
      setError(officeErrorMessage(failure));
      setBusy(false);
    }
  }

  return {
    busy,
    error,
    clearError: () => {
      setError(undefined);
    },
    run,
  };
}
