import type { DeviceLinkState } from './hardware-service';
import { linkSummary } from './status-text';
import { StatusPill } from './status-pill';
import { roleNames, type TillDevice } from './till-device';

export interface DeviceListProps {
  devices: readonly TillDevice[];
  links: Readonly<Record<string, DeviceLinkState>>;
  selectedId: string | undefined;
  onSelect: (id: string) => void;
}

export const roleIcons: Record<TillDevice['role'], string> = {
  'receipt-printer': 'M7 9V3h10v6M7 17H4v-6a2 2 0 0 1 2-2h12a2 2 0 0 1 2 2v6h-3M7 14h10v7H7z',
  'ticket-printer': 'M7 9V3h10v6M7 17H4v-6a2 2 0 0 1 2-2h12a2 2 0 0 1 2 2v6h-3M7 14h10v7H7zM10 17h4',
  'customer-display': 'M3 5h18v9H3zM8 20h8M12 14v6M6 9h7',
  scanner: 'M4 7V4h3M17 4h3v3M20 17v3h-3M7 20H4v-3M7 8v8M10 8v8M13 8v8M16 8v8',
};

/** The paired devices, each with its role and whether it is connected right now. */
export function DeviceList({ devices, links, selectedId, onSelect }: DeviceListProps) {
  return (
    <ul className="device-list" aria-label="Paired devices">
      {devices.map((device) => {
        const summary = linkSummary(links[device.id]);
        return (
          <li key={device.id}>
            <button
              type="button"
              className="device-item"
              aria-pressed={device.id === selectedId}
              onClick={() => {
                onSelect(device.id);
              }}
            >
              <span className="device-icon" aria-hidden="true">
                <svg width="22" height="22" viewBox="0 0 24 24" focusable="false">
                  <path d={roleIcons[device.role]} fill="none" stroke="currentColor" strokeWidth="1.7" strokeLinecap="round" strokeLinejoin="round" />
                </svg>
              </span>
              <span className="device-item-text">
                <span className="device-item-name">{device.label}</span>
                <span className="device-item-role">{device.label === roleNames[device.role] ? device.identity.name : roleNames[device.role]}</span>
              </span>
              <StatusPill tone={summary.tone} text={summary.text} />
            </button>
          </li>
        );
      })}
    </ul>
  );
}
