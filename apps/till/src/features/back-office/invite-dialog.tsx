import { useState, type SubmitEvent } from 'react';
import { ModalDialog } from '../../lib/modal-dialog';
import type { MemberChange } from './office-api';
import type { Channel } from './office-schemas';
import { RoleScopeFields } from './role-scope-fields';
import { useRoleScope } from './use-role-scope';

export interface InviteDialogProps {
  channels: readonly Channel[];
  invite: (email: string, change: MemberChange) => Promise<string | undefined>;
  onClose: () => void;
}

/** Invites someone by email with a role for one channel or all; the link is mailed for 7 days. */
export function InviteDialog({ channels, invite, onClose }: InviteDialogProps) {
  const pick = useRoleScope(channels);
  const [email, setEmail] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!pick.value) return;
    setBusy(true);
    setError(undefined);
    void invite(email.trim(), pick.value).then((failure) => {
      if (failure === undefined) onClose();
      else {
        setError(failure);
        setBusy(false);
      }
    });
  };

  return (
    <ModalDialog label="Invite a member" onClose={busy ? () => undefined : onClose} className="office-dialog office-dialog-wide">
      <form onSubmit={submit}>
        <header className="modal-header">
          <h2>Invite a member</h2>
        </header>
        <div className="office-dialog-body">
          <p className="muted">They get an email with a link to join, valid for 7 days.</p>
          <label className="field">
            <span className="field-label">Email</span>
            <input
              className="input"
              type="email"
              autoComplete="off"
              value={email}
              onChange={(e) => {
                setEmail(e.target.value);
              }}
              required
              data-autofocus
            />
          </label>
          <RoleScopeFields pick={pick} channels={channels} />
          {error ? (
            <p className="alert" role="alert">
              {error}
            </p>
          ) : null}
        </div>
        <div className="modal-actions">
          <button type="button" className="btn btn-ghost btn-lg" onClick={onClose} disabled={busy}>
            Cancel
          </button>
          <button type="submit" className="btn btn-primary btn-lg" disabled={busy || !pick.value}>
            {busy ? 'Sending…' : 'Send invitation'}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
