import { useState } from 'react';
import { db } from '../../app/services';
import { tillSession } from '../../app/till-session-store';
import { buildOutboxExport, type ExportReason } from '../../sync-client/outbox-export';
import { downloadOutboxExport } from './download-export';
import { rememberExport } from './saved-exports';

export type ExportPhase = { step: 'idle' } | { step: 'exporting' } | { step: 'saved'; fileName: string } | { step: 'failed'; message: string };

/** Builds the outbox file from Dexie, downloads it and remembers it for this session. */
export function useOutboxExport() {
  const [phase, setPhase] = useState<ExportPhase>({ step: 'idle' });

  /** True once the file was handed to the browser. */
  async function exportNow(reason: ExportReason): Promise<boolean> {
    setPhase({ step: 'exporting' });
    try {
      const actor = tillSession.getState().actor;
      const file = await buildOutboxExport(db, { reason, exportedBy: actor ? { id: actor.id, name: actor.name } : undefined });
      const fileName = downloadOutboxExport(file);
      rememberExport(file, fileName);
      setPhase({ step: 'saved', fileName });
      return true;
    } catch (error) {
      setPhase({ step: 'failed', message: `The export file could not be made: ${error instanceof Error ? error.message : String(error)}` });
      return false;
    }
  }

  return { phase, exportNow };
}
