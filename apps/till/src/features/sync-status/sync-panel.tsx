import { can } from '@tillsafe/domain';
import { useState } from 'react';
import { db, syncEngine } from '../../app/services';
import { useTillSession } from '../../app/till-session-store';
import type { RejectionRow } from '../../db/rows';
import { ModalDialog } from '../../lib/modal-dialog';
import { useLiveQuery } from '../../lib/use-live-query';
import { isOnline } from '../../sync-client/sync-store';
import { IdleLockSetting } from '../idle-lock/idle-lock-setting';
import { DownloadIcon } from '../outbox-export/unsynced-sign-out-dialog';
import { useOutboxExport } from '../outbox-export/use-outbox-export';
import { FlaggedSales } from './flagged-sales';
import { RejectionItem } from './rejection-item';
import { relativeTime } from './relative-time';
import { ResetTillDialog } from './reset-till-dialog';
import { StorageCard } from './storage-card';
import { useNow } from './use-now';
import { useStorageStatus } from './use-storage-status';
import { useSyncState } from './use-sync-state';
import './sync-status.css';

const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

const dismiss = (rejection: RejectionRow) => {
  void db.rejections.delete(rejection.id);
};

export function SyncPanel({ onClose }: { onClose: () => void }) {
  const state = useSyncState((s) => s);
  const rejections = useLiveQuery(() => db.rejections.orderBy('seq').reverse().toArray(), []);
  const storage = useStorageStatus();
  const now = useNow();
  const { phase: exportPhase, exportNow } = useOutboxExport();
  const actor = useTillSession((s) => s.actor);
  const tillName = useTillSession((s) => s.enrolment?.name ?? 'this till');
  const channelId = useTillSession((s) => s.enrolment?.channelId);
  const locale = useLiveQuery(async () => (channelId === undefined ? undefined : (await db.channels.get(channelId))?.locale), [channelId]) ?? 'en-US';
  const [resetting, setResetting] = useState(false);
  const busy = state.pushing || state.pulling;
  const online = isOnline(state);
  const canReset = actor !== undefined && can(actor.role, 'device.manage');

  return (
    <>
      <ModalDialog label="Sync details" onClose={onClose} className="sync-panel" dismissOnBackdrop>
        <header className="modal-header">
          <h2>Sync</h2>
          <button type="button" className="btn btn-ghost btn-icon" aria-label="Close" onClick={onClose}>
            ✕
          </button>
        </header>
        <div className="sync-panel-body">
          <dl className="sync-facts">
            <div>
              <dt>Connection</dt>
              <dd>
                <span className={online ? 'fact-dot fact-dot-ok' : 'fact-dot fact-dot-off'} aria-hidden="true" />
                {online ? 'Online' : 'Offline'}
              </dd>
            </div>
            <div className={state.pending > 0 ? 'fact-attention' : undefined}>
              <dt>Pending changes</dt>
              <dd className="fact-number">{state.pending}</dd>
            </div>
            <div>
              <dt>Last successful sync</dt>
              {state.lastSyncAt ? (
                <dd>
                  {relativeTime(new Date(state.lastSyncAt), now)}
                  <time className="fact-sub" dateTime={state.lastSyncAt}>
                    {timeFormat.format(new Date(state.lastSyncAt))}
                  </time>
                </dd>
              ) : (
                <dd>Not yet</dd>
              )}
            </div>
            <div className={state.lastError ? 'fact-error' : undefined}>
              <dt>Last error</dt>
              <dd>{state.lastError ?? 'None'}</dd>
            </div>
          </dl>

          <StorageCard summary={storage} />

          <section aria-labelledby="rejections-heading">
            <h3 id="rejections-heading" className="sync-subhead">
              Rejected changes <span className="count-pill">{rejections?.length ?? 0}</span>
            </h3>
            {rejections && rejections.length > 0 ? (
              <ul className="rejection-list">
                {rejections.map((rejection) => (
                  <RejectionItem key={rejection.id} rejection={rejection} onDismiss={dismiss} />
                ))}
              </ul>
            ) : (
              <p className="muted sync-note">Nothing was rejected. A change the server refuses is kept here with its reason, never dropped.</p>
            )}
          </section>

          <FlaggedSales locale={locale} />

          <IdleLockSetting />

          {canReset ? (
            <section className="danger-zone" aria-labelledby="reset-heading">
              <div>
                <h3 id="reset-heading">Reset this till</h3>
                <p className="muted">Wipe local data and pair again. Blocked while changes are unsynced, unless exported.</p>
              </div>
              <button
                type="button"
                className="btn btn-danger"
                onClick={() => {
                  setResetting(true);
                }}
              >
                Reset…
              </button>
            </section>
          ) : null}
        </div>
        <footer className="modal-footer sync-panel-footer">
          <div className="sync-export">
            <button type="button" className="btn btn-ghost" onClick={() => void exportNow('manual')} disabled={exportPhase.step === 'exporting'}>
              <DownloadIcon />
              Export
            </button>
            {exportPhase.step === 'saved' ? (
              <span className="sync-export-note" role="status">
                Saved {exportPhase.fileName}
              </span>
            ) : exportPhase.step === 'failed' ? (
              <span className="sync-export-note text-danger" role="alert">
                {exportPhase.message}
              </span>
            ) : (
              <span className="sync-export-note muted">Pending and rejected changes as a JSON file</span>
            )}
          </div>
          <button
            type="button"
            className="btn btn-primary"
            disabled={busy}
            onClick={() => {
              void syncEngine.pushNow().then(() => syncEngine.pullNow());
            }}
          >
            {busy ? 'Syncing…' : 'Sync now'}
          </button>
        </footer>
      </ModalDialog>
      {resetting ? (
        <ResetTillDialog
          tillName={tillName}
          onClose={() => {
            setResetting(false);
          }}
        />
      ) : null}
    </>
  );
}
