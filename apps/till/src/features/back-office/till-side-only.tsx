import { useLocation } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { isOfficePath } from './office-paths';

/** Shows its children (the till's idle lock) on the till's screens only, never in the back office. */
export function TillSideOnly({ children }: { children: ReactNode }) {
  const pathname = useLocation({ select: (l) => l.pathname });
  return isOfficePath(pathname) ? null : children;
}
