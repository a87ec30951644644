import { formatCountdown } from './office-format';
import type { Device, PairingCode } from './office-schemas';
import { useCountdown } from './use-countdown';

export interface PairingCodePanelProps {
  code: PairingCode;
  channelName: string;
  warehouseName: string;
  paired: Device | undefined;
  onAnother: () => void;
}

/** The code, big enough to read across a counter, with the time it has left. */
export function PairingCodePanel({ code, channelName, warehouseName, paired, onAnother }: PairingCodePanelProps) {
  const left = useCountdown(code.expiresAt);
  const expired = left <= 0;

  if (paired) {
    return (
      <div className="office-pair-done" role="status">
        <span className="office-pair-check" aria-hidden="true">
          ✓
        </span>
        <strong>{paired.name} is paired</strong>
        <span className="muted">
          It sells for {channelName} from {warehouseName}. The code is spent.
        </span>
      </div>
    );
  }

  return (
    <div className="office-pair-code">
      <p className="muted">
        On the new till, open Tillsafe and enter this code. It pairs one till with <strong>{channelName}</strong> ({warehouseName}).
      </p>
      <output className={expired ? 'office-code office-code-expired' : 'office-code'} aria-label="Pairing code">
        {code.code}
      </output>
      {expired ? (
        <div className="office-code-status office-code-status-expired" role="status">
          This code has expired.{' '}
          <button type="button" className="office-link-button" onClick={onAnother}>
            Make a new one
          </button>
        </div>
      ) : (
        <div className="office-code-status" role="timer" aria-live="off" aria-label="Time left">
          <span className="office-code-clock">{formatCountdown(left)}</span> left · single use
        </div>
      )}
      {!expired ? (
        <p className="office-code-waiting" role="status">
          <span className="spinner" aria-hidden="true" /> Waiting for the till to pair…
        </p>
      ) : null}
    </div>
  );
}
