import { useState } from 'react';
import { FormDialog } from './form-dialog';
import type { MemberChange } from './office-api';
import type { Channel } from './office-schemas';
import { RoleScopeFields } from './role-scope-fields';
import { TextField } from './text-field';
import { useDialogAction } from './use-dialog-action';
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
  const action = useDialogAction(onClose);
  const picked = pick.value;

  return (
    <FormDialog
      title="Invite a member"
      action={action}
      onSubmit={() => {
        if (picked) action.run(() => invite(email.trim(), picked));
      }}
      onClose={onClose}
      submitLabel="Send invitation"
      busyLabel="Sending…"
      submitDisabled={!picked}
    >
      <p className="muted">They get an email with a link to join, valid for 7 days.</p>
      <TextField label="Email" type="email" autoComplete="off" value={email} onValue={setEmail} required data-autofocus />
      <RoleScopeFields pick={pick} channels={channels} />
    </FormDialog>
  );
}
