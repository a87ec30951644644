/**
 * A hand-written USBDevice for tests: interfaces and endpoints as a real printer or USB serial
 * device describes them, every transfer recorded, failures switchable.
 */
export interface FakeEndpoint {
  endpointNumber: number;
  direction: USBDirection;
  type?: USBEndpointType;
  packetSize?: number;
}

export interface FakeInterface {
  interfaceNumber: number;
  interfaceClass: number;
  endpoints: FakeEndpoint[];
  alternateSetting?: number;
}

export interface FakeUsbSpec {
  vendorId: number;
  productId: number;
  productName?: string;
  serialNumber?: string;
  interfaces: FakeInterface[];
}

/** A printer-class receipt printer: interface 0, bulk OUT 1, bulk IN 2. */
export const printerClassSpec: FakeUsbSpec = {
  vendorId: 0x04b8,
  productId: 0x0e28,
  productName: 'TM-T20III',
  serialNumber: 'X5EF012345',
  interfaces: [{ interfaceNumber: 0, interfaceClass: 7, endpoints: [{ endpointNumber: 1, direction: 'out' }, { endpointNumber: 2, direction: 'in' }] }],
};

/** A USB CDC-ACM device (virtual COM port): control interface 0, data interface 1. */
export const cdcAcmSpec: FakeUsbSpec = {
  vendorId: 0x0483,
  productId: 0x5740,
  productName: 'USB Serial Printer',
  interfaces: [
    { interfaceNumber: 0, interfaceClass: 2, endpoints: [{ endpointNumber: 3, direction: 'in', type: 'interrupt' }] },
    { interfaceNumber: 1, interfaceClass: 10, endpoints: [{ endpointNumber: 1, direction: 'out' }, { endpointNumber: 2, direction: 'in' }] },
  ],
};

export class FakeUsbDevice implements USBDevice {
  readonly usbVersionMajor = 2;
  readonly usbVersionMinor = 0;
  readonly usbVersionSubminor = 0;
  readonly deviceClass = 0;
  readonly deviceSubclass = 0;
  readonly deviceProtocol = 0;
  readonly deviceVersionMajor = 1;
  readonly deviceVersionMinor = 0;
  readonly deviceVersionSubminor = 0;
  readonly vendorId: number;
  readonly productId: number;
  readonly manufacturerName = null;
  readonly productName: string | null;
  readonly serialNumber: string | null;
  readonly configurations: USBConfiguration[];
  configuration: USBConfiguration | null = null;
  opened = false;

  readonly claimed = new Set<number>();
  readonly transfers: { endpointNumber: number; data: Uint8Array }[] = [];
  readonly controlOut: { setup: USBControlTransferParameters; data: Uint8Array | null }[] = [];
  readonly halted: number[] = [];
  /** Makes claimInterface fail, e.g. with a NetworkError while the OS printer driver holds it. */
  claimError: Error | null = null;
  /** What the next transferOut does: succeed, stall, or throw (unplugged). */
  outcome: 'ok' | 'stall' | Error = 'ok';
  /** The byte a printer-class GET_PORT_STATUS answers. */
  portStatus = 0x18;

  constructor(spec: FakeUsbSpec) {
    this.vendorId = spec.vendorId;
    this.productId = spec.productId;
    this.productName = spec.productName ?? null;
    this.serialNumber = spec.serialNumber ?? null;
    const configuration = { configurationValue: 1, configurationName: null, interfaces: [] as USBInterface[] };
    for (const spec_ of spec.interfaces) {
      const alternate: USBAlternateInterface = {
        alternateSetting: spec_.alternateSetting ?? 0,
        interfaceClass: spec_.interfaceClass,
        interfaceSubclass: 0,
        interfaceProtocol: 0,
        interfaceName: null,
        endpoints: spec_.endpoints.map((e) => ({ endpointNumber: e.endpointNumber, direction: e.direction, type: e.type ?? 'bulk', packetSize: e.packetSize ?? 64 })),
      };
      configuration.interfaces.push({ interfaceNumber: spec_.interfaceNumber, alternate, alternates: [alternate], claimed: false });
    }
    this.configurations = [configuration];
  }

  get bytesOut(): number[] {
    return this.transfers.flatMap((t) => Array.from(t.data));
  }

  open(): Promise<void> {
    this.opened = true;
    return Promise.resolve();
  }

  close(): Promise<void> {
    this.opened = false;
    this.claimed.clear();
    return Promise.resolve();
  }

  forget(): Promise<void> {
    return Promise.resolve();
  }

  selectConfiguration(value: number): Promise<void> {
    this.configuration = this.configurations.find((c) => c.configurationValue === value) ?? null;
    return Promise.resolve();
  }

  claimInterface(interfaceNumber: number): Promise<void> {
    if (!this.opened) return Promise.reject(new DOMException('The device must be opened first.', 'InvalidStateError'));
    if (this.claimError) return Promise.reject(this.claimError);
    this.claimed.add(interfaceNumber);
    return Promise.resolve();
  }

  releaseInterface(interfaceNumber: number): Promise<void> {
    this.claimed.delete(interfaceNumber);
    return Promise.resolve();
  }

  selectAlternateInterface(): Promise<void> {
    return Promise.resolve();
  }

  controlTransferIn(setup: USBControlTransferParameters, length: number): Promise<USBInTransferResult> {
    if (setup.requestType === 'class' && setup.request === 1 && length >= 1) {
      return Promise.resolve({ status: 'ok', data: new DataView(Uint8Array.of(this.portStatus).buffer) });
    }
    return Promise.resolve({ status: 'stall' });
  }

  controlTransferOut(setup: USBControlTransferParameters, data?: BufferSource): Promise<USBOutTransferResult> {
    const bytes = data === undefined ? null : ArrayBuffer.isView(data) ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength) : new Uint8Array(data);
    this.controlOut.push({ setup, data: bytes ? Uint8Array.from(bytes) : null });
    return Promise.resolve({ status: 'ok', bytesWritten: bytes?.length ?? 0 });
  }

  clearHalt(_direction: USBDirection, endpointNumber: number): Promise<void> {
    this.halted.push(endpointNumber);
    return Promise.resolve();
  }

  /** Nothing arrives from the device unless a test pushes it; the read waits like a real one. */
  transferIn(): Promise<USBInTransferResult> {
    return new Promise(() => undefined);
  }

  transferOut(endpointNumber: number, data: BufferSource): Promise<USBOutTransferResult> {
    if (!this.opened) return Promise.reject(new DOMException('The device must be opened first.', 'InvalidStateError'));
    if (this.outcome instanceof Error) return Promise.reject(this.outcome);
    if (this.outcome === 'stall') return Promise.resolve({ status: 'stall', bytesWritten: 0 });
    const bytes = ArrayBuffer.isView(data) ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength) : new Uint8Array(data);
    this.transfers.push({ endpointNumber, data: Uint8Array.from(bytes) });
    return Promise.resolve({ status: 'ok', bytesWritten: bytes.length });
  }

  isochronousTransferIn(): Promise<USBIsochronousInTransferResult> {
    return Promise.reject(new DOMException('Not supported by this fake.', 'NotSupportedError'));
  }

  isochronousTransferOut(): Promise<USBIsochronousOutTransferResult> {
    return Promise.reject(new DOMException('Not supported by this fake.', 'NotSupportedError'));
  }

  reset(): Promise<void> {
    return Promise.resolve();
  }
}
