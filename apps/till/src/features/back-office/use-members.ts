import { useCallback } from 'react';
import type { MemberChange } from './office-api';
import { officeErrorMessage } from './office-errors';
import { useOfficeOrg } from './office-org';
import { officeApi, officeSession } from './office-services';
import { useResource } from './use-resource';

/** Members and pending invitations; each change answers an error sentence or undefined. */
export function useMembers() {
  const org = useOfficeOrg();
  const people = useResource(`members:${org.id}`, () => officeApi.listMembers(org.id));
  const channels = useResource(`channels:${org.id}`, () => officeApi.listChannels(org.id));
  const { reload } = people;

  const attempt = useCallback(
    async (change: () => Promise<unknown>): Promise<string | undefined> => {
      try {
        await change();
        await reload();
        // The person may have changed their own role.
        await officeSession.reloadMe().catch(() => undefined);
        return undefined;
      } catch (error) {
        return officeErrorMessage(error);
      }
    },
    [reload],
  );

  return {
    people,
    channels,
    invite: (email: string, change: MemberChange) => attempt(() => officeApi.invite(org.id, { email, ...change })),
    change: (membershipId: string, change: MemberChange) => attempt(() => officeApi.changeMember(org.id, membershipId, change)),
    remove: (membershipId: string) => attempt(() => officeApi.removeMember(org.id, membershipId)),
  };
}
