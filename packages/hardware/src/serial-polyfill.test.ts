import { describe, expect, test } from 'vitest';
import { HardwareError } from './errors';
import { grantedSerialPortsOverUsb, isCdcAcmDevice, openSerialOverUsbPrinter, serialPortOverUsb } from './serial-polyfill';
import { cdcAcmSpec, FakeUsbDevice, printerClassSpec } from './testing/fake-usb-device';

describe('serial over WebUSB (web-serial-polyfill, for Android tablets)', () => {
  test('a CDC-ACM device is opened at 9600 8N1 with DTR and takes a receipt as one bulk transfer', async () => {
    const device = new FakeUsbDevice(cdcAcmSpec);
    const printer = await openSerialOverUsbPrinter(device);
    const receipt = Uint8Array.from({ length: 1200 }, (_, i) => i % 256);
    await printer.write(receipt);

    expect([...device.claimed].sort()).toEqual([0, 1]);
    const lineCoding = device.controlOut.find((c) => c.setup.request === 0x20);
    expect(Array.from(lineCoding?.data ?? [])).toEqual([0x80, 0x25, 0x00, 0x00, 0x00, 0x00, 0x08]); // 9600, 1 stop, no parity, 8 bits
    expect(device.controlOut.find((c) => c.setup.request === 0x22)?.setup.value).toBe(1); // DTR on
    expect(device.transfers).toEqual([{ endpointNumber: 1, data: receipt }]);
    expect(printer).toMatchObject({ kind: 'serial-over-usb', name: 'USB Serial Printer' });
  });

  test('a device that is not CDC-ACM is refused with a plain explanation', () => {
    const device = new FakeUsbDevice(printerClassSpec);
    expect(isCdcAcmDevice(device)).toBe(false);
    expect(() => serialPortOverUsb(device)).toThrow(HardwareError);
    expect(() => serialPortOverUsb(device)).toThrow(/not a standard USB serial/);
  });

  test('only granted CDC-ACM devices come back as serial ports on reload', async () => {
    const usb = { getDevices: () => Promise.resolve<USBDevice[]>([new FakeUsbDevice(printerClassSpec), new FakeUsbDevice(cdcAcmSpec)]) };
    const ports = await grantedSerialPortsOverUsb(usb);
    expect(ports.map((p) => p.getInfo())).toEqual([{ usbVendorId: 0x0483, usbProductId: 0x5740 }]);
  });
});
