import { createRootRoute, createRoute, createRouter, Navigate, Outlet, redirect } from '@tanstack/react-router';
import { AcceptInvitationPage } from '../features/back-office/accept-invitation-page';
import { ApprovalPage } from '../features/back-office/approval-page';
import { businessStatusFilterSchema, type BusinessStatusFilter } from '../features/back-office/business-schemas';
import { BusinessReviewPage } from '../features/back-office/business-review-page';
import { BusinessesPage } from '../features/back-office/businesses-page';
import { CatalogPage } from '../features/back-office/catalog-page';
import { QuickKeysPage } from '../features/back-office/quick-keys-page';
import { CheckoutSettingsPage } from '../features/back-office/checkout-settings-page';
import { ForgotPasswordPage } from '../features/back-office/forgot-password-page';
import { MembersPage } from '../features/back-office/members-page';
import { AuditPage } from '../features/back-office/audit-page';
import { TillPinPage } from '../features/back-office/till-pin-page';
import { goToOfficeHome, requireOfficeSession, requireOrganisation, requirePlatformAdmin, skipWhenSignedIn } from '../features/back-office/office-guards';
import { OfficeLayout } from '../features/back-office/office-layout';
import { OnboardingPage } from '../features/back-office/onboarding-page';
import { OrgHomePage } from '../features/back-office/org-home-page';
import { OrganisationsPage } from '../features/back-office/organisations-page';
import { PlatformLayout } from '../features/back-office/platform-layout';
import { ResetPasswordPage } from '../features/back-office/reset-password-page';
import { SignInPage as OfficeSignInPage } from '../features/back-office/sign-in-page';
import { SignUpPage } from '../features/back-office/sign-up-page';
import { TillSideOnly } from '../features/back-office/till-side-only';
import { TillsPage } from '../features/back-office/tills-page';
import { IdleLock } from '../features/idle-lock/idle-lock';
import { loadScreenLockOnce } from '../features/idle-lock/screen-lock';
import { PairScreen } from '../features/pair/pair-screen';
import { PrinterSettingsScreen } from '../features/printing/printer-settings-screen';
import { ReturnsScreen } from '../features/returns/returns-screen';
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
      <TillSideOnly>
        <IdleLock />
      </TillSideOnly>
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

/** Returns and refunds: find a sale by its receipt (or day and customer) and refund lines of it. */
const returnsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/returns',
  beforeLoad: () => {
    goToLanding('/sell');
  },
  component: ReturnsScreen,
});

/** Printers & devices: for anyone signed in at this till (changing them needs device.manage). */
const printerSettingsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/settings/printers',
  beforeLoad: () => {
    goToLanding('/sell');
  },
  component: PrinterSettingsScreen,
});

/**
 * The back office (issue 4): owners and managers sign in with email and password — a session of
 * its own, not the till's staff PIN — to pair, rename and revoke tills and manage members.
 */
const adminRoute = createRoute({ getParentRoute: () => rootRoute, path: '/admin', component: Outlet });
const adminIndexRoute = createRoute({ getParentRoute: () => adminRoute, path: '/', beforeLoad: goToOfficeHome });
const adminSignInRoute = createRoute({ getParentRoute: () => adminRoute, path: 'sign-in', beforeLoad: skipWhenSignedIn, component: OfficeSignInPage });
const adminSignUpRoute = createRoute({ getParentRoute: () => adminRoute, path: 'sign-up', beforeLoad: skipWhenSignedIn, component: SignUpPage });
const adminForgotRoute = createRoute({ getParentRoute: () => adminRoute, path: 'forgot-password', component: ForgotPasswordPage });
const adminOrganisationsRoute = createRoute({ getParentRoute: () => adminRoute, path: 'organisations', beforeLoad: requireOfficeSession, component: OrganisationsPage });
const adminOrgRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: 'org/$orgId',
  beforeLoad: ({ params }) => requireOrganisation(params.orgId),
  component: OfficeLayout,
});
const adminOrgIndexRoute = createRoute({ getParentRoute: () => adminOrgRoute, path: '/', component: OrgHomePage });
const adminTillsRoute = createRoute({ getParentRoute: () => adminOrgRoute, path: 'tills', component: TillsPage });
const adminMembersRoute = createRoute({ getParentRoute: () => adminOrgRoute, path: 'members', component: MembersPage });
const adminCatalogRoute = createRoute({ getParentRoute: () => adminOrgRoute, path: 'catalog', component: CatalogPage });
const adminQuickKeysRoute = createRoute({ getParentRoute: () => adminOrgRoute, path: 'quick-keys', component: QuickKeysPage });
const adminCheckoutRoute = createRoute({ getParentRoute: () => adminOrgRoute, path: 'checkout', component: CheckoutSettingsPage });
const adminAuditRoute = createRoute({ getParentRoute: () => adminOrgRoute, path: 'audit', component: AuditPage });
const adminTillPinRoute = createRoute({ getParentRoute: () => adminOrgRoute, path: 'till-pin', component: TillPinPage });
/** A new business's set-up wizard, and its approval (status and documents). */
const adminSetupRoute = createRoute({ getParentRoute: () => adminOrgRoute, path: 'setup', component: OnboardingPage });
const adminApprovalRoute = createRoute({ getParentRoute: () => adminOrgRoute, path: 'approval', component: ApprovalPage });
/** Platform administrators review new businesses; `?status=` picks which. */
const adminBusinessesRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: 'businesses',
  beforeLoad: requirePlatformAdmin,
  validateSearch: (search: Record<string, unknown>): { status?: BusinessStatusFilter } => {
    const status = businessStatusFilterSchema.safeParse(search.status);
    return status.success ? { status: status.data } : {};
  },
  component: PlatformLayout,
});
const adminBusinessesIndexRoute = createRoute({ getParentRoute: () => adminBusinessesRoute, path: '/', component: BusinessesPage });
const adminBusinessRoute = createRoute({ getParentRoute: () => adminBusinessesRoute, path: '$orgId', component: BusinessReviewPage });
/** The links the server mails (`#token=…`). */
const resetPasswordRoute = createRoute({ getParentRoute: () => rootRoute, path: '/reset-password', component: ResetPasswordPage });
const acceptInvitationRoute = createRoute({ getParentRoute: () => rootRoute, path: '/accept-invitation', component: AcceptInvitationPage });

const officeRoutes = [
  adminRoute.addChildren([
    adminIndexRoute,
    adminSignInRoute,
    adminSignUpRoute,
    adminForgotRoute,
    adminOrganisationsRoute,
    adminOrgRoute.addChildren([adminOrgIndexRoute, adminTillsRoute, adminMembersRoute, adminCatalogRoute, adminQuickKeysRoute, adminCheckoutRoute, adminAuditRoute, adminTillPinRoute, adminSetupRoute, adminApprovalRoute]),
    adminBusinessesRoute.addChildren([adminBusinessesIndexRoute, adminBusinessRoute]),
  ]),
  resetPasswordRoute,
  acceptInvitationRoute,
];

export const router = createRouter({
  routeTree: rootRoute.addChildren([indexRoute, pairRoute, signInRoute, sellRoute, tabsRoute.addChildren([tabsIndexRoute, tabRoute]), returnsRoute, printerSettingsRoute, ...officeRoutes]),
  defaultPreload: false,
});

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
