import { z } from 'zod';
import { printerProfileSchema } from './printer-profile';
import { transportKinds } from './transport';

/**
 * What the till remembers about a paired device so it can find it again after a reload or when
 * it is plugged back in: browsers hand back granted devices through navigator.usb.getDevices() /
 * navigator.serial.getPorts() (and "connect" events) without a new permission prompt, but not
 * by any stable id — so the till matches them by USB vendor / product id and, where WebUSB
 * offers it, the serial number.
 */
export const deviceIdentitySchema = z.object({
  transport: z.enum(transportKinds),
  usbVendorId: z.int().min(0).max(0xffff).optional(),
  usbProductId: z.int().min(0).max(0xffff).optional(),
  /** WebUSB only; Web Serial does not expose it. */
  serialNumber: z.string().optional(),
  name: z.string(),
});
export type DeviceIdentity = z.infer<typeof deviceIdentitySchema>;

export const deviceRoles = ['receipt-printer', 'ticket-printer', 'customer-display', 'scanner'] as const;

/** A configured device as the till stores it. */
export const savedDeviceSchema = z.object({
  id: z.string().min(1),
  role: z.enum(deviceRoles),
  identity: deviceIdentitySchema,
  profile: printerProfileSchema,
  /** For ticket printers: the categories whose lines it prints. */
  categories: z.array(z.string()).default([]),
});
export type SavedDevice = z.infer<typeof savedDeviceSchema>;

type UsbLike = Pick<USBDevice, 'vendorId' | 'productId' | 'serialNumber' | 'productName'>;
type PortLike = Pick<SerialPort, 'getInfo'>;

export function identifyUsbDevice(device: UsbLike, transport: 'web-usb' | 'serial-over-usb' = 'web-usb'): DeviceIdentity {
  return {
    transport,
    usbVendorId: device.vendorId,
    usbProductId: device.productId,
    ...(device.serialNumber ? { serialNumber: device.serialNumber } : {}),
    name: device.productName ?? `USB device ${device.vendorId.toString(16)}:${device.productId.toString(16)}`,
  };
}

export function identifySerialPort(port: PortLike, name = 'Serial port'): DeviceIdentity {
  const info = port.getInfo();
  return {
    transport: 'web-serial',
    ...(info.usbVendorId === undefined ? {} : { usbVendorId: info.usbVendorId }),
    ...(info.usbProductId === undefined ? {} : { usbProductId: info.usbProductId }),
    name,
  };
}

/** The granted USB device that is this identity; a serial number, when both have one, must agree. */
export function findUsbDevice<D extends UsbLike>(devices: readonly D[], identity: DeviceIdentity): D | null {
  return (
    devices.find(
      (d) =>
        d.vendorId === identity.usbVendorId &&
        d.productId === identity.usbProductId &&
        (identity.serialNumber === undefined || d.serialNumber === null || d.serialNumber === identity.serialNumber),
    ) ?? null
  );
}

/**
 * The granted serial port that is this identity. Ports without USB ids (a built-in COM port)
 * match an identity without ids; with two identical adapters the first one wins.
 */
export function findSerialPort<P extends PortLike>(ports: readonly P[], identity: DeviceIdentity): P | null {
  return ports.find((p) => p.getInfo().usbVendorId === identity.usbVendorId && p.getInfo().usbProductId === identity.usbProductId) ?? null;
}
