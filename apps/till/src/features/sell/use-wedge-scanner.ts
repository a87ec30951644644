import { WedgeDetector } from '@tillsafe/hardware';
import { useEffect, useRef } from 'react';

/** A text field as it was when a scan's first key arrived (the key is not in it yet on keydown). */
interface Before {
  field: HTMLInputElement | HTMLTextAreaElement;
  value: string;
  selectionStart: number | null;
  selectionEnd: number | null;
}

/**
 * Keyboard-wedge scans anywhere on the screen, whatever has focus: the search box, another text
 * field, a button or nothing. Keys are watched on the window before anything else sees them and
 * timed by WedgeDetector (@tillsafe/hardware): a run at scanner speed ended by Enter is a scan.
 * Its Enter is kept from the page (so a focused button is not pressed), and if the scanner typed
 * into a text field, the field gets back the text it had before the scan. A person's typing is
 * never fast enough to be a scan, so it is never touched. While a dialog is open the scanner is
 * the dialog's (the age check reads a licence with it).
 */
export function useWedgeScanner(onScan: (code: string) => void): void {
  const latest = useRef(onScan);
  latest.current = onScan;
  useEffect(() => {
    const detector = new WedgeDetector();
    let before: Before | undefined;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.isComposing || event.ctrlKey || event.metaKey || event.altKey || dialogOpen()) {
        detector.reset();
        return;
      }
      const seen = detector.key(event.key, event.timeStamp);
      if (seen.kind === 'char' && seen.run === 1) before = textFieldState(event.target);
      if (seen.kind !== 'scan') return;
      event.preventDefault();
      event.stopPropagation();
      if (before && before.field === event.target) restore(before);
      before = undefined;
      latest.current(seen.code);
    };
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => {
      window.removeEventListener('keydown', onKeyDown, { capture: true });
    };
  }, []);
}

function dialogOpen(): boolean {
  return document.querySelector('dialog[open], [role="dialog"][aria-modal="true"]') !== null;
}

const TEXT_INPUTS: ReadonlySet<string> = new Set(['text', 'search', 'tel', 'number', 'email', 'url', 'password']);

function textFieldState(target: EventTarget | null): Before | undefined {
  const field = target instanceof HTMLTextAreaElement || (target instanceof HTMLInputElement && TEXT_INPUTS.has(target.type)) ? target : undefined;
  if (!field) return undefined;
  // `number` and `email` inputs have no selection; reading it throws in some browsers.
  const selection = (name: 'selectionStart' | 'selectionEnd') => {
    try {
      return field[name];
    } catch {
      return null;
    }
  };
  return { field, value: field.value, selectionStart: selection('selectionStart'), selectionEnd: selection('selectionEnd') };
}

/**
 * Puts the field's text back as it was. Set through the element's own value setter and announced
 * with an `input` event, so a React-controlled field's state follows.
 */
function restore({ field, value, selectionStart, selectionEnd }: Before): void {
  const descriptor = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field) as object, 'value');
  descriptor?.set?.call(field, value);
  field.dispatchEvent(new Event('input', { bubbles: true }));
  try {
    if (selectionStart !== null && selectionEnd !== null) field.setSelectionRange(selectionStart, selectionEnd);
  } catch {
    // a field without a selection (number, email)
  }
}
