import type { Approval } from './office-schemas';

/** The business's approval, said plainly where it limits what can be done. */
export function ApprovalNotice({ approval }: { approval: Approval }) {
  if (approval === 'approved') return null;
  if (approval === 'pending') {
    return (
      <div className="office-banner office-banner-pending" role="status">
        <strong>Your business is awaiting approval.</strong> You can set up your catalog; tills can be enrolled once approved.
      </div>
    );
  }
  return (
    <div className="office-banner office-banner-rejected" role="status">
      <strong>Your business was not approved.</strong> Tills cannot be enrolled. Check the reason given and upload what was asked for to be reviewed again.
    </div>
  );
}

export function ApprovalPill({ approval }: { approval: Approval }) {
  const label = approval === 'approved' ? 'Approved' : approval === 'pending' ? 'Awaiting approval' : 'Not approved';
  return <span className={`office-pill office-pill-${approval}`}>{label}</span>;
}
