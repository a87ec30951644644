import { HardwareError, hardwareErrorCodes, openError, pickerError, writeError } from './errors';
import { GET_PORT_STATUS, parsePortStatus } from './printer-status';
import { systemTimer, TIMED_OUT, withTimeout, type Timer } from './timers';
import { ownBuffer, unknownStatus, type PrinterStatus, type PrinterTransport } from './transport';

/**
 * USB printers straight over WebUSB (navigator.usb): the till claims the printer's interface and
 * sends each receipt as one bulk OUT transfer. This works where no operating-system driver holds
 * the interface: Android always, ChromeOS, Linux once usblp lets go, Windows with WinUSB
 * (see docs/hardware.md).
 */
export type UsbDeviceLike = Pick<
  USBDevice,
  | 'open'
  | 'close'
  | 'opened'
  | 'configuration'
  | 'configurations'
  | 'selectConfiguration'
  | 'claimInterface'
  | 'releaseInterface'
  | 'selectAlternateInterface'
  | 'transferOut'
  | 'controlTransferIn'
  | 'clearHalt'
  | 'productName'
  | 'vendorId'
  | 'productId'
>;

export const USB_CLASS_PRINTER = 7;
export const USB_CLASS_CDC_DATA = 10;
export const USB_CLASS_VENDOR = 0xff;

export interface UsbPrinterEndpoint {
  configurationValue: number;
  interfaceNumber: number;
  alternateSetting: number;
  interfaceClass: number;
  endpointNumber: number;
}

/** Printer class first, then vendor-specific (many Epson and Chinese models), then CDC data. */
const preference = [USB_CLASS_PRINTER, USB_CLASS_VENDOR, USB_CLASS_CDC_DATA];

/** The interface and bulk OUT endpoint to print through, or null if the device has none. */
export function findPrinterEndpoint(configurations: readonly USBConfiguration[]): UsbPrinterEndpoint | null {
  const candidates: UsbPrinterEndpoint[] = [];
  for (const configuration of configurations) {
    for (const iface of configuration.interfaces) {
      for (const alternate of iface.alternates) {
        const out = alternate.endpoints.find((e) => e.direction === 'out' && e.type === 'bulk');
        if (!out) continue;
        candidates.push({
          configurationValue: configuration.configurationValue,
          interfaceNumber: iface.interfaceNumber,
          alternateSetting: alternate.alternateSetting,
          interfaceClass: alternate.interfaceClass,
          endpointNumber: out.endpointNumber,
        });
      }
    }
  }
  const rank = (c: UsbPrinterEndpoint) => {
    const index = preference.indexOf(c.interfaceClass);
    return index === -1 ? preference.length : index;
  };
  return candidates.sort((a, b) => rank(a) - rank(b))[0] ?? null;
}

export interface UsbPrinterOptions {
  statusTimeoutMs?: number;
  timer?: Timer;
}

const hex4 = (n: number) => n.toString(16).padStart(4, '0');

export function usbDeviceName(device: Pick<USBDevice, 'productName' | 'vendorId' | 'productId'>): string {
  return device.productName ?? `USB printer ${hex4(device.vendorId)}:${hex4(device.productId)}`;
}

/** Opens the device, claims its printer interface and returns it as a printer transport. */
export async function openUsbPrinter(device: UsbDeviceLike, options: UsbPrinterOptions = {}): Promise<PrinterTransport> {
  const target = findPrinterEndpoint(device.configurations);
  if (!target) {
    throw new HardwareError(
      hardwareErrorCodes.NO_PRINTER_INTERFACE,
      `${usbDeviceName(device)} has no way to receive print data (no bulk OUT endpoint). Is it a printer?`,
    );
  }
  try {
    if (!device.opened) await device.open();
    if (device.configuration?.configurationValue !== target.configurationValue) await device.selectConfiguration(target.configurationValue);
    await device.claimInterface(target.interfaceNumber);
    if (target.alternateSetting !== 0) await device.selectAlternateInterface(target.interfaceNumber, target.alternateSetting);
  } catch (error) {
    throw openError(error, 'USB printer');
  }
  return new UsbPrinterTransport(device, target, options);
}

class UsbPrinterTransport implements PrinterTransport {
  readonly kind = 'web-usb';
  readonly name: string;

  constructor(
    private readonly device: UsbDeviceLike,
    private readonly target: UsbPrinterEndpoint,
    private readonly options: UsbPrinterOptions,
  ) {
    this.name = usbDeviceName(device);
  }

  async write(bytes: Uint8Array): Promise<void> {
    let result: USBOutTransferResult;
    try {
      result = await this.device.transferOut(this.target.endpointNumber, ownBuffer(bytes));
    } catch (error) {
      throw writeError(error);
    }
    if (result.status === 'stall') {
      await this.device.clearHalt('out', this.target.endpointNumber).catch(() => undefined);
      throw new HardwareError(hardwareErrorCodes.WRITE_FAILED, 'The printer refused the data (endpoint stalled). It will be sent again.');
    }
    if (result.status !== 'ok' || result.bytesWritten !== bytes.length) {
      throw new HardwareError(hardwareErrorCodes.WRITE_FAILED, `The printer took ${result.bytesWritten} of ${bytes.length} bytes.`);
    }
  }

  /** Printer-class devices answer GET_PORT_STATUS; others report unknown. */
  async status(): Promise<PrinterStatus> {
    if (this.target.interfaceClass !== USB_CLASS_PRINTER) return unknownStatus;
    try {
      const request = this.device.controlTransferIn(
        { requestType: 'class', recipient: 'interface', request: GET_PORT_STATUS, value: 0, index: this.target.interfaceNumber },
        1,
      );
      const result = await withTimeout(request, this.options.statusTimeoutMs ?? 500, this.options.timer ?? systemTimer);
      if (result === TIMED_OUT || result.status !== 'ok' || !result.data || result.data.byteLength < 1) return unknownStatus;
      return parsePortStatus(result.data.getUint8(0));
    } catch {
      return unknownStatus;
    }
  }

  async close(): Promise<void> {
    try {
      await this.device.releaseInterface(this.target.interfaceNumber);
      await this.device.close();
    } catch {
      // Unplugged already: nothing left to release.
    }
  }
}

/**
 * Vendors whose receipt printers often present a vendor-specific interface instead of the
 * printer class, so the picker lists them too: Epson, Star, Bixolon, Citizen.
 */
export const defaultUsbPrinterFilters: USBDeviceFilter[] = [
  { classCode: USB_CLASS_PRINTER },
  { vendorId: 0x04b8 },
  { vendorId: 0x0519 },
  { vendorId: 0x1504 },
  { vendorId: 0x1d90 },
];

/** Asks the user to pick a USB printer (needs a click or tap: browsers require a user gesture). */
export async function requestUsbPrinter(usb: Pick<USB, 'requestDevice'>, filters: USBDeviceFilter[] = defaultUsbPrinterFilters): Promise<USBDevice> {
  try {
    return await usb.requestDevice({ filters });
  } catch (error) {
    throw pickerError(error);
  }
}
