import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { db, syncApi, syncEngine } from '../../app/services';
import { tillSession } from '../../app/till-session-store';
import { ApiError, NetworkError } from '../../sync-client/api-client';
import { pairDevice, PairingInputError } from './pair-device';

export type PairPhase =
  | { step: 'form'; error: string | undefined }
  | { step: 'pairing' }
  | { step: 'loading'; products: number }
  | { step: 'pull-failed'; message: string };

export function usePair() {
  const navigate = useNavigate();
  const [phase, setPhase] = useState<PairPhase>({ step: 'form', error: undefined });

  async function loadCatalog() {
    setPhase({ step: 'loading', products: 0 });
    const result = await syncEngine.pullNow((progress) => {
      setPhase({ step: 'loading', products: progress.products });
    });
    if (!result.ok) {
      setPhase({ step: 'pull-failed', message: result.message });
      return;
    }
    await finish();
  }

  async function finish() {
    syncEngine.start();
    await navigate({ to: '/sign-in' });
  }

  async function pair(pairingCode: string, name: string) {
    setPhase({ step: 'pairing' });
    try {
      const enrolment = await pairDevice(db, syncApi, { pairingCode, name });
      tillSession.setState({ enrolment });
    } catch (error) {
      setPhase({ step: 'form', error: pairingErrorMessage(error) });
      return;
    }
    await loadCatalog();
  }

  return {
    phase,
    pair: (pairingCode: string, name: string) => void pair(pairingCode, name),
    retryCatalog: () => void loadCatalog(),
    skipCatalog: () => void finish(),
  };
}

function pairingErrorMessage(error: unknown): string {
  if (error instanceof PairingInputError || error instanceof ApiError) return error.message;
  if (error instanceof NetworkError) return 'The server cannot be reached. Pairing needs a connection; check it and try again.';
  return error instanceof Error ? error.message : 'Pairing failed.';
}
