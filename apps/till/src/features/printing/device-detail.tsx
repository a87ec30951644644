import { testPageLayout } from '@tillsafe/hardware';
import { useState } from 'react';
import type { DeviceLinkState, DeviceSettings } from './hardware-service';
import { roleIcons } from './device-list';
import { PrinterProfileFields } from './printer-profile-fields';
import { ReceiptPaper } from './receipt-paper';
import { SegmentedField } from './segmented-field';
import { linkSummary } from './status-text';
import { StatusPill } from './status-pill';
import { TicketCategoriesField } from './ticket-categories-field';
import { isPrinter, roleNames, type TillDevice } from './till-device';

export interface DeviceDetailProps {
  device: TillDevice;
  link: DeviceLinkState | undefined;
  canManage: boolean;
  onUpdate: (settings: DeviceSettings) => void;
  onForget: () => void;
  onReconnect: () => void;
  onCheckStatus: () => void;
  onTestPrint: () => void;
}

const transportNames = { 'web-usb': 'USB', 'web-serial': 'Serial port', 'serial-over-usb': 'USB serial' } as const;
const BAUD_RATES = [9600, 19200, 38400, 57600, 115200];
const hex4 = (n: number | undefined) => (n === undefined ? '' : n.toString(16).padStart(4, '0'));

/** One paired device: its connection, a test print, and its settings (saved as they change). */
export function DeviceDetail({ device, link, canManage, onUpdate, onForget, onReconnect, onCheckStatus, onTestPrint }: DeviceDetailProps) {
  const summary = linkSummary(link);
  const printer = isPrinter(device);
  const connected = link?.status === 'connected';
  const [label, setLabel] = useState(device.label);
  const ids = device.identity.usbVendorId === undefined ? null : `${hex4(device.identity.usbVendorId)}:${hex4(device.identity.usbProductId)}`;

  return (
    <section className="device-detail" aria-label={device.label}>
      <div className="card detail-head">
        <span className="detail-icon" aria-hidden="true">
          <svg width="30" height="30" viewBox="0 0 24 24" focusable="false">
            <path d={roleIcons[device.role]} fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
          </svg>
        </span>
        <div className="detail-title">
          <h2>{device.label}</h2>
          <p className="muted">
            {device.label === roleNames[device.role] ? '' : `${roleNames[device.role]} · `}
            {transportNames[device.identity.transport]} · {device.identity.name}
            {ids && !device.identity.name.includes(ids) ? ` (${ids})` : ''}
          </p>
          <div className="detail-status">
            <StatusPill tone={summary.tone} text={summary.text} />
            {link?.message && !connected ? <span className="detail-status-text">{link.message}</span> : null}
          </div>
        </div>
        <div className="detail-actions">
          {printer ? (
            <button type="button" className="btn btn-primary" onClick={onTestPrint}>
              Test print
            </button>
          ) : null}
          {printer && connected ? (
            <button type="button" className="btn btn-ghost" onClick={onCheckStatus}>
              Check paper
            </button>
          ) : null}
          {connected ? null : (
            <button type="button" className="btn btn-ghost" onClick={onReconnect}>
              Reconnect
            </button>
          )}
        </div>
      </div>

      <div className={printer ? 'detail-grid' : 'detail-grid detail-grid-single'}>
        <form
          className="card settings-form"
          aria-label="Device settings"
          onSubmit={(e) => {
            e.preventDefault();
          }}
        >
          <h3>Settings</h3>
          {canManage ? null : <p className="field-hint">Only a manager can change devices. You can reconnect and print a test page.</p>}
          <fieldset className="settings-fields" disabled={!canManage}>
            <label className="field">
              <span className="field-label">Name</span>
              <input
                className="input"
                value={label}
                maxLength={60}
                onChange={(e) => {
                  setLabel(e.target.value);
                }}
                onBlur={() => {
                  if (label.trim() && label.trim() !== device.label) onUpdate({ label: label.trim() });
                }}
              />
            </label>
            {printer ? (
              <PrinterProfileFields
                id={device.id}
                profile={device.profile}
                disabled={!canManage}
                onChange={(profile) => {
                  onUpdate({ profile });
                }}
              />
            ) : null}
            {device.role === 'customer-display' ? (
              <SegmentedField
                legend="Display commands"
                name={`${device.id}-display`}
                value={device.displayProtocol}
                options={[
                  { value: 'esc-pos', label: 'Epson / ESC/POS' },
                  { value: 'cd5220', label: 'CD5220' },
                ]}
                onChange={(displayProtocol) => {
                  onUpdate({ displayProtocol });
                }}
              />
            ) : null}
            {device.identity.transport === 'web-usb' ? null : (
              <label className="field">
                <span className="field-label">Baud rate</span>
                <select
                  className="input select"
                  value={device.baudRate}
                  onChange={(e) => {
                    onUpdate({ baudRate: Number(e.target.value) });
                  }}
                >
                  {BAUD_RATES.map((rate) => (
                    <option key={rate} value={rate}>
                      {rate.toLocaleString()} baud
                    </option>
                  ))}
                </select>
                <span className="field-hint">Must match the device; its self-test page shows it. A USB virtual COM port ignores it.</span>
              </label>
            )}
            {device.role === 'ticket-printer' ? (
              <TicketCategoriesField
                selected={device.categories}
                disabled={!canManage}
                onChange={(categories) => {
                  onUpdate({ categories });
                }}
              />
            ) : null}
          </fieldset>
          {canManage ? (
            <div className="settings-danger">
              <button type="button" className="btn btn-danger" onClick={onForget}>
                Remove device
              </button>
            </div>
          ) : null}
        </form>
        {printer ? (
          <aside className="card test-preview" aria-label="Test page preview">
            <h3>Test page</h3>
            <p className="field-hint">The ruler must fill exactly one line; accents and € must print.</p>
            <ReceiptPaper layout={testPageLayout(device.profile)} label="Test page" size="sm" />
          </aside>
        ) : null}
      </div>
    </section>
  );
}
