import { useState } from 'react';
import { officeErrorMessage } from './office-errors';
import { officeApi } from './office-services';

export function useForgotPassword() {
  const [email, setEmail] = useState('');
  const [phase, setPhase] = useState<{ step: 'form'; error: string | undefined } | { step: 'sending' } | { step: 'sent'; email: string }>({ step: 'form', error: undefined });

  async function submit() {
    setPhase({ step: 'sending' });
    try {
      await officeApi.requestPasswordReset(email);
      setPhase({ step: 'sent', email });
    } catch (error) {
      setPhase({ step: 'form', error: officeErrorMessage(error) });
    }
  }

  return { email, setEmail, phase, submit: () => void submit() };
}
