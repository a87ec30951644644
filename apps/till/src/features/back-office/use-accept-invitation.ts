import { useLocation, useNavigate } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { errorCode } from './office-errors';
import { tokenFromHash } from './office-paths';
import { officeApi, officeSession } from './office-services';
import { useOfficeCall } from './use-office-call';

/** Someone new makes an account; someone with one signs in first (the server insists). */
export type AcceptMode = 'new' | 'existing';

export function useAcceptInvitation() {
  const navigate = useNavigate();
  const token = tokenFromHash(useLocation({ select: (l) => l.hash }));
  const [mode, setMode] = useState<AcceptMode>('new');
  const call = useOfficeCall();

  useEffect(() => {
    void officeSession.restore();
  }, []);

  async function run(step: () => Promise<void>) {
    if (!token) return;
    await call.run(
      async () => {
        await step();
        await officeSession.reloadMe();
        await navigate({ to: '/admin' });
      },
      (failure) => {
        if (errorCode(failure) === 'SIGN_IN_TO_ACCEPT') setMode('existing');
      },
    );
  }

  return {
    token,
    mode,
    switchTo: (next: AcceptMode) => {
      setMode(next);
      call.clearError();
    },
    busy: call.busy,
    error: call.error,
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
