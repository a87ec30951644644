import type { DownloadedFile } from './office-http';

/**
 * Documents need the sign-in's bearer token, so a plain link cannot fetch them: the file is
 * fetched, then handed to the browser as an object URL to save or to show in a tab. The URL is
 * let go after a minute, long enough for the browser to have read it.
 */
const RELEASE_AFTER_MS = 60_000;

function objectUrl(file: DownloadedFile): string {
  const url = URL.createObjectURL(file.blob);
  window.setTimeout(() => {
    URL.revokeObjectURL(url);
  }, RELEASE_AFTER_MS);
  return url;
}

/** Saves the file under the name the server gave it. */
export function saveFile(file: DownloadedFile, fallbackName: string): void {
  const link = document.createElement('a');
  link.href = objectUrl(file);
  link.download = file.fileName ?? fallbackName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
}

/**
 * Opens a tab at once (while the click still counts as the person's, so it is not blocked as a
 * pop-up) and shows the file in it when it arrives; if the file cannot be fetched the tab is
 * closed again and the promise rejects with the reason.
 */
export function openTabFor(fetchFile: () => Promise<DownloadedFile>): Promise<void> {
  const tab = window.open('', '_blank');
  return fetchFile().then(
    (file) => {
      const url = objectUrl(file);
      if (tab) tab.location.href = url;
      else window.location.assign(url);
    },
    (error: unknown) => {
      tab?.close();
      throw error;
    },
  );
}
