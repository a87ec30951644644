import { z } from 'zod';
import { ApiError, NetworkError } from './api-client';

export interface SyncFailure {
  /** The server could not be reached: the till is offline, which is not an error. */
  offline: boolean;
  /** A sentence for the sync panel; undefined when simply offline. */
  message: string | undefined;
}

const seqGapDetailsSchema = z.object({ expectedSeq: z.int() });

export function describeSyncError(error: unknown): SyncFailure {
  if (error instanceof NetworkError) return { offline: true, message: undefined };
  if (error instanceof ApiError) {
    if (error.code === 'SEQ_GAP') {
      const details = seqGapDetailsSchema.safeParse(error.details);
      const expected = details.success ? ` expected change #${details.data.expectedSeq}` : ' found a gap in the changes';
      return { offline: false, message: `Sync stopped: the server${expected} (SEQ_GAP). Pending sales are kept.` };
    }
    if (error.status === 401 || error.status === 403) {
      return { offline: false, message: `Sync refused: ${error.message} (${error.code}). This till may need to be paired again; pending sales are kept.` };
    }
    return { offline: false, message: `Sync error: ${error.message} (${error.code}).` };
  }
  return { offline: false, message: `Sync error: ${error instanceof Error ? error.message : String(error)}` };
}
