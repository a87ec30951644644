import { liveQuery } from 'dexie';
import { useEffect, useState, type DependencyList } from 'react';

/**
 * The latest result of a Dexie query, re-run whenever the tables it read change (in this tab or
 * another). Undefined until the first result arrives.
 */
export function useLiveQuery<T>(query: () => Promise<T>, deps: DependencyList): T | undefined {
  const [state, setState] = useState<{ value: T } | undefined>(undefined);
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (value) => {
        setState({ value });
      },
      // A failed re-run keeps showing the last good result; the next change re-runs the query.
      error: () => undefined,
    });
    return () => {
      subscription.unsubscribe();
    };
    // The query closes over `deps`, which the caller lists.
  }, deps);
  return state?.value;
}
