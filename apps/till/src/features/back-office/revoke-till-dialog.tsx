import { OfficeConfirmDialog } from './office-confirm-dialog';
import type { Device } from './office-schemas';

export interface RevokeTillDialogProps {
  device: Device;
  revoke: () => Promise<string | undefined>;
  onClose: () => void;
}

/** Revoking a till, with what it means for the sales on it. */
export function RevokeTillDialog({ device, revoke, onClose }: RevokeTillDialogProps) {
  return (
    <OfficeConfirmDialog title={`Revoke ${device.name}?`} confirmLabel="Revoke till" onConfirm={revoke} onClose={onClose}>
      <p>
        <strong>{device.name}</strong> ({device.channelName}) will no longer sync. The next time it tries, it tells whoever is using it that it was revoked.
      </p>
      <p>Its unsynced sales stay on it and can be exported from its sync panel. To use the tablet again, pair it with a new code.</p>
      <p className="muted">This cannot be undone.</p>
    </OfficeConfirmDialog>
  );
}
