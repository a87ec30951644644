import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { officeErrorMessage } from './office-errors';
import { officeApi, officeSession } from './office-services';
import type { SignUpInput } from './office-api';

export function useSignUpForm() {
  const navigate = useNavigate();
  const [input, setInput] = useState<SignUpInput>({ name: '', email: '', password: '', organisationName: '', businessType: 'retailer' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();

  async function submit() {
    setBusy(true);
    setError(undefined);
    try {
      await officeApi.signUp(input);
      // A new business starts with its set-up wizard.
      const state = officeSession.store.getState();
      const orgId = state.status === 'signed-in' ? state.memberships[0]?.organisationId : undefined;
      await (orgId ? navigate({ to: '/admin/org/$orgId/setup', params: { orgId } }) : navigate({ to: '/admin' }));
    } catch (failure) {
      setError(officeErrorMessage(failure));
      setBusy(false);
    }
  }

  return {
    input,
    set: <K extends keyof SignUpInput>(key: K, value: SignUpInput[K]) => {
      setInput((current) => ({ ...current, [key]: value }));
    },
    busy,
    error,
    submit: () => void submit(),
  };
}
