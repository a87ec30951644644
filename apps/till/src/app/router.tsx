import { createRootRoute, createRoute, createRouter, Navigate, Outlet, redirect } from '@tanstack/react-router';
import { IdleLock } from '../features/idle-lock/idle-lock';
import { loadScreenLockOnce } from '../features/idle-lock/screen-lock';
import { PairScreen } from '../features/pair/pair-screen';
import { PrinterSettingsScreen } from '../features/printing/printer-settings-screen';
import { SellScreen } from '../features/sell/sell-screen';
import { SignInScreen } from '../features/sign-in/sign-in-screen';
import { TabScreen } from '../features/tabs/tab-screen';
import { TabsLayout } from '../features/tabs/tabs-layout';
import { TabsScreen } from '../features/tabs/tabs-screen';
import { UpdateBanner } from '../features/update/update-banner';
import { db } from './services';
import { tillSession } from './till-session-store';

/** Where the till belongs right now: pair first, then sign in, then sell. */
function landing(): '/pair' | '/sign-in' | '/sell' {
  const { enrolment, actor } = tillSession.getState();
  if (!enrolment) return '/pair';
  return actor ? '/sell' : '/sign-in';
}

function goToLanding(unless: string): void {
  const target = landing();
  if (target !== unless) redirect({ to: target, replace: true, throw: true });
}

const rootRoute = createRootRoute({
  // A till locked before a reload opens locked, without a glimpse of the screen underneath.
  beforeLoad: () => loadScreenLockOnce(db),
  component: () => (
    <>
      <UpdateBanner />
      <Outlet />
      <IdleLock />
    </>
  ),
  notFoundComponent: () => <Navigate to="/" replace />,
});

const indexRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  beforeLoad: () => {
    goToLanding('/');
  },
});

const pairRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/pair',
  beforeLoad: () => {
    // Pairing stays on its screen while the first catalog pull runs.
    if (tillSession.getState().enrolment === undefined) return;
    goToLanding('/pair');
  },
  component: PairScreen,
});

const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sign-in',
  beforeLoad: () => {
    goToLanding('/sign-in');
  },
  component: SignInScreen,
});

const sellRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sell',
  beforeLoad: () => {
    goToLanding('/sell');
  },
  component: SellScreen,
});

/** Bar tabs: the open tabs of this store, and one tab with its lines, in one frame. */
const tabsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/tabs',
  beforeLoad: () => {
    goToLanding('/sell');
  },
  component: TabsLayout,
});

const tabsIndexRoute = createRoute({ getParentRoute: () => tabsRoute, path: '/', component: TabsScreen });
const tabRoute = createRoute({ getParentRoute: () => tabsRoute, path: '$tabId', component: TabScreen });

/** Printers & devices: for anyone signed in at this till (changing them needs device.manage). */
const printerSettingsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/settings/printers',
  beforeLoad: () => {
    goToLanding('/sell');
  },
  component: PrinterSettingsScreen,
});

export const router = createRouter({
  routeTree: rootRoute.addChildren([indexRoute, pairRoute, signInRoute, sellRoute, tabsRoute.addChildren([tabsIndexRoute, tabRoute]), printerSettingsRoute]),
  defaultPreload: false,
});

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
