import { enrollRequestSchema } from '@tillsafe/sync';
import { setMeta, type Enrolment } from '../../db/meta';
import type { TillDb } from '../../db/till-db';
import type { SyncApi } from '../../sync-client/api-client';

export class PairingInputError extends Error {}

/**
 * Enrols this till with a pairing code from the back office and stores the device identity.
 * Server refusals surface as ApiError (with the server's sentence), no connection as NetworkError.
 */
export async function pairDevice(db: TillDb, api: SyncApi, input: { pairingCode: string; name: string }): Promise<Enrolment> {
  const request = enrollRequestSchema.safeParse(input);
  if (!request.success) {
    const field = request.error.issues[0]?.path[0] === 'name' ? 'Till name' : 'Pairing code';
    throw new PairingInputError(`${field} is missing or too short.`);
  }
  const response = await api.enroll(request.data);
  const enrolment: Enrolment = { ...response, name: request.data.name };
  await setMeta(db, 'enrolment', enrolment);
  requestPersistentStorage();
  return enrolment;
}

/** Asks the browser not to evict the till's data under storage pressure; refusal is fine. */
function requestPersistentStorage(): void {
  if (typeof navigator === 'undefined' || !('storage' in navigator)) return;
  void navigator.storage.persist().catch(() => false);
}
