import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { db } from '../../app/services';
import { tillSession } from '../../app/till-session-store';
import type { StaffRow } from '../../db/rows';
import { startSession, verifyPin } from './staff-session';

const MAX_PIN_LENGTH = 8;
/** After this many wrong PINs in a row the pad locks for a while (DESIGN §6). */
const MAX_ATTEMPTS = 5;
const LOCKOUT_MS = 30_000;

export function useSignIn() {
  const navigate = useNavigate();
  const [selected, setSelected] = useState<StaffRow | undefined>(undefined);
  const [pin, setPinState] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const [checking, setChecking] = useState(false);
  const [failures, setFailures] = useState(0);
  const [lockedUntil, setLockedUntil] = useState(0);

  const setPin = (next: string) => {
    setPinState(next.replace(/\D/g, '').slice(0, MAX_PIN_LENGTH));
    setError(undefined);
  };

  const choose = (staff: StaffRow | undefined) => {
    setSelected(staff);
    setPinState('');
    setError(undefined);
  };

  async function signIn() {
    if (!selected || checking) return;
    if (Date.now() < lockedUntil) {
      setError('Too many wrong PINs. Wait 30 seconds and try again.');
      return;
    }
    setChecking(true);
    const ok = await verifyPin(selected, pin);
    if (!ok) {
      const count = failures + 1;
      setFailures(count);
      if (count >= MAX_ATTEMPTS) {
        setLockedUntil(Date.now() + LOCKOUT_MS);
        setFailures(0);
      }
      setPinState('');
      setError('Wrong PIN');
      setChecking(false);
      return;
    }
    await startSession(db, selected);
    tillSession.setState({ actor: selected });
    setChecking(false);
    await navigate({ to: '/sell' });
  }

  return {
    selected,
    choose,
    pin,
    setPin,
    appendDigit: (digit: string) => {
      setPin(pin + digit);
    },
    deleteDigit: () => {
      setPin(pin.slice(0, -1));
    },
    clear: () => {
      setPin('');
    },
    error,
    checking,
    signIn: () => void signIn(),
  };
}
