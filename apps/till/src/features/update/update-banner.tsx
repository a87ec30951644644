import { useStore } from 'zustand';
import { swUpdate } from './sw-update';

export function UpdateBanner() {
  const waiting = useStore(swUpdate, (s) => s.waiting);
  const apply = useStore(swUpdate, (s) => s.apply);
  if (!waiting) return null;
  return (
    <div className="update-banner" role="region" aria-label="Update available">
      <span>A new version is ready</span>
      <span aria-hidden="true">—</span>
      <button type="button" className="btn btn-sm btn-primary" onClick={apply}>
        Reload
      </button>
    </div>
  );
}
