import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTillSession } from '../../app/till-session-store';
import type { StaffRow } from '../../db/rows';
import { BrandMark } from '../brand/brand-mark';
import { SyncBadge } from '../sync-status/sync-badge';
import { AddDeviceDialog } from './add-device-dialog';
import { DeviceDetail } from './device-detail';
import { DeviceList } from './device-list';
import { usePrinterSettings } from './use-printer-settings';

/**
 * Printers & devices: pair a receipt printer, a bar/kitchen printer, a customer display or a
 * serial scanner; see whether each is connected; set the model profile; print a test page.
 */
export function PrinterSettingsScreen() {
  const actor = useTillSession((s) => s.actor);
  return actor ? <Settings actor={actor} /> : null;
}

function Settings({ actor }: { actor: StaffRow }) {
  const settings = usePrinterSettings(actor);
  const [adding, setAdding] = useState(false);
  const { selected, capabilities } = settings;
  const nothingWorks = !capabilities.webSerial.available && !capabilities.webUsb.available;

  return (
    <div className="settings">
      <header className="topbar">
        <div className="topbar-brand">
          <BrandMark size={32} />
          <div className="topbar-titles">
            <span className="topbar-store">Printers & devices</span>
            <span className="topbar-till">{capabilities.summary}</span>
          </div>
        </div>
        <div className="topbar-actions">
          <SyncBadge />
          <Link to="/sell" className="btn btn-topbar">
            <svg width="18" height="18" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
              <path d="M15 18l-6-6 6-6" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
            </svg>
            Back to selling
          </Link>
        </div>
      </header>

      <main className="settings-main">
        <aside className="settings-side">
          <div className="settings-side-head">
            <h1>Devices</h1>
            {settings.canManage ? (
              <button
                type="button"
                className="btn btn-primary btn-sm"
                disabled={nothingWorks}
                onClick={() => {
                  setAdding(true);
                }}
              >
                + Add device
              </button>
            ) : null}
          </div>
          {nothingWorks ? <p className="alert">{capabilities.webUsb.available ? capabilities.summary : capabilities.webUsb.explanation}</p> : null}
          {settings.devices.length > 0 ? (
            <DeviceList devices={settings.devices} links={settings.links} selectedId={selected?.id} onSelect={settings.select} />
          ) : (
            <p className="muted settings-side-empty">No device is paired with this till yet.</p>
          )}
          {settings.message ? (
            <p className={settings.message.tone === 'error' ? 'alert' : 'settings-message'} role={settings.message.tone === 'error' ? 'alert' : 'status'}>
              {settings.message.text}
            </p>
          ) : null}
        </aside>

        <div className="settings-content">
          {selected ? (
            <DeviceDetail
              key={selected.id}
              device={selected}
              link={settings.links[selected.id]}
              canManage={settings.canManage}
              onUpdate={(patch) => {
                settings.update(selected.id, patch);
              }}
              onForget={() => {
                settings.forget(selected.id);
              }}
              onReconnect={settings.reconnect}
              onCheckStatus={() => {
                settings.checkStatus(selected.id);
              }}
              onTestPrint={() => {
                settings.testPrint(selected.id);
              }}
            />
          ) : (
            <EmptyState
              canManage={settings.canManage}
              disabled={nothingWorks}
              onAdd={() => {
                setAdding(true);
              }}
            />
          )}
        </div>
      </main>

      {adding ? (
        <AddDeviceDialog
          capabilities={capabilities}
          onPair={settings.pair}
          onClose={() => {
            setAdding(false);
          }}
        />
      ) : null}
    </div>
  );
}

function EmptyState({ canManage, disabled, onAdd }: { canManage: boolean; disabled: boolean; onAdd: () => void }) {
  return (
    <div className="card settings-empty">
      <svg width="64" height="64" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path d="M7 9V3h10v6M7 17H4v-6a2 2 0 0 1 2-2h12a2 2 0 0 1 2 2v6h-3M7 14h10v7H7z" fill="none" stroke="currentColor" strokeWidth="1.3" strokeLinejoin="round" />
      </svg>
      <h2>Connect a receipt printer</h2>
      <p className="muted">
        Plug the printer into this device over USB or serial and switch it on. The cash drawer plugs into the printer. Sales never wait for the printer: receipts queue until it is ready.
      </p>
      {canManage ? (
        <button type="button" className="btn btn-primary btn-lg" disabled={disabled} onClick={onAdd}>
          Add a printer
        </button>
      ) : (
        <p className="field-hint">Ask a manager to add the printer.</p>
      )}
    </div>
  );
}
