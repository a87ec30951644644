/**
 * A fake navigator.serial and navigator.usb for Playwright, injected with page.addInitScript
 * before the till loads. It stands in for a receipt printer on a serial port (an Epson on a
 * virtual COM port) and one on USB (a Star, printer class), records every byte the till writes,
 * answers the paper status requests the way real printers do, and can be switched to fail,
 * unplugged (with the browser's disconnect/connect events) or out of paper.
 *
 * Everything is kept in sessionStorage, so a reload keeps the permissions the site was granted
 * (getPorts/getDevices find the printer again without a chooser), the recorded bytes and the
 * modes. installFakeHardware runs in the browser: it must not close over anything in this file.
 */
export type FakeDeviceId = 'serial-printer' | 'usb-printer';
export type FakeMode = 'ok' | 'fail' | 'unplugged' | 'out-of-paper';

export interface FakeHardwareControl {
  /** Every write to a device, oldest first, as byte arrays. */
  writes(device: FakeDeviceId): number[][];
  setMode(device: FakeDeviceId, mode: FakeMode): void;
  mode(device: FakeDeviceId): FakeMode;
  /** Which device the next browser chooser picks. */
  choose(device: FakeDeviceId): void;
}

declare global {
  interface Window {
    __fakeHardware: FakeHardwareControl;
  }
}

export function installFakeHardware(): void {
  const KEY = '__tillsafeFakeHardware';
  interface Saved {
    granted: string[];
    modes: Record<string, FakeMode>;
    writes: Record<string, number[][]>;
    chosen: { serial: string; usb: string };
  }
  const load = (): Saved => {
    const fresh: Saved = { granted: [], modes: {}, writes: {}, chosen: { serial: 'serial-printer', usb: 'usb-printer' } };
    try {
      const raw = sessionStorage.getItem(KEY);
      return raw ? { ...fresh, ...(JSON.parse(raw) as Partial<Saved>) } : fresh;
    } catch {
      return fresh;
    }
  };
  const state = load();
  const save = () => {
    sessionStorage.setItem(KEY, JSON.stringify(state));
  };
  const modeOf = (id: string): FakeMode => state.modes[id] ?? 'ok';
  const record = (id: string, bytes: Uint8Array) => {
    (state.writes[id] ??= []).push(Array.from(bytes));
    save();
  };
  const lost = () => new DOMException('The device has been lost.', 'NotFoundError');
  const isStatusRequest = (b: Uint8Array) => b.length === 3 && b[0] === 0x10 && b[1] === 0x04;

  // --- serial ---------------------------------------------------------------------------
  class FakeSerialPort extends EventTarget {
    readable: ReadableStream<Uint8Array> | null = null;
    writable: WritableStream<Uint8Array> | null = null;
    onconnect: ((event: Event) => void) | null = null;
    ondisconnect: ((event: Event) => void) | null = null;
    private controller: ReadableStreamDefaultController<Uint8Array> | null = null;

    constructor(
      readonly id: string,
      private readonly info: { usbVendorId: number; usbProductId: number },
    ) {
      super();
    }

    get connected() {
      return modeOf(this.id) !== 'unplugged';
    }

    getInfo() {
      return { ...this.info };
    }

    open(): Promise<void> {
      if (modeOf(this.id) === 'unplugged') return Promise.reject(lost());
      if (this.writable) return Promise.reject(new DOMException('The port is already open.', 'InvalidStateError'));
      this.readable = new ReadableStream<Uint8Array>({
        start: (controller) => {
          this.controller = controller;
        },
      });
      this.writable = new WritableStream<Uint8Array>({
        write: (chunk) => {
          const mode = modeOf(this.id);
          if (mode === 'unplugged') throw lost();
          if (mode === 'fail') throw new DOMException('The device did not accept the data.', 'NetworkError');
          const bytes = Uint8Array.from(chunk);
          record(this.id, bytes);
          // DLE EOT 4, the roll paper sensor: 0x12 = paper present, 0x72 = paper out.
          if (isStatusRequest(bytes)) this.controller?.enqueue(Uint8Array.of(mode === 'out-of-paper' ? 0x72 : 0x12));
        },
      });
      return Promise.resolve();
    }

    close(): Promise<void> {
      this.readable = null;
      this.writable = null;
      this.controller = null;
      return Promise.resolve();
    }

    forget(): Promise<void> {
      state.granted = state.granted.filter((g) => g !== this.id);
      save();
      return Promise.resolve();
    }
  }

  // --- USB ------------------------------------------------------------------------------
  interface Endpoint {
    endpointNumber: number;
    direction: 'in' | 'out';
    type: 'bulk';
    packetSize: number;
  }
  interface Alternate {
    alternateSetting: number;
    interfaceClass: number;
    interfaceSubclass: number;
    interfaceProtocol: number;
    interfaceName: null;
    endpoints: Endpoint[];
  }
  interface Configuration {
    configurationValue: number;
    configurationName: null;
    interfaces: { interfaceNumber: number; alternate: Alternate; alternates: Alternate[]; claimed: boolean }[];
  }
  type TransferResult = { status: 'ok'; bytesWritten: number } | { status: 'ok'; data: DataView };

  class FakeUsbDevice {
    opened = false;
    configuration: Configuration | null = null;
    readonly manufacturerName = 'Star Micronics';
    readonly usbVersionMajor = 2;
    readonly usbVersionMinor = 0;
    readonly usbVersionSubminor = 0;
    readonly deviceClass = 0;
    readonly deviceSubclass = 0;
    readonly deviceProtocol = 0;
    readonly deviceVersionMajor = 1;
    readonly deviceVersionMinor = 0;
    readonly deviceVersionSubminor = 0;
    readonly configurations: Configuration[];

    constructor(
      readonly id: string,
      readonly vendorId: number,
      readonly productId: number,
      readonly productName: string,
      readonly serialNumber: string,
    ) {
      const endpoint = (endpointNumber: number, direction: 'in' | 'out'): Endpoint => ({ endpointNumber, direction, type: 'bulk', packetSize: 64 });
      const alternate: Alternate = { alternateSetting: 0, interfaceClass: 7, interfaceSubclass: 1, interfaceProtocol: 2, interfaceName: null, endpoints: [endpoint(1, 'out'), endpoint(2, 'in')] };
      this.configurations = [{ configurationValue: 1, configurationName: null, interfaces: [{ interfaceNumber: 0, alternate, alternates: [alternate], claimed: false }] }];
    }

    open() {
      if (modeOf(this.id) === 'unplugged') return Promise.reject(lost());
      this.opened = true;
      return Promise.resolve();
    }

    close() {
      this.opened = false;
      return Promise.resolve();
    }

    selectConfiguration() {
      this.configuration = this.configurations[0] ?? null;
      return Promise.resolve();
    }

    claimInterface() {
      return Promise.resolve();
    }

    releaseInterface() {
      return Promise.resolve();
    }

    selectAlternateInterface() {
      return Promise.resolve();
    }

    clearHalt() {
      return Promise.resolve();
    }

    forget() {
      return Promise.resolve();
    }

    transferOut(_endpoint: number, data: BufferSource): Promise<TransferResult> {
      const mode = modeOf(this.id);
      if (mode === 'unplugged' || !this.opened) return Promise.reject(lost());
      if (mode === 'fail') return Promise.reject(new DOMException('A transfer error has occurred.', 'NetworkError'));
      const bytes = data instanceof Uint8Array ? Uint8Array.from(data) : new Uint8Array(data instanceof ArrayBuffer ? data : data.buffer);
      record(this.id, bytes);
      return Promise.resolve({ status: 'ok', bytesWritten: bytes.byteLength });
    }

    /** USB printer class GET_PORT_STATUS: bit 5 paper empty, bit 4 selected, bit 3 no error. */
    controlTransferIn(): Promise<TransferResult> {
      const byte = modeOf(this.id) === 'out-of-paper' ? 0x28 : 0x18;
      return Promise.resolve({ status: 'ok', data: new DataView(Uint8Array.of(byte).buffer) });
    }
  }

  const ports: Record<string, FakeSerialPort> = { 'serial-printer': new FakeSerialPort('serial-printer', { usbVendorId: 0x04b8, usbProductId: 0x0e28 }) };
  const usbDevices: Record<string, FakeUsbDevice> = { 'usb-printer': new FakeUsbDevice('usb-printer', 0x0519, 0x0003, 'TSP143IIIU', 'SP1234567') };

  const grant = (id: string) => {
    if (!state.granted.includes(id)) state.granted.push(id);
    save();
  };
  const present = (id: string) => state.granted.includes(id) && modeOf(id) !== 'unplugged';

  class FakeSerial extends EventTarget {
    onconnect: ((event: Event) => void) | null = null;
    ondisconnect: ((event: Event) => void) | null = null;

    requestPort(): Promise<FakeSerialPort> {
      const port = ports[state.chosen.serial];
      if (!port || modeOf(port.id) === 'unplugged') return Promise.reject(new DOMException('No port selected by the user.', 'NotFoundError'));
      grant(port.id);
      return Promise.resolve(port);
    }

    getPorts(): Promise<FakeSerialPort[]> {
      return Promise.resolve(Object.values(ports).filter((p) => present(p.id)));
    }
  }

  class FakeUsb extends EventTarget {
    onconnect: ((event: Event) => void) | null = null;
    ondisconnect: ((event: Event) => void) | null = null;

    requestDevice(): Promise<FakeUsbDevice> {
      const device = usbDevices[state.chosen.usb];
      if (!device || modeOf(device.id) === 'unplugged') return Promise.reject(new DOMException('No device selected.', 'NotFoundError'));
      grant(device.id);
      return Promise.resolve(device);
    }

    getDevices(): Promise<FakeUsbDevice[]> {
      return Promise.resolve(Object.values(usbDevices).filter((d) => present(d.id)));
    }
  }

  const serial = new FakeSerial();
  const usb = new FakeUsb();
  Object.defineProperty(Navigator.prototype, 'serial', { configurable: true, get: () => serial });
  Object.defineProperty(Navigator.prototype, 'usb', { configurable: true, get: () => usb });

  /** The browser's connect/disconnect events: on navigator.serial with the port as target, on navigator.usb with event.device. */
  const announce = (id: string, type: 'connect' | 'disconnect') => {
    const port = ports[id];
    if (port) {
      if (type === 'disconnect') void port.close();
      const event = new Event(type, { bubbles: true });
      port.dispatchEvent(new Event(type));
      Object.defineProperty(event, 'target', { value: port });
      serial.dispatchEvent(event);
      return;
    }
    const device = usbDevices[id];
    if (device) {
      if (type === 'disconnect') device.opened = false;
      const event = new Event(type);
      Object.defineProperty(event, 'device', { value: device });
      usb.dispatchEvent(event);
    }
  };

  window.__fakeHardware = {
    writes: (device) => state.writes[device] ?? [],
    mode: (device) => modeOf(device),
    choose: (device) => {
      if (device in ports) state.chosen.serial = device;
      else state.chosen.usb = device;
      save();
    },
    setMode: (device, mode) => {
      const before = modeOf(device);
      state.modes[device] = mode;
      save();
      if (mode === 'unplugged' && before !== 'unplugged' && state.granted.includes(device)) announce(device, 'disconnect');
      if (mode !== 'unplugged' && before === 'unplugged' && state.granted.includes(device)) announce(device, 'connect');
    },
  };
}
