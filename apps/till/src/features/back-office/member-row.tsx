import { initials, ROLE_LABELS, scopeLabel } from './office-format';
import type { Channel, Member } from './office-schemas';

export interface MemberRowProps {
  member: Member;
  channels: readonly Channel[];
  isYou: boolean;
  /** Whether the person may change or remove this role (owners any, managers those below). */
  manageable: boolean;
  onChange: () => void;
  onRemove: () => void;
}

export function MemberRow({ member, channels, isYou, manageable, onChange, onRemove }: MemberRowProps) {
  return (
    <tr>
      <td>
        <div className="office-person">
          <span className="avatar avatar-sm" aria-hidden="true">
            {initials(member.name)}
          </span>
          <span className="office-person-text">
            <strong>
              {member.name}
              {isYou ? <span className="office-tag">You</span> : null}
            </strong>
            <span className="muted" title={member.email}>
              {member.email}
            </span>
          </span>
        </div>
      </td>
      <td>
        <span className={`office-role office-role-${member.role}`}>{ROLE_LABELS[member.role]}</span>
      </td>
      <td>{scopeLabel(member.channelId, channels)}</td>
      <td className="office-cell-actions">
        {manageable ? (
          <>
            <button type="button" className="btn btn-ghost btn-sm" onClick={onChange} aria-label={`Change role of ${member.name}`}>
              Change role
            </button>
            <button type="button" className="btn btn-sm office-btn-danger-ghost" onClick={onRemove} aria-label={`Remove ${member.name}`}>
              Remove
            </button>
          </>
        ) : null}
      </td>
    </tr>
  );
}
