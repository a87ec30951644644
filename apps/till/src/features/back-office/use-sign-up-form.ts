import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { officeErrorMessage } from './office-errors';
import { officeApi } from './office-services';
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
      await navigate({ to: '/admin' });
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
