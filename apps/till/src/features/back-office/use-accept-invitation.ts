import { useLocation, useNavigate } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { errorCode, officeErrorMessage } from './office-errors';
import { tokenFromHash } from './office-paths';
import { officeApi, officeSession } from './office-services';

/** Someone new makes an account; someone with one signs in first (the server insists). */
export type AcceptMode = 'new' | 'existing';

export function useAcceptInvitation() {
  const navigate = useNavigate();
  const token = tokenFromHash(useLocation({ select: (l) => l.hash }));
  const [mode, setMode] = useState<AcceptMode>('new');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();

  useEffect(() => {
    void officeSession.restore();
  }, []);

  async function run(step: () => Promise<void>) {
    if (!token) return;
    setBusy(true);
    setError(undefined);
    try {
      await step();
      await officeSession.reloadMe();
      await navigate({ to: '/admin' });
    } catch (failure) {
      if (errorCode(failure) === 'SIGN_IN_TO_ACCEPT') setMode('existing');
      setError(officeErrorMessage(failure));
      setBusy(false);
    }
  }

  return {
    token,
    mode,
    switchTo: (next: AcceptMode) => {
      setMode(next);
      setError(undefined);
    },
    busy,
    error,
    acceptAsNew: (name: string, password: string) => void run(() => officeApi.acceptInvitation(token ?? '', { name, password })),
    signInAndAccept: (email: string, password: string) =>
      void run(async () => {
        await officeSession.signIn(email, password);
        await officeApi.acceptInvitation(token ?? '');
      }),
    acceptSignedIn: () => void run(() => officeApi.acceptInvitation(token ?? '')),
    signOut: () => void officeSession.signOut(),
  };
}
