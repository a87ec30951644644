import { useCallback, useEffect, useRef, useState } from 'react';
import { officeErrorMessage } from './office-errors';

export interface Resource<T> {
  data: T | undefined;
  /** A sentence when the last load failed (the previous data stays shown). */
  error: string | undefined;
  loading: boolean;
  reload: () => Promise<void>;
}

/** Loads `load()` when `key` changes and on `reload()`; an answer for an older key is dropped. */
export function useResource<T>(key: string, load: () => Promise<T>): Resource<T> {
  const [state, setState] = useState<{ key: string; data: T | undefined; error: string | undefined; loading: boolean }>({ key, data: undefined, error: undefined, loading: true });
  const loadRef = useRef(load);
  loadRef.current = load;
  const latest = useRef(0);

  const reload = useCallback(async () => {
    const ticket = ++latest.current;
    setState((s) => ({ ...s, key, loading: true }));
    try {
      const data = await loadRef.current();
      if (ticket === latest.current) setState({ key, data, error: undefined, loading: false });
    } catch (error) {
      if (ticket === latest.current) setState((s) => ({ ...s, error: officeErrorMessage(error), loading: false }));
    }
  }, [key]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const current = state.key === key;
  return { data: current ? state.data : undefined, error: current ? state.error : undefined, loading: !current || state.loading, reload };
}
