import type { HardwareCapabilities, Support, TransportKind } from '@tillsafe/hardware';
import { useState } from 'react';
import { ModalDialog } from '../../lib/modal-dialog';
import { roleIcons } from './device-list';
import { roleNames, type DeviceRole } from './till-device';

export interface AddDeviceDialogProps {
  capabilities: HardwareCapabilities;
  /** Resolves with a sentence when pairing failed, undefined when it worked or was cancelled. */
  onPair: (role: DeviceRole, transport: TransportKind) => Promise<string | undefined>;
  onClose: () => void;
}

const transportText: Record<TransportKind, { name: string; hint: string }> = {
  'web-usb': { name: 'USB', hint: 'Most USB receipt printers. On Windows and Linux, see “Driver pitfalls” in the hardware guide.' },
  'web-serial': { name: 'Serial port', hint: 'RS-232, a USB virtual COM port or Bluetooth. Set the baud rate after pairing.' },
  'serial-over-usb': { name: 'USB serial (tablet)', hint: 'Android tablets: a USB device that presents a serial port (CDC-ACM).' },
};

const transportsFor: Record<DeviceRole, TransportKind[]> = {
  'receipt-printer': ['web-usb', 'web-serial', 'serial-over-usb'],
  'ticket-printer': ['web-usb', 'web-serial', 'serial-over-usb'],
  'customer-display': ['web-serial', 'serial-over-usb', 'web-usb'],
  scanner: ['web-serial', 'serial-over-usb'],
};

function support(capabilities: HardwareCapabilities, transport: TransportKind): Support {
  return transport === 'web-usb' ? capabilities.webUsb : transport === 'web-serial' ? capabilities.webSerial : capabilities.serialOverUsb;
}

/** Adding a device: what it is, how it is plugged in, then the browser's own chooser. */
export function AddDeviceDialog({ capabilities, onPair, onClose }: AddDeviceDialogProps) {
  const [role, setRole] = useState<DeviceRole>('receipt-printer');
  const available = transportsFor[role].filter((t) => support(capabilities, t).available);
  const [picked, setPicked] = useState<TransportKind | undefined>(undefined);
  const transport = picked && available.includes(picked) ? picked : available[0];
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);

  const choose = () => {
    if (!transport) return;
    setBusy(true);
    setError(undefined);
    void onPair(role, transport).then((problem) => {
      setBusy(false);
      if (problem) setError(problem);
      else onClose();
    });
  };

  return (
    <ModalDialog label="Add a device" onClose={onClose} className="add-device">
      <header className="modal-header">
        <h2>Add a device</h2>
        <button type="button" className="btn btn-ghost btn-icon" aria-label="Close" onClick={onClose}>
          ✕
        </button>
      </header>
      <div className="add-device-body">
        <fieldset className="choice-group">
          <legend className="field-label">What are you adding?</legend>
          <div className="choice-grid">
            {(Object.keys(roleNames) as DeviceRole[]).map((r) => (
              <label key={r} className="choice-card">
                <input
                  type="radio"
                  name="device-role"
                  checked={role === r}
                  onChange={() => {
                    setRole(r);
                  }}
                />
                <svg width="26" height="26" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                  <path d={roleIcons[r]} fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
                </svg>
                <span>{roleNames[r]}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset className="choice-group">
          <legend className="field-label">How is it connected?</legend>
          <div className="choice-list">
            {transportsFor[role].map((t) => {
              const s = support(capabilities, t);
              return (
                <label key={t} className={s.available ? 'choice-row' : 'choice-row choice-row-off'}>
                  <input
                    type="radio"
                    name="device-transport"
                    aria-label={transportText[t].name}
                    aria-describedby={`transport-hint-${t}`}
                    disabled={!s.available}
                    checked={transport === t}
                    onChange={() => {
                      setPicked(t);
                    }}
                  />
                  <span className="choice-row-text">
                    <strong>{transportText[t].name}</strong>
                    <span className="muted" id={`transport-hint-${t}`}>
                      {s.available ? transportText[t].hint : s.explanation}
                    </span>
                  </span>
                </label>
              );
            })}
          </div>
        </fieldset>
        <p className="muted add-device-hint">The browser lists the devices it can see. Pick yours and press Connect; it is remembered on this till.</p>
        {error ? (
          <p className="alert" role="alert">
            {error}
          </p>
        ) : null}
      </div>
      <div className="modal-actions">
        <button type="button" className="btn btn-ghost btn-lg" onClick={onClose}>
          Cancel
        </button>
        <button type="button" className="btn btn-primary btn-lg" disabled={!transport || busy} onClick={choose}>
          {busy ? 'Waiting for the browser…' : 'Choose device…'}
        </button>
      </div>
    </ModalDialog>
  );
}
