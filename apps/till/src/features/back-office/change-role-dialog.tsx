import { FormDialog } from './form-dialog';
import type { MemberChange } from './office-api';
import type { Channel, Member } from './office-schemas';
import { RoleScopeFields } from './role-scope-fields';
import { useDialogAction } from './use-dialog-action';
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
  const action = useDialogAction(onClose);
  const picked = pick.value;

  return (
    <FormDialog
      title="Change role"
      label={`Change the role of ${member.name}`}
      action={action}
      onSubmit={() => {
        if (picked) action.run(() => change(picked));
      }}
      onClose={onClose}
      submitLabel="Save role"
      busyLabel="Saving…"
      submitDisabled={!picked}
      focusSubmit
    >
      <p>
        <strong>{member.name}</strong> <span className="muted">{member.email}</span>
      </p>
      <RoleScopeFields pick={pick} channels={channels} />
    </FormDialog>
  );
}
