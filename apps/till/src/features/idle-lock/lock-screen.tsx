import { useEffect, useRef } from 'react';
import type { StaffRow } from '../../db/rows';
import { UnsyncedSignOutDialog } from '../outbox-export/unsynced-sign-out-dialog';
import { useCart } from '../sell/cart-store';
import { PinForm } from '../sign-in/pin-form';
import { PadlockIcon } from '../sign-in/padlock-icon';
import { initials } from '../sign-in/staff-picker';
import { TillIdentity } from '../sign-in/till-identity';
import { usePinLockouts } from '../sign-in/use-pin-lockouts';
import { useNow } from '../sync-status/use-now';
import { useSwitchUser } from './use-switch-user';
import { useUnlock } from './use-unlock';
import './idle-lock.css';

const timeFormat = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });
const dateFormat = new Intl.DateTimeFormat(undefined, { weekday: 'long', day: 'numeric', month: 'long' });

/**
 * Over everything, after the idle period: the signed-in person's PIN resumes exactly where they
 * were; "Switch user" opens the staff picker for someone else, keeping the cart.
 */
export function LockScreen({ actor }: { actor: StaffRow }) {
  const ref = useLockDialog();
  const now = useNow(10_000);
  const unlock = useUnlock(actor);
  const lockout = usePinLockouts()(actor.id);
  const switchUser = useSwitchUser();
  const saleInProgress = useCart((s) => s.lines.length > 0);

  return (
    <dialog ref={ref} className="lock-screen" aria-label="Till locked">
      <div className="lock-card">
        <aside className="lock-side">
          <TillIdentity className="lock-brand" />
          <div className="lock-clock">
            <time className="lock-time" dateTime={now.toISOString()}>
              {timeFormat.format(now)}
            </time>
            <span className="lock-date">{dateFormat.format(now)}</span>
          </div>
          <div className="lock-state">
            <PadlockIcon size={22} strokeWidth={1.8} />
            <p>Locked after a while without use.{saleInProgress ? ' The sale in progress is kept.' : ''}</p>
          </div>
          <button type="button" className="btn btn-lock-switch" onClick={switchUser.request}>
            <svg width="18" height="18" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
              <circle cx="9" cy="8" r="3.2" fill="none" stroke="currentColor" strokeWidth="1.8" />
              <path d="M3.5 19a5.5 5.5 0 0 1 11 0M16 8h5m0 0-2-2m2 2-2 2M21 15h-5m0 0 2-2m-2 2 2 2" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
            </svg>
            Switch user
          </button>
        </aside>
        <section className="lock-main">
          <PinForm entry={unlock.entry} name={actor.name} lockout={lockout} submitLabel="Unlock" onSubmit={unlock.unlock}>
            <div className="pin-who">
              <span className="avatar avatar-lg" aria-hidden="true">
                {initials(actor.name)}
              </span>
              <div className="lock-who">
                <h1>{actor.name}</h1>
                <span className="lock-hint">Enter your PIN to carry on</span>
              </div>
            </div>
          </PinForm>
        </section>
      </div>
      {switchUser.unsynced ? <UnsyncedSignOutDialog pending={switchUser.unsynced.pending} onStay={switchUser.stay} onSignOut={switchUser.switchUser} /> : null}
    </dialog>
  );
}

/**
 * The lock is a modal <dialog> shown after any dialog already open, so it sits above them in the
 * top layer and makes everything beneath it inert. Esc must not close it; Chrome closes a modal
 * on a repeated Esc even when `cancel` is refused, so a close while locked shows it again.
 */
function useLockDialog() {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const show = () => {
      if (!dialog.open) dialog.showModal();
      dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    };
    const refuse = (event: Event) => {
      event.preventDefault();
    };
    show();
    dialog.addEventListener('cancel', refuse);
    dialog.addEventListener('close', show);
    return () => {
      dialog.removeEventListener('cancel', refuse);
      dialog.removeEventListener('close', show);
      dialog.close();
    };
  }, []);
  return ref;
}
