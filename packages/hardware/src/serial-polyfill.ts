import { SerialPort as UsbSerialPort } from 'web-serial-polyfill';
import { HardwareError, hardwareErrorCodes, pickerError } from './errors';
import type { PrinterTransport } from './transport';
import { openSerialPrinter, type SerialPortLike, type SerialPrinterOptions } from './web-serial-transport';
import { USB_CLASS_CDC_DATA } from './web-usb-transport';

/**
 * Serial devices on Android tablets. Chrome on Android has long offered WebUSB but not Web Serial,
 * so Google's web-serial-polyfill implements a SerialPort on top of a WebUSB device speaking USB
 * CDC-ACM (communications class 2 + data class 10): USB printers, scanners and pole displays that
 * present a "virtual COM port" this way. Adapters with their own chip protocols (FTDI, Prolific
 * PL2303, WCH CH340, Silicon Labs CP210x) are not CDC-ACM and do not work through it.
 */
export const USB_CLASS_CDC_CONTROL = 2;

/** True when the device has the two CDC-ACM interfaces the polyfill needs. */
export function isCdcAcmDevice(device: Pick<USBDevice, 'configurations'>): boolean {
  const classes = new Set(device.configurations[0]?.interfaces.map((i) => i.alternates[0]?.interfaceClass) ?? []);
  return classes.has(USB_CLASS_CDC_CONTROL) && classes.has(USB_CLASS_CDC_DATA);
}

/** A SerialPort over a WebUSB device, for openSerialPrinter() or a serial scanner. */
export function serialPortOverUsb(device: USBDevice): SerialPortLike {
  if (!isCdcAcmDevice(device)) {
    throw new HardwareError(
      hardwareErrorCodes.NO_PRINTER_INTERFACE,
      'This USB device is not a standard USB serial (CDC-ACM) device, so the tablet cannot use it as a serial port. Try it as a USB printer instead.',
    );
  }
  return new UsbSerialPort(device);
}

/** Asks the user to pick a USB serial device (user gesture required). */
export async function requestSerialPortOverUsb(usb: Pick<USB, 'requestDevice'>): Promise<SerialPortLike> {
  let device: USBDevice;
  try {
    device = await usb.requestDevice({ filters: [{ classCode: USB_CLASS_CDC_CONTROL }] });
  } catch (error) {
    throw pickerError(error);
  }
  return serialPortOverUsb(device);
}

/** The CDC-ACM devices this site may already use, as serial ports (for reconnect on load). */
export async function grantedSerialPortsOverUsb(usb: Pick<USB, 'getDevices'>): Promise<SerialPortLike[]> {
  const devices = await usb.getDevices();
  return devices.filter(isCdcAcmDevice).map(serialPortOverUsb);
}

export async function openSerialOverUsbPrinter(device: USBDevice, options: SerialPrinterOptions = {}): Promise<PrinterTransport> {
  return openSerialPrinter(serialPortOverUsb(device), { name: device.productName ?? 'USB serial printer', ...options }, 'serial-over-usb');
}
