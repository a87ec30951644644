import './app/zod-under-csp';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { router } from './app/router';
import { db, hardware, syncEngine } from './app/services';
import { watchPinAudit } from './features/sign-in/pin-audit';
import { loadTillSession, tillSession } from './app/till-session-store';
import { screenLockStore } from './features/idle-lock/screen-lock';
import { removedNotice, watchSignedInStaff } from './features/sign-in/signed-in-staff';
import { registerServiceWorker } from './features/update/sw-update';
import './styles/base.css';
import './styles/layout.css';
import './styles/components.css';
import './styles/printing.css';
import './styles/tabs.css';
import './styles/selling.css';

async function boot(root: HTMLElement): Promise<void> {
  const reactRoot = createRoot(root);
  try {
    const { enrolment } = await loadTillSession(db);
    if (enrolment) syncEngine.start();
    // Also for a till paired later in this session: without a signed-in person it does nothing.
    watchPinAudit(db, () => {
      syncEngine.requestPush();
    });
    // The signed-in person's role follows pulls at once; someone removed from this store is signed out.
    watchSignedInStaff(db, (change) => {
      const { actor } = tillSession.getState();
      if (change.kind === 'updated') {
        if (actor?.id === change.actor.id) tillSession.setState({ actor: change.actor });
        return;
      }
      screenLockStore.setState({ lock: undefined });
      tillSession.setState({ actor: undefined, signedOutNotice: removedNotice(actor?.id === change.staffId ? actor.name : undefined) });
      void router.navigate({ to: '/sign-in' });
    });
    // Paired printers reconnect and waiting receipts resume; never awaited: the till opens at once.
    void hardware.start();
  } catch (error) {
    reactRoot.render(<StartupError error={error} />);
    return;
  }
  reactRoot.render(
    <StrictMode>
      <RouterProvider router={router} />
    </StrictMode>,
  );
}

/** The till cannot open its local database (e.g. storage disabled): say so plainly. */
function StartupError({ error }: { error: unknown }) {
  return (
    <main className="onboard">
      <div className="onboard-card">
        <h1>The till cannot start</h1>
        <p className="alert" role="alert">
          Local storage could not be opened: {error instanceof Error ? error.message : String(error)}
        </p>
        <p className="muted">Check that this browser allows site data for the till, then reload.</p>
      </div>
    </main>
  );
}

const root = document.getElementById('root');
if (root) void boot(root);
if (import.meta.env.PROD) registerServiceWorker();
