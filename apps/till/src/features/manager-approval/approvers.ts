import { can, type Capability } from '@tillsafe/domain';
import type { StaffRow } from '../../db/rows';

/**
 * Who may approve: the channel's staff (as synced to this till) whose role holds the capability,
 * never the person asking — nobody approves their own request. Sorted by name.
 */
export function approversFor(staff: readonly StaffRow[], capability: Capability, requesterId: string): StaffRow[] {
  return staff.filter((member) => member.id !== requesterId && can(member.role, capability)).sort((a, b) => a.name.localeCompare(b.name));
}
