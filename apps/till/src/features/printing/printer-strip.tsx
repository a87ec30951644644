import { Link } from '@tanstack/react-router';
import { hardware } from '../../app/services';
import { isPrinter } from './till-device';
import { linkSummary } from './status-text';
import { StatusPill } from './status-pill';
import { useHardware } from './use-hardware';

/** The till's printers at a glance, with a way to look for them again. */
export function PrinterStrip() {
  const devices = useHardware((s) => s.devices);
  const links = useHardware((s) => s.links);
  const printers = devices.filter(isPrinter);
  if (printers.length === 0) {
    return (
      <div className="printer-strip printer-strip-empty">
        <span>No printer is set up on this till. Sales are stored and their receipts can be printed later.</span>
        <Link to="/settings/printers" className="btn btn-primary btn-sm">
          Set up a printer
        </Link>
      </div>
    );
  }
  return (
    <ul className="printer-strip" aria-label="Printers">
      {printers.map((printer) => {
        const link = links[printer.id];
        const summary = linkSummary(link);
        return (
          <li key={printer.id} className="printer-strip-item">
            <div className="printer-strip-text">
              <strong>{printer.label}</strong>
              <span className="muted" title={link?.message ?? printer.identity.name}>
                {link?.message ?? printer.identity.name}
              </span>
            </div>
            <StatusPill tone={summary.tone} text={summary.text} />
            {link?.status === 'connected' ? null : (
              <button
                type="button"
                className="btn btn-ghost btn-sm"
                onClick={() => {
                  void hardware.reconnect();
                }}
              >
                Reconnect
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
