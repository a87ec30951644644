import { Link } from '@tanstack/react-router';
import type { SubmitEvent } from 'react';
import { ModalDialog } from '../../lib/modal-dialog';
import type { TabView } from './tab-view';
import { useNewTab } from './use-new-tab';

export function NewTabDialog({ openTabs, onClose }: { openTabs: readonly TabView[]; onClose: () => void }) {
  const form = useNewTab(openTabs);
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    form.submit();
  };
  return (
    <ModalDialog label="New tab" onClose={onClose} className="bartab-new">
      <form className="bartab-new-form" onSubmit={submit}>
        <header className="modal-header">
          <h2>New tab</h2>
          <button type="button" className="btn btn-ghost btn-icon" aria-label="Close" onClick={onClose}>
            ✕
          </button>
        </header>
        <div className="bartab-new-fields">
          <label className="field bartab-new-table">
            <span className="field-label">Table</span>
            <input
              className="input input-lg"
              autoComplete="off"
              maxLength={20}
              placeholder="7"
              value={form.tableNo}
              onChange={(e) => {
                form.setTableNo(e.target.value);
              }}
              data-autofocus
            />
          </label>
          <label className="field">
            <span className="field-label">Tab name</span>
            <input
              className="input input-lg"
              autoComplete="off"
              maxLength={80}
              placeholder="Sam, Birthday party…"
              value={form.name}
              onChange={(e) => {
                form.setName(e.target.value);
              }}
            />
          </label>
        </div>
        <p className="bartab-hint">A table number, a name, or both. Every till in the store sees the tab.</p>
        {form.sameTable ? (
          <p className="bartab-note">
            {form.sameTable.label} already has an open tab.{' '}
            <Link to="/tabs/$tabId" params={{ tabId: form.sameTable.tab.id }}>
              Go to it
            </Link>{' '}
            or open a separate one.
          </p>
        ) : null}
        {form.error ? (
          <p className="alert" role="alert">
            {form.error}
          </p>
        ) : null}
        <div className="modal-actions">
          <button type="button" className="btn btn-ghost btn-lg" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="btn btn-primary btn-lg" disabled={!form.canOpen}>
            {form.saving ? 'Opening…' : 'Open tab'}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
