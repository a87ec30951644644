import { useCallback } from 'react';
import { officeErrorMessage } from './office-errors';
import { useOfficeOrg } from './office-org';
import { officeApi } from './office-services';
import { useResource } from './use-resource';

/** An organisation's tills, with rename and revoke; each answers an error sentence or undefined. */
export function useTills() {
  const org = useOfficeOrg();
  const devices = useResource(`devices:${org.id}`, () => officeApi.listDevices(org.id));
  const { reload } = devices;

  const rename = useCallback(
    async (deviceId: string, name: string): Promise<string | undefined> => {
      try {
        await officeApi.renameDevice(org.id, deviceId, name);
        await reload();
        return undefined;
      } catch (error) {
        return officeErrorMessage(error);
      }
    },
    [org.id, reload],
  );

  const revoke = useCallback(
    async (deviceId: string): Promise<string | undefined> => {
      try {
        await officeApi.revokeDevice(org.id, deviceId);
        await reload();
        return undefined;
      } catch (error) {
        await reload();
        return officeErrorMessage(error);
      }
    },
    [org.id, reload],
  );

  return { devices, rename, revoke };
}
