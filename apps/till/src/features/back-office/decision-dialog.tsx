import { useState, type SubmitEvent } from 'react';
import { ModalDialog } from '../../lib/modal-dialog';

export type Decision = 'approve' | 'reject';

export interface DecisionDialogProps {
  decision: Decision;
  businessName: string;
  /** Answers an error sentence to stay open with it, or undefined when done. */
  decide: (text: string | undefined) => Promise<string | undefined>;
  onClose: () => void;
}

const REASON_MIN = 3;
const TEXT_MAX = 1000;

/**
 * Confirms a decision on a business, which cannot be undone from here: approving (with an
 * optional note) lets it pair tills and sell; rejecting needs a reason, which the business sees.
 */
export function DecisionDialog({ decision, businessName, decide, onClose }: DecisionDialogProps) {
  const approving = decision === 'approve';
  const title = approving ? `Approve ${businessName}?` : `Reject ${businessName}?`;
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmed = text.trim();
    if (!approving && trimmed.length < REASON_MIN) {
      setError('Give the reason, so the business knows what to send or change (at least 3 characters).');
      return;
    }
    setBusy(true);
    setError(undefined);
    void decide(trimmed || undefined).then((failure) => {
      if (failure === undefined) {
        onClose();
        return;
      }
      setError(failure);
      setBusy(false);
    });
  };

  return (
    <ModalDialog label={title} onClose={busy ? () => undefined : onClose} className="office-dialog office-dialog-wide">
      <form onSubmit={submit}>
        <header className="modal-header">
          <h2>{title}</h2>
        </header>
        <div className="office-dialog-body">
          <p>
            {approving
              ? `${businessName} will be able to pair tills and sell at once. This cannot be undone from here.`
              : `${businessName} will not be able to pair tills. It sees your reason and can send new documents to be reviewed again.`}
          </p>
          <label className="field">
            <span className="field-label">{approving ? 'Note (optional)' : 'Reason'}</span>
            <textarea
              className="input setup-textarea"
              rows={3}
              maxLength={TEXT_MAX}
              value={text}
              onChange={(e) => {
                setText(e.target.value);
              }}
              placeholder={approving ? 'Licence checked against the register.' : 'The liquor licence has expired; send the renewed one.'}
              aria-required={!approving}
              data-autofocus
              {...(error ? { 'aria-invalid': true, 'aria-describedby': 'decision-error' } : {})}
            />
          </label>
          {error ? (
            <p id="decision-error" className="alert" role="alert">
              {error}
            </p>
          ) : null}
        </div>
        <div className="modal-actions">
          <button type="button" className="btn btn-ghost btn-lg" onClick={onClose} disabled={busy}>
            Cancel
          </button>
          <button type="submit" className={`btn btn-lg ${approving ? 'btn-primary' : 'office-btn-danger'}`} disabled={busy}>
            {busy ? 'Saving…' : approving ? 'Approve business' : 'Reject business'}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
