import { useState } from 'react';
import { ChangeRoleDialog } from './change-role-dialog';
import { mayGrant } from './grants';
import { InviteDialog } from './invite-dialog';
import { MemberRow } from './member-row';
import { formatDate, ROLE_LABELS, scopeLabel } from './office-format';
import { PlusIcon } from './office-icons';
import { useOfficeOrg } from './office-org';
import { OfficePageHeader } from './office-page-header';
import type { Member } from './office-schemas';
import { useOfficeSession } from './office-services';
import { ACTIONS_COLUMN, OfficeTable } from './office-table';
import { RemoveMemberDialog } from './remove-member-dialog';
import { ResourceCard } from './resource-card';
import { useMembers } from './use-members';

const MEMBER_COLUMNS = ['Person', 'Role', 'Channel', ACTIONS_COLUMN];
const INVITATION_COLUMNS = ['Email', 'Role', 'Channel', 'Link valid until'];

type Dialog = { kind: 'invite' } | { kind: 'change'; member: Member } | { kind: 'remove'; member: Member } | undefined;

/** Who works here with which role and channel, pending invitations, and changes to both. */
export function MembersPage() {
  const org = useOfficeOrg();
  const userId = useOfficeSession((s) => (s.status === 'signed-in' ? s.user.id : undefined));
  const { people, channels, invite, change, remove } = useMembers();
  const [dialog, setDialog] = useState<Dialog>();
  const channelList = channels.data ?? [];
  const members = people.data?.members ?? [];
  const invitations = people.data?.invitations ?? [];
  const close = () => {
    setDialog(undefined);
  };

  return (
    <section className="office-page" aria-labelledby="members-title">
      <OfficePageHeader titleId="members-title" title="Members" lead={`Who works at ${org.name}, with their role and channel.`}>
        <button
          type="button"
          className="btn btn-primary"
          onClick={() => {
            setDialog({ kind: 'invite' });
          }}
          disabled={!channels.data}
        >
          <PlusIcon />
          Invite a member
        </button>
      </OfficePageHeader>

      <ResourceCard resource={people} error={people.error ?? channels.error} loadingLabel="Loading members…">
        <OfficeTable label="Members" columns={MEMBER_COLUMNS}>
          {members.map((member) => (
            <MemberRow
              key={member.id}
              member={member}
              channels={channelList}
              isYou={member.userId === userId}
              manageable={mayGrant(org.roles, member.role, member.channelId)}
              onChange={() => {
                setDialog({ kind: 'change', member });
              }}
              onRemove={() => {
                setDialog({ kind: 'remove', member });
              }}
            />
          ))}
        </OfficeTable>
      </ResourceCard>

      <h2 className="office-section-title">Pending invitations</h2>
      <div className="office-card">
        {invitations.length === 0 ? (
          <p className="office-card-padded muted">No invitations waiting. Invited people appear here until they accept.</p>
        ) : (
          <OfficeTable label="Pending invitations" columns={INVITATION_COLUMNS}>
            {invitations.map((invitation) => (
              <tr key={invitation.id}>
                <td>{invitation.email}</td>
                <td>
                  <span className={`office-role office-role-${invitation.role}`}>{ROLE_LABELS[invitation.role]}</span>
                </td>
                <td>{scopeLabel(invitation.channelId, channelList)}</td>
                <td>{formatDate(invitation.expiresAt)}</td>
              </tr>
            ))}
          </OfficeTable>
        )}
      </div>

      {dialog?.kind === 'invite' ? <InviteDialog channels={channelList} invite={invite} onClose={close} /> : null}
      {dialog?.kind === 'change' ? <ChangeRoleDialog member={dialog.member} channels={channelList} change={(c) => change(dialog.member.id, c)} onClose={close} /> : null}
      {dialog?.kind === 'remove' ? <RemoveMemberDialog member={dialog.member} channels={channelList} remove={() => remove(dialog.member.id)} onClose={close} /> : null}
    </section>
  );
}
