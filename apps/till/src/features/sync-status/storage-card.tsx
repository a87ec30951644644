import { formatBytes, STORAGE_PRESSURE_RATIO, type StorageSummary } from './storage-estimate';
import { requestPersistence } from './use-storage-status';

/** Used / quota as a meter, whether the browser promised to keep the data, and a pressure warning. */
export function StorageCard({ summary }: { summary: StorageSummary | undefined }) {
  if (!summary) return <p className="muted storage-card">Reading storage…</p>;
  const { usage, quota, ratio, pressure, persisted } = summary;
  const percent = ratio === undefined ? undefined : Math.min(100, Math.round(ratio * 100));
  const shown = percent === undefined ? undefined : percent === 0 && ratio !== undefined && ratio > 0 ? 'under 1%' : `${percent}%`;
  return (
    <div className={pressure ? 'storage-card storage-card-pressure' : 'storage-card'}>
      <div className="storage-card-row">
        <span className="storage-card-label">Storage on this device</span>
        <span className="storage-card-figure">
          {usage !== undefined && quota !== undefined ? `${formatBytes(usage)} of ${formatBytes(quota)}` : 'The browser does not say'}
          {shown !== undefined ? ` · ${shown}` : ''}
        </span>
      </div>
      {percent !== undefined && shown !== undefined ? (
        <div className="storage-meter" role="meter" aria-label="Storage used" aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} aria-valuetext={`${shown} used`}>
          <span style={{ width: `${Math.max(percent, 1)}%` }} />
        </div>
      ) : null}
      {pressure ? (
        <p className="storage-warning" role="alert">
          Storage is over {Math.round(STORAGE_PRESSURE_RATIO * 100)}% full. Sync, then free space on this device (other sites’ data, downloads) before the till can no longer save
          sales.
        </p>
      ) : null}
      <div className="storage-card-row storage-card-row-stacked">
        <span className="storage-card-label">Persistent storage</span>
        {persisted === true ? (
          <span className="storage-persist storage-persist-yes">Granted: the browser will not clear it</span>
        ) : persisted === false ? (
          <span className="storage-persist">
            <span className="storage-persist-no">Not granted: may be cleared when space runs low</span>
            <button type="button" className="btn btn-ghost btn-sm" onClick={() => void requestPersistence()}>
              Ask again
            </button>
          </span>
        ) : (
          <span className="storage-persist">Unknown in this browser</span>
        )}
      </div>
    </div>
  );
}
