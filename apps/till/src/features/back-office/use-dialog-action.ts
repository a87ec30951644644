import { useState } from 'react';

/**
 * A dialog's one call: busy while it runs, the dialog closed when it answers nothing, its refusal
 * (a sentence) kept in place otherwise so the person can correct and try again.
 */
export function useDialogAction(onClose: () => void) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();

  return {
    busy,
    error,
    /** A check made here before calling: shown like the server's refusal. */
    refuse: (sentence: string) => {
      setError(sentence);
    },
    run: (call: () => Promise<string | undefined>) => {
      setBusy(true);
      setError(undefined);
      void call().then((failure) => {
        if (failure === undefined) {
          onClose();
          return;
        }
        setError(failure);
        setBusy(false);
      });
    },
  };
}

export type DialogAction = ReturnType<typeof useDialogAction>;
