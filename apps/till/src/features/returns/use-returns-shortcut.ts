import { useNavigate } from '@tanstack/react-router';
import { useEffect } from 'react';

/**
 * Alt+R opens Returns from any till screen, for cashiers with a keyboard. Read from the key's
 * position (`code`), not the character, since Alt+R types "®" on some layouts.
 */
export function useReturnsShortcut(): void {
  const navigate = useNavigate();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.code !== 'KeyR' || !event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || event.defaultPrevented) return;
      event.preventDefault();
      void navigate({ to: '/returns' });
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
    };
  }, [navigate]);
}
