import { useEffect, useRef } from 'react';

/** The key that parks the cart, as `aria-keyshortcuts` spells it. */
export const PARK_SHORTCUT = 'Alt+P';

/**
 * Alt+P parks the cart from the sell screen, for cashiers with a keyboard (Alt+R is Returns).
 * Read from the key's position (`code`), since Alt+P types "π" on some layouts; ignored while a
 * dialog is open, so it never acts behind one.
 */
export function useParkShortcut(onPark: () => void): void {
  const latest = useRef(onPark);
  latest.current = onPark;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.code !== 'KeyP' || !event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || event.defaultPrevented) return;
      if (document.querySelector('dialog[open]')) return;
      event.preventDefault();
      latest.current();
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
    };
  }, []);
}
