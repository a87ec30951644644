import { describe, expect, test } from 'vitest';
import { findSerialPort, findUsbDevice, identifySerialPort, identifyUsbDevice, savedDeviceSchema } from './device-identity';
import { FakeSerialPort } from './testing/fake-serial-port';
import { FakeUsbDevice, printerClassSpec } from './testing/fake-usb-device';

describe('finding a paired device again after a reload', () => {
  test('a USB printer is found among granted devices by vendor, product and serial number', () => {
    const mine = new FakeUsbDevice(printerClassSpec);
    const twin = new FakeUsbDevice({ ...printerClassSpec, serialNumber: 'OTHER' });
    const identity = identifyUsbDevice(mine);
    expect(identity).toEqual({ transport: 'web-usb', usbVendorId: 0x04b8, usbProductId: 0x0e28, serialNumber: 'X5EF012345', name: 'TM-T20III' });
    expect(findUsbDevice([twin, mine], identity)).toBe(mine);
    expect(findUsbDevice([twin], identity)).toBeNull();
  });

  test('a serial port is found by its USB ids; a built-in COM port by having none', () => {
    const adapter = new FakeSerialPort({ usbVendorId: 0x067b, usbProductId: 0x2303 });
    const builtIn = new FakeSerialPort({});
    expect(findSerialPort([builtIn, adapter], identifySerialPort(adapter))).toBe(adapter);
    expect(findSerialPort([adapter, builtIn], identifySerialPort(builtIn))).toBe(builtIn);
  });

  test('a saved device is parsed with its profile defaults filled in', () => {
    const saved = savedDeviceSchema.parse({ id: 'p1', role: 'receipt-printer', identity: identifyUsbDevice(new FakeUsbDevice(printerClassSpec)), profile: {} });
    expect(saved.profile).toMatchObject({ language: 'esc-pos', paper: '80mm', codepage: 'cp858', cut: 'partial', drawer: { pin: 2, onMs: 50, offMs: 500 } });
  });
});
