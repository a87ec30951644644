import { useState } from 'react';
import { stepFailure, type StepFailure } from './onboarding-errors';

/**
 * Saving one step of the wizard: busy while the call runs, then either on to the next step or the
 * refusal kept with the field it names. `refuse` shows a check made here before sending.
 */
export function useStepSave(onSaved: () => Promise<void>) {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<StepFailure | undefined>();

  async function save(call: () => Promise<void>) {
    setBusy(true);
    setFailure(undefined);
    try {
      await call();
      await onSaved();
    } catch (error) {
      setFailure(stepFailure(error));
    } finally {
      setBusy(false);
    }
  }

  return {
    busy,
    failure,
    /** The sentence for `field`, when the last refusal named it. */
    errorFor: (field: string): string | undefined => (failure?.field === field ? failure.message : undefined),
    refuse: (field: string | undefined, message: string) => {
      setFailure({ field, message });
    },
    /** The refused field was changed: its sentence goes until the next save says otherwise. */
    clear: () => {
      setFailure(undefined);
    },
    save: (call: () => Promise<void>) => void save(call),
  };
}

export type StepSave = ReturnType<typeof useStepSave>;
