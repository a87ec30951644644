import type { AgeCheck } from '@tillsafe/domain';
import { useEffect, useMemo, useRef, useState } from 'react';
import { decideAgeCheck, type AgeCheckDecision, type AgeCheckInput, type AgeCheckSetup } from './age-check-state';
import { dateFormatOf, formatTypedDate, parseTypedDate, type DateFormat } from './date-entry';
import { localInstant } from './local-instant';

/** A keyboard-wedge scanner types a licence's few hundred characters in well under this; then the scan is read. */
export const SCAN_SETTLE_MS = 250;

export interface UseAgeCheckOptions {
  setup: AgeCheckSetup;
  locale: string;
  now: () => Date;
  onPassed: (check: AgeCheck) => void;
}

export function useAgeCheck({ setup, locale, now, onPassed }: UseAgeCheckOptions) {
  const format = useMemo(() => dateFormatOf(locale), [locale]);
  const [scan, setScan] = useState('');
  const [dob, setDob] = useState('');
  const [decision, setDecision] = useState<AgeCheckDecision | null>(null);
  const scanRef = useRef<HTMLTextAreaElement>(null);

  const decide = (input: AgeCheckInput) => {
    const next = decideAgeCheck(setup, input, localInstant(now()));
    setDecision(next);
    // A refused scan stays selected, so the next scan replaces it.
    if (input.method === 'id_scanned' && next.kind === 'invalid') scanRef.current?.select();
  };

  // The scan is read once the scanner has stopped typing: its line ends arrive as Enter presses.
  useEffect(() => {
    if (!scan.trim()) return;
    const timer = window.setTimeout(() => {
      decide({ method: 'id_scanned', scanned: scan });
    }, SCAN_SETTLE_MS);
    return () => {
      window.clearTimeout(timer);
    };
    // Only a new scan restarts the wait; decide reads the setup of the latest render.
  }, [scan]);

  const typed = parseTypedDate(dob, format);
  return {
    format,
    scan,
    scanRef,
    setScan: (text: string) => {
      setScan(text);
      setDecision(null);
    },
    dob,
    /** What was typed, with the locale's separators put in as digits arrive (never when deleting). */
    setDob: (text: string) => {
      setDob(text.length > dob.length ? retype(text, format) : text);
      setDecision(null);
    },
    typedDate: typed.ok ? typed.date : null,
    checkTyped: () => {
      decide({ method: 'dob_entered', typed: dob, format });
    },
    checkVisual: () => {
      decide({ method: 'visual_over_threshold' });
    },
    decision,
    reset: () => {
      setDecision(null);
      setScan('');
      setDob('');
    },
    continueToPayment: () => {
      if (decision?.kind === 'passed') onPassed(decision.check);
    },
  };
}

/** Typed digits with the locale's own separators re-laid as they grow; anything else as typed. */
function retype(text: string, format: DateFormat): string {
  const digits = text.split(format.separator).join('');
  return /^\d+$/.test(digits) ? formatTypedDate(digits, format) : text;
}
