import { formatDate, formatDateTime } from './office-format';
import type { Device } from './office-schemas';
import { useInlineRename } from './use-inline-rename';

export interface TillRowProps {
  device: Device;
  rename: (name: string) => Promise<string | undefined>;
  onRevoke: () => void;
}

/** One till: its name (renamed in place), where it sells, when it joined, how far it has synced. */
export function TillRow({ device, rename, onRevoke }: TillRowProps) {
  const edit = useInlineRename(device.name, rename);
  const revoked = device.revokedAt !== null;

  return (
    <tr className={revoked ? 'office-row-muted' : undefined}>
      <td className="office-cell-name">
        {edit.editing ? (
          <div className="office-inline-edit">
            <input
              className="input input-sm"
              aria-label={`New name for ${device.name}`}
              value={edit.draft}
              maxLength={60}
              onChange={(e) => {
                edit.change(e.target.value);
              }}
              onKeyDown={edit.onKeyDown}
              disabled={edit.busy}
              autoFocus
            />
            <button type="button" className="btn btn-primary btn-sm" onClick={edit.commit} disabled={edit.busy}>
              Save
            </button>
            <button type="button" className="btn btn-ghost btn-sm" onClick={edit.cancel} disabled={edit.busy}>
              Cancel
            </button>
            {edit.error ? (
              <p className="office-field-error" role="alert">
                {edit.error}
              </p>
            ) : null}
          </div>
        ) : (
          <span className="office-till-name">{device.name}</span>
        )}
      </td>
      <td>{device.channelName}</td>
      <td>
        <time dateTime={device.enrolledAt} title={formatDateTime(device.enrolledAt)}>
          {formatDate(device.enrolledAt)}
        </time>
      </td>
      <td className="office-cell-number">{device.lastSeq}</td>
      <td>
        {revoked ? (
          <span className="office-pill office-pill-revoked" title={`Revoked ${formatDateTime(device.revokedAt ?? '')}`}>
            Revoked
          </span>
        ) : (
          <span className="office-pill office-pill-approved">Active</span>
        )}
      </td>
      <td className="office-cell-actions">
        {!revoked && !edit.editing ? (
          <>
            <button type="button" className="btn btn-ghost btn-sm" onClick={edit.start} aria-label={`Rename ${device.name}`}>
              Rename
            </button>
            <button type="button" className="btn btn-sm office-btn-danger-ghost" onClick={onRevoke} aria-label={`Revoke ${device.name}`}>
              Revoke
            </button>
          </>
        ) : null}
      </td>
    </tr>
  );
}
