import { useLocation } from '@tanstack/react-router';
import { useState } from 'react';
import { officeErrorMessage } from './office-errors';
import { tokenFromHash } from './office-paths';
import { officeApi } from './office-services';

export function useResetPassword() {
  const token = tokenFromHash(useLocation({ select: (l) => l.hash }));
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [phase, setPhase] = useState<{ step: 'form'; error: string | undefined } | { step: 'saving' } | { step: 'done' }>({ step: 'form', error: undefined });

  async function submit() {
    if (!token) return;
    if (password !== repeat) {
      setPhase({ step: 'form', error: 'The two passwords are not the same. Type the new password twice.' });
      return;
    }
    setPhase({ step: 'saving' });
    try {
      await officeApi.confirmPasswordReset(token, password);
      setPhase({ step: 'done' });
    } catch (error) {
      setPhase({ step: 'form', error: officeErrorMessage(error) });
    }
  }

  return { token, password, setPassword, repeat, setRepeat, phase, submit: () => void submit() };
}
