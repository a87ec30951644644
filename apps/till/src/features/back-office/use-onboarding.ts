import { createContext, useContext, useEffect, useRef } from 'react';
import { allows } from './grants';
import type { OfficeOrg } from './office-org';
import { officeSession, onboardingApi } from './office-services';
import type { OnboardingView } from './onboarding-schemas';
import { useResource, type Resource } from './use-resource';

/**
 * The organisation's set-up (the wizard's view), loaded once by the back office's frame and shared
 * with its pages, so saving a step also updates the sidebar. Only people who may run the wizard
 * (`catalog.edit` for the whole organisation) load it; for anyone else it stays undefined.
 */
export const OnboardingContext = createContext<Resource<OnboardingView | undefined> | undefined>(undefined);

export function useOnboarding(): Resource<OnboardingView | undefined> {
  const onboarding = useContext(OnboardingContext);
  if (!onboarding) throw new Error('useOnboarding is used outside the back office’s frame');
  return onboarding;
}

/** Owners and organisation-wide managers set the business up and send its documents. */
export function maySetUp(org: OfficeOrg): boolean {
  return allows(org.roles, 'catalog.edit', null);
}

export function useOnboardingResource(org: OfficeOrg | undefined): Resource<OnboardingView | undefined> {
  const enabled = org !== undefined && maySetUp(org);
  const onboarding = useResource(`onboarding:${org?.id ?? ''}:${String(enabled)}`, () => (org && enabled ? onboardingApi.view(org.id) : Promise.resolve(undefined)));
  useApprovalFollows(org, onboarding.data?.organisation.approval);
  return onboarding;
}

/**
 * The session's memberships carry the approval as it was at sign-in; when the server says it has
 * changed since (approved, rejected, back to pending after an upload) the person's memberships
 * are read again, so the banner and the Pair button follow. Once per value seen, never in a loop.
 */
function useApprovalFollows(org: OfficeOrg | undefined, approval: string | undefined): void {
  const asked = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (!org || approval === undefined || approval === org.approval) return;
    const key = `${org.id}:${approval}`;
    if (asked.current === key) return;
    asked.current = key;
    void officeSession.reloadMe().catch(() => undefined);
  }, [org, approval]);
}
