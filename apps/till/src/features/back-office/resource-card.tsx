import type { ReactNode } from 'react';
import { ErrorAlert } from './error-alert';
import { LoadingLine } from './loading-line';
import type { Resource } from './use-resource';

export interface ResourceCardProps {
  resource: Pick<Resource<unknown>, 'data' | 'error' | 'loading'>;
  /** The failure to show above the card; the resource's own unless the page combines several. */
  error?: string | undefined;
  /** "Loading tills…": shown until the first answer. */
  loadingLabel: string;
  /** Shown instead of the children when there is nothing to list. */
  empty?: ReactNode;
  children: ReactNode;
}

/**
 * A card listing something loaded from the server: the failure above it (the previous list stays),
 * a loading line until the first answer, then what is empty or the list.
 */
export function ResourceCard({ resource, error = resource.error, loadingLabel, empty, children }: ResourceCardProps) {
  return (
    <>
      <ErrorAlert message={error} />
      <div className="office-card">{resource.loading && !resource.data ? <LoadingLine label={loadingLabel} padded /> : (empty ?? children)}</div>
    </>
  );
}
