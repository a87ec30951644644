import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { officeErrorMessage } from './office-errors';
import { officeSession } from './office-services';

export function useSignInForm(after: () => Promise<void> = () => Promise.resolve()) {
  const navigate = useNavigate();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();

  async function submit() {
    setBusy(true);
    setError(undefined);
    try {
      await officeSession.signIn(email, password);
      await after();
      await navigate({ to: '/admin' });
    } catch (failure) {
      setError(officeErrorMessage(failure));
      setBusy(false);
    }
  }

  return { email, setEmail, password, setPassword, busy, error, submit: () => void submit() };
}
