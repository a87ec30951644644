import type { PrintJob } from '@tillsafe/hardware';
import type { DeviceLinkState } from './hardware-service';

/** How device connections and print jobs read on screen: a tone for colour, a few words. */
export type Tone = 'ok' | 'busy' | 'warn' | 'bad';

export function linkSummary(link: DeviceLinkState | undefined): { tone: Tone; text: string } {
  switch (link?.status) {
    case 'connected':
      if (link.paper === 'out') return { tone: 'bad', text: 'Out of paper' };
      if (link.paper === 'near-end') return { tone: 'warn', text: 'Paper low' };
      return { tone: 'ok', text: link.paper === 'ok' ? 'Connected · paper OK' : 'Connected' };
    case 'connecting':
      return { tone: 'busy', text: 'Connecting…' };
    case 'error':
      return { tone: 'bad', text: 'Problem' };
    case 'unsupported':
      return { tone: 'bad', text: 'Not available here' };
    default:
      return { tone: 'bad', text: 'Not connected' };
  }
}

export function jobSummary(job: PrintJob): { tone: Tone; text: string } {
  switch (job.state) {
    case 'done':
      return { tone: 'ok', text: 'Printed' };
    case 'printing':
      return { tone: 'busy', text: 'Printing' };
    case 'failed':
      return { tone: 'bad', text: 'Failed' };
    case 'queued':
      return job.lastError ? { tone: 'warn', text: 'Waiting' } : { tone: 'busy', text: 'Queued' };
  }
}

export const isWaiting = (job: PrintJob) => job.state !== 'done';

const time = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
const day = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });

/** "14:05:09" today, "3 Mar 14:05:09" before. */
export function shortTime(ms: number, now = Date.now()): string {
  const date = new Date(ms);
  return new Date(now).toDateString() === date.toDateString() ? time.format(date) : `${day.format(date)} ${time.format(date)}`;
}
