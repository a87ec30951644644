import type { StaffRow } from '../../db/rows';
import { PadlockIcon } from './padlock-icon';

export interface StaffPickerProps {
  staff: readonly StaffRow[];
  selectedId: string | undefined;
  onChoose: (staff: StaffRow) => void;
  /** Locked out on this till after too many wrong PINs: still choosable, to see for how long. */
  isLocked?: (staffId: string) => boolean;
}

const roleNames: Record<StaffRow['role'], string> = {
  owner: 'Owner',
  manager: 'Manager',
  cashier: 'Cashier',
  bartender: 'Bartender',
  driver: 'Driver',
  platform_admin: 'Platform admin',
};

export function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase() ?? '')
    .join('');
}

export function StaffPicker({ staff, selectedId, onChoose, isLocked }: StaffPickerProps) {
  return (
    <ul className="staff-grid" aria-label="Staff">
      {staff.map((member) => (
        <li key={member.id}>
          <button
            type="button"
            className="staff-button"
            aria-label={member.name}
            aria-pressed={member.id === selectedId}
            onClick={() => {
              onChoose(member);
            }}
          >
            <span className="avatar" aria-hidden="true">
              {initials(member.name)}
            </span>
            <span className="staff-name">{member.name}</span>
            {isLocked?.(member.id) ? (
              <span className="staff-role staff-locked">
                <PadlockIcon size={14} strokeWidth={2.2} />
                Locked
              </span>
            ) : (
              <span className="staff-role">{roleNames[member.role]}</span>
            )}
          </button>
        </li>
      ))}
    </ul>
  );
}
