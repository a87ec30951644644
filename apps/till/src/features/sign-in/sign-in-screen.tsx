import { useEffect } from 'react';
import { db, liveCatalog, syncEngine } from '../../app/services';
import { useTillSession } from '../../app/till-session-store';
import { useLiveQuery } from '../../lib/use-live-query';
import { SyncBadge } from '../sync-status/sync-badge';
import { PadlockIcon } from './padlock-icon';
import { PinForm } from './pin-form';
import { initials, StaffPicker } from './staff-picker';
import { TillIdentity } from './till-identity';
import { usePinLockouts } from './use-pin-lockouts';
import { useSignIn } from './use-sign-in';
import './sign-in.css';

export function SignInScreen() {
  const staff = useLiveQuery(() => db.staff.orderBy('name').toArray(), []);
  const signIn = useSignIn();
  const lockoutOf = usePinLockouts();
  const lockout = signIn.selected ? lockoutOf(signIn.selected.id) : undefined;
  const signedOutNotice = useTillSession((s) => s.signedOutNotice);
  usePreloadedCatalog();

  return (
    <div className="sign-in">
      <header className="topbar">
        <TillIdentity className="topbar-brand" />
        <div className="topbar-actions">
          <SyncBadge />
        </div>
      </header>

      <main className="sign-in-main">
        <section className="sign-in-staff" aria-labelledby="who-heading">
          <h1 id="who-heading">Who’s selling?</h1>
          {signedOutNotice ? (
            <p className="alert" role="alert">
              {signedOutNotice}
            </p>
          ) : null}
          {staff === undefined ? null : staff.length === 0 ? (
            <div className="empty-state">
              <p>No staff on this till yet. The staff list arrives with the next sync.</p>
              <button type="button" className="btn btn-primary" onClick={() => void syncEngine.pullNow()}>
                Sync now
              </button>
            </div>
          ) : (
            <StaffPicker staff={staff} selectedId={signIn.selected?.id} onChoose={signIn.choose} isLocked={(id) => lockoutOf(id).kind === 'locked'} />
          )}
        </section>

        <section className="sign-in-pin">
          {signIn.selected ? (
            <PinForm key={signIn.selected.id} entry={signIn.entry} name={signIn.selected.name} lockout={lockout} submitLabel="Sign in" onSubmit={signIn.signIn}>
              <div className="pin-who">
                <span className="avatar avatar-lg" aria-hidden="true">
                  {initials(signIn.selected.name)}
                </span>
                <span>{signIn.selected.name}</span>
              </div>
            </PinForm>
          ) : (
            <div className="pin-placeholder">
              <PadlockIcon size={56} strokeWidth={1.6} />
              <p>Tap your name to sign in with your PIN.</p>
            </div>
          )}
        </section>
      </main>
    </div>
  );
}

/**
 * Reads the catalog into memory while the cashier picks a name and types a PIN, when the page is
 * idle, so the sell screen opens on a searchable catalog instead of a loading state.
 */
function usePreloadedCatalog() {
  useEffect(() => {
    const load = () => void liveCatalog.load();
    if (typeof requestIdleCallback !== 'function') {
      const timer = window.setTimeout(load, 200);
      return () => {
        window.clearTimeout(timer);
      };
    }
    const handle = requestIdleCallback(load, { timeout: 2000 });
    return () => {
      cancelIdleCallback(handle);
    };
  }, []);
}
