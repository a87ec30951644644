import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { officeSession } from './office-services';
import { useOfficeCall } from './use-office-call';

export function useSignInForm(after: () => Promise<void> = () => Promise.resolve()) {
  const navigate = useNavigate();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const call = useOfficeCall();

  const submit = () =>
    call.run(async () => {
      await officeSession.signIn(email, password);
      await after();
      await navigate({ to: '/admin' });
    });

  return { email, setEmail, password, setPassword, busy: call.busy, error: call.error, submit: () => void submit() };
}
