import type { ReactNode } from 'react';

export interface TableColumn {
  label: string;
  className?: string;
  title?: string;
  /** Named for screen readers only (a column of buttons). */
  hidden?: boolean;
}

/** The column of a row's buttons. */
export const ACTIONS_COLUMN: TableColumn = { label: 'Actions', hidden: true };

export interface OfficeTableProps {
  label: string;
  columns: readonly (string | TableColumn)[];
  children: ReactNode;
}

/** A back-office table: named, with a header cell per column and the rows given. */
export function OfficeTable({ label, columns, children }: OfficeTableProps) {
  return (
    <table className="office-table" aria-label={label}>
      <thead>
        <tr>
          {columns.map((column) => {
            const c: TableColumn = typeof column === 'string' ? { label: column } : column;
            return (
              <th key={c.label} scope="col" className={c.className} title={c.title}>
                {c.hidden ? <span className="visually-hidden">{c.label}</span> : c.label}
              </th>
            );
          })}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}
