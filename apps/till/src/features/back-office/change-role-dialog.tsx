import { useState, type SubmitEvent } from 'react';
import { ModalDialog } from '../../lib/modal-dialog';
import type { MemberChange } from './office-api';
import type { Channel, Member } from './office-schemas';
import { RoleScopeFields } from './role-scope-fields';
import { useRoleScope } from './use-role-scope';

export interface ChangeRoleDialogProps {
  member: Member;
  channels: readonly Channel[];
  change: (change: MemberChange) => Promise<string | undefined>;
  onClose: () => void;
}

/** Changes one member's role or channel; the server's refusals (e.g. LAST_OWNER) show in place. */
export function ChangeRoleDialog({ member, channels, change, onClose }: ChangeRoleDialogProps) {
  const pick = useRoleScope(channels, { role: member.role, channelId: member.channelId });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!pick.value) return;
    setBusy(true);
    setError(undefined);
    void change(pick.value).then((failure) => {
      if (failure === undefined) onClose();
      else {
        setError(failure);
        setBusy(false);
      }
    });
  };

  return (
    <ModalDialog label={`Change the role of ${member.name}`} onClose={busy ? () => undefined : onClose} className="office-dialog office-dialog-wide">
      <form onSubmit={submit}>
        <header className="modal-header">
          <h2>Change role</h2>
        </header>
        <div className="office-dialog-body">
          <p>
            <strong>{member.name}</strong> <span className="muted">{member.email}</span>
          </p>
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
          <button type="submit" className="btn btn-primary btn-lg" disabled={busy || !pick.value} data-autofocus>
            {busy ? 'Saving…' : 'Save role'}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
