import type { PrintJob } from '@tillsafe/hardware';
import { jobSummary, shortTime } from './status-text';
import { StatusPill } from './status-pill';

export interface PrintJobRowProps {
  job: PrintJob;
  printerName: string;
  onRetry: () => void;
  onDiscard: () => void;
  onReprint: () => void;
}

const kindIcons: Record<PrintJob['kind'], string> = {
  receipt: 'M7 3h10v18l-2.5-1.5L12 21l-2.5-1.5L7 21V3zM10 8h4M10 12h4',
  refund: 'M7 3h10v18l-2.5-1.5L12 21l-2.5-1.5L7 21V3zM10 10h4',
  ticket: 'M5 5h14v14H5zM9 9h6M9 13h4',
  report: 'M6 3h12v18H6zM9 8h6M9 12h6M9 16h3',
  drawer: 'M3 8h18v11H3zM3 12h18M10 15h4',
  test: 'M7 3h10v18H7zM10 7h4M10 11h4M10 15h2',
};

/** One print in the queue or the history: what it is, where it goes, how it went, what to do. */
export function PrintJobRow({ job, printerName, onRetry, onDiscard, onReprint }: PrintJobRowProps) {
  const status = jobSummary(job);
  const meta = [
    printerName,
    shortTime(job.createdAt),
    job.attempts > 1 ? `${job.attempts} attempts` : null,
    job.drawerOpened === true ? 'drawer opened' : null,
    job.drawerOpened === false && job.state === 'done' ? 'drawer not opened (too late)' : null,
  ].filter(Boolean);
  return (
    <li className={`job job-${status.tone}`} aria-label={job.label}>
      <span className="job-icon" aria-hidden="true">
        <svg width="20" height="20" viewBox="0 0 24 24" focusable="false">
          <path d={kindIcons[job.kind]} fill="none" stroke="currentColor" strokeWidth="1.7" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
      </span>
      <div className="job-main">
        <div className="job-title">{job.label}</div>
        <div className="job-meta">{meta.join(' · ')}</div>
        {job.lastError && job.state !== 'done' ? <div className="job-error">{job.lastError.message}</div> : null}
      </div>
      <StatusPill tone={status.tone} text={status.text} />
      <div className="job-actions">
        {job.state === 'queued' || job.state === 'failed' ? (
          <>
            <button type="button" className="btn btn-primary btn-sm" onClick={onRetry}>
              Retry
            </button>
            <button type="button" className="btn btn-ghost btn-sm" onClick={onDiscard}>
              Discard
            </button>
          </>
        ) : null}
        {job.state === 'done' && job.kind !== 'drawer' ? (
          <button type="button" className="btn btn-ghost btn-sm" onClick={onReprint}>
            Reprint
          </button>
        ) : null}
      </div>
    </li>
  );
}
