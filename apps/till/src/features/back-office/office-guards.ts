import { redirect } from '@tanstack/react-router';
import { organisationsOf } from './office-org';
import { officeSession } from './office-services';

/**
 * Route guards of the back office. It has its own email/password session (office-session.ts),
 * resumed once per page load; the till's staff PIN sign-in plays no part here.
 */

export async function requireOfficeSession(): Promise<void> {
  await officeSession.restore();
  if (officeSession.store.getState().status !== 'signed-in') redirect({ to: '/admin/sign-in', replace: true, throw: true });
}

/** Signed in already: the sign-in and sign-up pages step aside. */
export async function skipWhenSignedIn(): Promise<void> {
  await officeSession.restore();
  if (officeSession.store.getState().status === 'signed-in') redirect({ to: '/admin', replace: true, throw: true });
}

/** `/admin`: sign in first; then the only organisation, or a choice of several; a platform admin with none reviews businesses. */
export async function goToOfficeHome(): Promise<void> {
  await requireOfficeSession();
  const state = officeSession.store.getState();
  const orgs = state.status === 'signed-in' ? organisationsOf(state.memberships) : [];
  if (orgs.length === 0 && state.status === 'signed-in' && state.user.platformAdmin) redirect({ to: '/admin/businesses', search: { status: 'pending' }, replace: true, throw: true });
  if (orgs.length === 1) redirect({ to: '/admin/org/$orgId', params: { orgId: orgs[0]!.id }, replace: true, throw: true });
  redirect({ to: '/admin/organisations', replace: true, throw: true });
}

/** An organisation's pages: only for one of the person's own (the server would answer 404). */
export async function requireOrganisation(orgId: string): Promise<void> {
  await requireOfficeSession();
  const state = officeSession.store.getState();
  if (state.status === 'signed-in' && !state.memberships.some((m) => m.organisationId === orgId)) redirect({ to: '/admin/organisations', replace: true, throw: true });
}

/** The review of new businesses: platform administrators only (the server would answer 403). */
export async function requirePlatformAdmin(): Promise<void> {
  await requireOfficeSession();
  const state = officeSession.store.getState();
  if (state.status === 'signed-in' && !state.user.platformAdmin) redirect({ to: '/admin', replace: true, throw: true });
}
