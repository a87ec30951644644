import type { ReactNode } from 'react';

/** What an empty list means, in a card: a short title and what to do about it. */
export function EmptyState({ title, children }: { title: ReactNode; children: ReactNode }) {
  return (
    <div className="office-empty">
      <strong>{title}</strong>
      <p className="muted">{children}</p>
    </div>
  );
}
