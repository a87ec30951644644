import { useNavigate } from '@tanstack/react-router';
import { db } from '../../app/services';
import { tillSession } from '../../app/till-session-store';
import { endSession } from '../sign-in/staff-session';
import { cartStore } from './cart-store';

/** Ends the staff session; the till stays paired and its outbox keeps syncing. */
export function useSignOut() {
  const navigate = useNavigate();
  return () => {
    void (async () => {
      await endSession(db);
      cartStore.getState().clear();
      tillSession.setState({ actor: undefined });
      await navigate({ to: '/sign-in' });
    })();
  };
}
