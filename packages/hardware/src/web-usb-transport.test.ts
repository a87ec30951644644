import { describe, expect, test } from 'vitest';
import { HardwareError } from './errors';
import { FakeUsbDevice, printerClassSpec } from './testing/fake-usb-device';
import { findPrinterEndpoint, openUsbPrinter, requestUsbPrinter } from './web-usb-transport';

const receipt = Uint8Array.from({ length: 5000 }, (_, i) => (i * 7) % 256);
const codeOf = (p: Promise<unknown>) => p.then(() => 'none', (e: unknown) => (e instanceof HardwareError ? e.code : 'other'));

describe('WebUSB printer', () => {
  test('claims the printer-class interface and sends a receipt as one bulk OUT transfer', async () => {
    const device = new FakeUsbDevice(printerClassSpec);
    const printer = await openUsbPrinter(device);
    await printer.write(receipt);
    expect(device.opened).toBe(true);
    expect(device.configuration?.configurationValue).toBe(1);
    expect([...device.claimed]).toEqual([0]);
    expect(device.transfers).toHaveLength(1);
    expect(device.transfers[0]).toEqual({ endpointNumber: 1, data: receipt });
    expect(printer).toMatchObject({ kind: 'web-usb', name: 'TM-T20III' });
  });

  test('prefers a printer-class interface over a vendor-specific one, and needs a bulk OUT endpoint', () => {
    const device = new FakeUsbDevice({
      vendorId: 1,
      productId: 2,
      interfaces: [
        { interfaceNumber: 0, interfaceClass: 0xff, endpoints: [{ endpointNumber: 5, direction: 'out' }] },
        { interfaceNumber: 1, interfaceClass: 3, endpoints: [{ endpointNumber: 6, direction: 'in', type: 'interrupt' }] },
        { interfaceNumber: 2, interfaceClass: 7, endpoints: [{ endpointNumber: 3, direction: 'out' }] },
      ],
    });
    expect(findPrinterEndpoint(device.configurations)).toMatchObject({ interfaceNumber: 2, endpointNumber: 3, interfaceClass: 7 });
  });

  test('a device without a bulk OUT endpoint is NO_PRINTER_INTERFACE', async () => {
    const keyboard = new FakeUsbDevice({ vendorId: 1, productId: 2, interfaces: [{ interfaceNumber: 0, interfaceClass: 3, endpoints: [{ endpointNumber: 1, direction: 'in', type: 'interrupt' }] }] });
    expect(await codeOf(openUsbPrinter(keyboard))).toBe('NO_PRINTER_INTERFACE');
  });

  test('an interface the operating system driver holds is DEVICE_BUSY, pointing to the guide', async () => {
    const device = new FakeUsbDevice(printerClassSpec);
    device.claimError = new DOMException('Unable to claim interface.', 'NetworkError');
    const error = await openUsbPrinter(device).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'DEVICE_BUSY' });
    expect((error as Error).message).toMatch(/hardware guide/);
  });

  test('a stalled endpoint is cleared and the write fails so it can be retried', async () => {
    const device = new FakeUsbDevice(printerClassSpec);
    const printer = await openUsbPrinter(device);
    device.outcome = 'stall';
    expect(await codeOf(printer.write(receipt))).toBe('WRITE_FAILED');
    expect(device.halted).toEqual([1]);
  });

  test('a printer unplugged during a write is DISCONNECTED', async () => {
    const device = new FakeUsbDevice(printerClassSpec);
    const printer = await openUsbPrinter(device);
    device.outcome = new DOMException('The device was disconnected.', 'NotFoundError');
    expect(await codeOf(printer.write(receipt))).toBe('DISCONNECTED');
  });

  test('paper out is read with the printer class GET_PORT_STATUS request', async () => {
    const device = new FakeUsbDevice(printerClassSpec);
    const printer = await openUsbPrinter(device);
    expect(await printer.status?.()).toEqual({ online: true, paper: 'ok' });
    device.portStatus = 0x38; // paper empty + selected + no error
    expect(await printer.status?.()).toEqual({ online: false, paper: 'out' });
  });

  test('the picker offers printer-class devices and the usual printer vendors', async () => {
    let asked: USBDeviceRequestOptions | undefined;
    const device = new FakeUsbDevice(printerClassSpec);
    const usb = {
      requestDevice: (options?: USBDeviceRequestOptions) => {
        asked = options;
        return Promise.resolve<USBDevice>(device);
      },
    };
    expect(await requestUsbPrinter(usb)).toBe(device);
    expect(asked?.filters).toContainEqual({ classCode: 7 });
    expect(asked?.filters).toContainEqual({ vendorId: 0x04b8 });
    const cancelled = { requestDevice: () => Promise.reject(new DOMException('No device selected.', 'NotFoundError')) };
    expect(await codeOf(requestUsbPrinter(cancelled))).toBe('NO_DEVICE_CHOSEN');
  });
});
