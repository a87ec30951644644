export interface LoadingLineProps {
  label: string;
  /** Inside a card with no padding of its own. */
  padded?: boolean;
}

/** A spinner and what is being loaded, announced politely. */
export function LoadingLine({ label, padded = false }: LoadingLineProps) {
  return (
    <p className={padded ? 'office-loading office-card-padded' : 'office-loading'} role="status">
      <span className="spinner" aria-hidden="true" /> {label}
    </p>
  );
}
