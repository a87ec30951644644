import {
  CustomerDisplay,
  findSerialPort,
  findUsbDevice,
  HardwareError,
  hardwareErrorCodes,
  identifySerialPort,
  identifyUsbDevice,
  listenToSerialScanner,
  openSerialOverUsbPrinter,
  openSerialPrinter,
  openUsbPrinter,
  pickerError,
  requestSerialPort,
  requestUsbPrinter,
  serialPortName,
  serialPortOverUsb,
  USB_CLASS_CDC_CONTROL,
  type DeviceIdentity,
  type PrinterTransport,
  type SerialPortLike,
  type SerialScannerListener,
  type TransportKind,
} from '@tillsafe/hardware';
import { isPrinter, type TillDevice } from './till-device';

/**
 * The browser edge of the till's hardware: choosing a device (needs a click), finding a paired
 * one again among those the site may already use, and opening it for its role. Everything above
 * this file sees an OpenLink, never navigator.serial / navigator.usb.
 */
export interface DeviceApis {
  serial: Serial | undefined;
  usb: USB | undefined;
}

export function browserDeviceApis(): DeviceApis {
  const nav = 'navigator' in globalThis ? globalThis.navigator : undefined;
  return {
    serial: nav && 'serial' in nav ? nav.serial : undefined,
    usb: nav && 'usb' in nav ? nav.usb : undefined,
  };
}

export type DeviceHandle = { transport: 'web-serial'; port: SerialPort } | { transport: 'web-usb' | 'serial-over-usb'; device: USBDevice };

const unsupported = (what: string) =>
  new HardwareError(hardwareErrorCodes.UNSUPPORTED, `This browser cannot open ${what}. Use Chrome or Edge on a computer or an Android tablet.`);

function serialApi(apis: DeviceApis): Serial {
  if (!apis.serial) throw unsupported('serial ports');
  return apis.serial;
}

function usbApi(apis: DeviceApis): USB {
  if (!apis.usb) throw unsupported('USB devices');
  return apis.usb;
}

/** Shows the browser's device chooser (call it straight from a click) and names what was picked. */
export async function chooseDevice(apis: DeviceApis, transport: TransportKind, forPrinter: boolean): Promise<{ handle: DeviceHandle; identity: DeviceIdentity }> {
  if (transport === 'web-serial') {
    const port = await requestSerialPort(serialApi(apis));
    return { handle: { transport, port }, identity: identifySerialPort(port, serialPortName(port)) };
  }
  const usb = usbApi(apis);
  let device: USBDevice;
  if (transport === 'web-usb' && forPrinter) {
    device = await requestUsbPrinter(usb);
  } else {
    try {
      device = await usb.requestDevice({ filters: transport === 'serial-over-usb' ? [{ classCode: USB_CLASS_CDC_CONTROL }] : [] });
    } catch (error) {
      throw pickerError(error);
    }
  }
  return { handle: { transport, device }, identity: identifyUsbDevice(device, transport) };
}

/** The paired device among those this site may use right now, or null (unplugged, switched off). */
export async function findGranted(apis: DeviceApis, identity: DeviceIdentity): Promise<DeviceHandle | null> {
  if (identity.transport === 'web-serial') {
    if (!apis.serial) return null;
    const port = findSerialPort(await apis.serial.getPorts(), identity);
    return port ? { transport: 'web-serial', port } : null;
  }
  if (!apis.usb) return null;
  const device = findUsbDevice(await apis.usb.getDevices(), identity);
  return device ? { transport: identity.transport, device } : null;
}

export function sameDevice(a: DeviceHandle, b: DeviceHandle): boolean {
  return 'port' in a ? 'port' in b && a.port === b.port : 'device' in b && a.device === b.device;
}

export function transportSupported(apis: DeviceApis, transport: TransportKind): boolean {
  return transport === 'web-serial' ? apis.serial !== undefined : apis.usb !== undefined;
}

/** A device opened for its role. */
export interface OpenLink {
  handle: DeviceHandle;
  /** Printers and the customer display. */
  transport: PrinterTransport | null;
  display: CustomerDisplay | null;
  scanner: SerialScannerListener | null;
  /** False once the device went away (port closed, USB device closed). */
  alive(): boolean;
  close(): Promise<void>;
}

export interface LinkCallbacks {
  onScan: (code: string) => void;
  /** The device stopped working on its own (a scanner unplugged, a display failing). */
  onLost: (error: HardwareError) => void;
}

function serialPortOf(handle: DeviceHandle): SerialPortLike {
  if (handle.transport === 'web-serial') return handle.port;
  if (handle.transport === 'serial-over-usb') return serialPortOverUsb(handle.device);
  throw new HardwareError(hardwareErrorCodes.NO_PRINTER_INTERFACE, 'A barcode scanner must be connected as a serial or USB serial device.');
}

async function openTransport(handle: DeviceHandle, device: TillDevice, statusQuery: boolean): Promise<PrinterTransport> {
  const serial = { baudRate: device.baudRate, statusQuery, name: device.identity.name };
  if (handle.transport === 'web-serial') return openSerialPrinter(handle.port, serial);
  if (handle.transport === 'serial-over-usb') return openSerialOverUsbPrinter(handle.device, serial);
  return openUsbPrinter(handle.device);
}

function aliveCheck(handle: DeviceHandle): () => boolean {
  if (handle.transport === 'web-serial') return () => handle.port.writable !== null;
  return () => handle.device.opened;
}

export async function openLink(handle: DeviceHandle, device: TillDevice, callbacks: LinkCallbacks): Promise<OpenLink> {
  if (device.role === 'scanner') {
    const port = serialPortOf(handle);
    let lost = false;
    const scanner = await listenToSerialScanner(port, callbacks.onScan, {
      baudRate: device.baudRate,
      onError: (error) => {
        lost = true;
        callbacks.onLost(error);
      },
    });
    return {
      handle,
      transport: null,
      display: null,
      scanner,
      alive: () => !lost && port.readable !== null,
      close: async () => {
        await scanner.stop();
        await port.close().catch(() => undefined);
      },
    };
  }
  const transport = await openTransport(handle, device, isPrinter(device) && device.profile.language === 'esc-pos');
  const display =
    device.role === 'customer-display'
      ? new CustomerDisplay(transport, {
          protocol: device.displayProtocol,
          onError: (error) => {
            callbacks.onLost(error instanceof HardwareError ? error : new HardwareError(hardwareErrorCodes.WRITE_FAILED, 'The customer display stopped answering.'));
          },
        })
      : null;
  return { handle, transport, display, scanner: null, alive: aliveCheck(handle), close: () => transport.close() };
}
