import { useState, type SubmitEvent } from 'react';
import { ModalDialog } from '../../lib/modal-dialog';

/** Edits the note on a tab line ("no ice", "after the mains"). */
export function LineNoteDialog({ what, notes, onSave, onCancel }: { what: string; notes: string; onSave: (notes: string) => Promise<boolean>; onCancel: () => void }) {
  const [text, setText] = useState(notes);
  const [busy, setBusy] = useState(false);
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (text.trim() === notes) {
      onCancel();
      return;
    }
    setBusy(true);
    void onSave(text).then((done) => {
      if (done) onCancel();
      else setBusy(false);
    });
  };
  return (
    <ModalDialog label="Line note" onClose={onCancel} className="bartab-confirm">
      <form onSubmit={submit}>
        <header className="modal-header">
          <h2>Note</h2>
        </header>
        <div className="bartab-confirm-body">
          <p className="muted">{what}</p>
          <label className="field">
            <span className="field-label">Note</span>
            <input
              className="input input-lg"
              maxLength={200}
              autoComplete="off"
              placeholder="No ice, with lime…"
              value={text}
              onChange={(e) => {
                setText(e.target.value);
              }}
              data-autofocus
            />
          </label>
        </div>
        <div className="modal-actions">
          <button type="button" className="btn btn-ghost btn-lg" onClick={onCancel} disabled={busy}>
            Cancel
          </button>
          <button type="submit" className="btn btn-primary btn-lg" disabled={busy}>
            Save note
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
