import type { TabLineRecord } from '@tillsafe/sync';
import { useEffect, useMemo, useRef, useState } from 'react';
import { db, hardware } from '../../app/services';
import { useLiveQuery } from '../../lib/use-live-query';
import { localTimeZone } from '../printing/sale-receipt';
import { useHardware } from '../printing/use-hardware';
import { loadTabTickets, sendTabTicket, type TabTicketErrorCode } from './send-tab-ticket';
import { printStatus } from './ticket-print-status';
import { lineSendState, pendingTicketLines, sentLines, type LineSendState, type TabTicket } from './tab-ticket-state';
import type { TillFrame } from './tabs-layout';

export interface SendOutcome {
  tone: 'error' | 'info';
  text: string;
  code?: TabTicketErrorCode;
}

/** Sends the tab's pending ticket with Ctrl+Enter, unless a dialog is open. */
export const SEND_SHORTCUT = 'Control+Enter';

/**
 * A tab's bar/kitchen tickets on this till: each line's send state, what is still to send, the
 * last ticket's print status (from the print queue, live), and `send()`. Sending never blocks the
 * tab: it only queues print jobs, and a failure shows on the tab with nothing stored.
 */
export function useTabTickets(tabId: string, lines: readonly TabLineRecord[], frame: Pick<TillFrame, 'enrolment' | 'actor' | 'catalog'>) {
  const { enrolment, actor, catalog } = frame;
  const movedFrom = [...new Set(lines.map((l) => l.movedFrom).filter((id): id is string => id !== null))].sort().join(',');
  const tickets = useLiveQuery(() => loadTabTickets(db, tabId, movedFrom ? movedFrom.split(',') : []), [tabId, movedFrom]);
  const sent = useMemo(() => sentLines(tickets ?? []), [tickets]);
  const pending = useMemo(() => (tickets ? pendingTicketLines(lines, sent, enrolment.deviceId) : []), [tickets, lines, sent, enrolment.deviceId]);
  const jobs = useHardware((s) => s.jobs);
  const devices = useHardware((s) => s.devices);
  const last = latest(tickets ?? []);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<SendOutcome | undefined>(undefined);
  const sending = useRef(false);

  async function send(): Promise<boolean> {
    // One ticket at a time: a double tap must not print the round twice.
    if (sending.current) return false;
    sending.current = true;
    setBusy(true);
    try {
      const result = await sendTabTicket(db, hardware, tabId, {
        deviceId: enrolment.deviceId,
        server: actor.name,
        store: { name: catalog.channel.name, currency: catalog.channel.currency, locale: catalog.channel.locale },
        products: catalog.productsById,
        timeZone: localTimeZone(),
      });
      if (!result.ok) {
        setOutcome({ tone: result.error.code === 'NOTHING_TO_SEND' ? 'info' : 'error', text: result.error.message, code: result.error.code });
        return result.error.code === 'NOTHING_TO_SEND';
      }
      setOutcome(undefined);
      return true;
    } catch (error) {
      setOutcome({ tone: 'error', text: `Nothing was sent: ${error instanceof Error ? error.message : String(error)}` });
      return false;
    } finally {
      sending.current = false;
      setBusy(false);
    }
  }

  const printerName = (id: string) => devices.find((d) => d.id === id)?.label ?? 'a removed printer';
  return {
    ready: tickets !== undefined,
    pendingCount: pending.length,
    stateOf: (line: TabLineRecord): LineSendState => lineSendState(line, sent.get(line.id), enrolment.deviceId),
    last,
    lastStatus: last ? printStatus(jobs.filter((j) => j.documentId === last.id), printerName) : undefined,
    busy,
    outcome,
    dismiss: () => {
      setOutcome(undefined);
    },
    send,
  };
}

export type TabTickets = ReturnType<typeof useTabTickets>;

function latest(tickets: readonly TabTicket[]): TabTicket | undefined {
  return tickets.reduce<TabTicket | undefined>((a, b) => (!a || b.sentAt > a.sentAt ? b : a), undefined);
}

/** Ctrl+Enter sends, from anywhere on the tab (the search box too) but not from inside a dialog. */
export function useSendShortcut(enabled: boolean, send: () => void) {
  const latestSend = useRef(send);
  latestSend.current = send;
  useEffect(() => {
    if (!enabled) return undefined;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Enter' || !event.ctrlKey || event.altKey || event.metaKey || event.shiftKey) return;
      if (document.querySelector('dialog[open]')) return;
      event.preventDefault();
      latestSend.current();
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
    };
  }, [enabled]);
}
