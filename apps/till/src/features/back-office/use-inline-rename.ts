import { useState, type KeyboardEvent } from 'react';

/** Inline renaming: Enter or Save keeps the name, Esc or Cancel puts the old one back. */
export function useInlineRename(current: string, save: (name: string) => Promise<string | undefined>) {
  const [draft, setDraft] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();

  const cancel = () => {
    setDraft(undefined);
    setError(undefined);
  };

  async function commit() {
    if (draft === undefined) return;
    const name = draft.trim();
    if (!name) {
      setError('A till needs a name.');
      return;
    }
    if (name === current) {
      cancel();
      return;
    }
    setBusy(true);
    const failure = await save(name);
    setBusy(false);
    if (failure) setError(failure);
    else cancel();
  }

  return {
    editing: draft !== undefined,
    draft: draft ?? current,
    busy,
    error,
    start: () => {
      setDraft(current);
      setError(undefined);
    },
    change: setDraft,
    cancel,
    commit: () => void commit(),
    onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => {
      if (event.key === 'Enter') {
        event.preventDefault();
        void commit();
      } else if (event.key === 'Escape') {
        event.preventDefault();
        cancel();
      }
    },
  };
}
