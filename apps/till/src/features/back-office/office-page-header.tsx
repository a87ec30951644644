import type { ReactNode } from 'react';

export interface OfficePageHeaderProps {
  title: ReactNode;
  /** The heading's id, for the page section's aria-labelledby. */
  titleId?: string;
  lead: ReactNode;
  /** The page's actions, on the right. */
  children?: ReactNode;
}

/** A back-office page's heading, the line under it and its actions. */
export function OfficePageHeader({ title, titleId, lead, children }: OfficePageHeaderProps) {
  return (
    <header className="office-page-header">
      <div>
        <h1 id={titleId}>{title}</h1>
        <p className="muted">{lead}</p>
      </div>
      {children}
    </header>
  );
}
