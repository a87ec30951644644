import { outboxExportFileName, serializeOutboxExport, type OutboxExport } from '../../sync-client/outbox-export';

/** Hands the file to the browser's downloads (a Blob behind an <a download>); returns its name. */
export function downloadOutboxExport(file: OutboxExport): string {
  const fileName = outboxExportFileName(file);
  const url = URL.createObjectURL(new Blob([serializeOutboxExport(file)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the click; the URL can go once the browser has read it.
  window.setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 10_000);
  return fileName;
}
