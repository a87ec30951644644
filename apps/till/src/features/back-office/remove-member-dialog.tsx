import { OfficeConfirmDialog } from './office-confirm-dialog';
import { ROLE_LABELS, scopeLabel } from './office-format';
import type { Channel, Member } from './office-schemas';

export interface RemoveMemberDialogProps {
  member: Member;
  channels: readonly Channel[];
  remove: () => Promise<string | undefined>;
  onClose: () => void;
}

export function RemoveMemberDialog({ member, channels, remove, onClose }: RemoveMemberDialogProps) {
  return (
    <OfficeConfirmDialog title={`Remove ${member.name}?`} confirmLabel="Remove member" onConfirm={remove} onClose={onClose}>
      <p>
        <strong>{member.name}</strong> loses the {ROLE_LABELS[member.role].toLowerCase()} role {member.channelId === null ? 'in every channel' : `at ${scopeLabel(member.channelId, channels)}`}.
      </p>
      <p className="muted">Their account stays, and they can be invited again. The change is recorded in the audit log.</p>
    </OfficeConfirmDialog>
  );
}
