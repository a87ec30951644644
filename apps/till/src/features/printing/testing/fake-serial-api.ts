/**
 * A small stand-in for navigator.serial in the till's unit tests: ports that record every write,
 * answer the ESC/POS paper status request, can refuse writes, and can be unplugged and plugged
 * back in (with the browser's connect/disconnect events). The Playwright suite injects a fuller
 * one into the real browser (e2e/fakes).
 */
const STATUS_REQUEST = [0x10, 0x04, 0x04];

export class FakeSerialPort extends EventTarget {
  readonly writes: Uint8Array[] = [];
  failWrites = false;
  paperOut = false;
  private controller: ReadableStreamDefaultController<Uint8Array> | null = null;
  readable: ReadableStream<Uint8Array> | null = null;
  writable: WritableStream<Uint8Array> | null = null;

  constructor(private readonly info: SerialPortInfo = { usbVendorId: 0x04b8, usbProductId: 0x0e28 }) {
    super();
  }

  getInfo(): SerialPortInfo {
    return this.info;
  }

  open(): Promise<void> {
    if (this.writable) return Promise.reject(new DOMException('The port is already open.', 'InvalidStateError'));
    this.readable = new ReadableStream<Uint8Array>({
      start: (controller) => {
        this.controller = controller;
      },
    });
    this.writable = new WritableStream<Uint8Array>({
      write: (chunk) => {
        if (this.failWrites) throw new DOMException('The device did not accept the data.', 'NetworkError');
        const bytes = Uint8Array.from(chunk);
        this.writes.push(bytes);
        if (bytes.length === 3 && bytes.every((b, i) => b === STATUS_REQUEST[i])) this.controller?.enqueue(Uint8Array.of(this.paperOut ? 0x72 : 0x12));
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

  /** Writes that are not paper status requests: what went to the paper. */
  get printed(): Uint8Array[] {
    return this.writes.filter((w) => w.length !== 3 || w[0] !== 0x10);
  }
}

export class FakeSerial extends EventTarget {
  private readonly granted: FakeSerialPort[] = [];
  private readonly unplugged = new Set<FakeSerialPort>();
  /** What the next requestPort() "picks" in the browser's chooser. */
  next: FakeSerialPort | null = null;

  requestPort(): Promise<FakeSerialPort> {
    const port = this.next;
    if (!port) return Promise.reject(new DOMException('No port selected by the user.', 'NotFoundError'));
    if (!this.granted.includes(port)) this.granted.push(port);
    return Promise.resolve(port);
  }

  getPorts(): Promise<FakeSerialPort[]> {
    return Promise.resolve(this.granted.filter((p) => !this.unplugged.has(p)));
  }

  grant(port: FakeSerialPort): void {
    this.granted.push(port);
  }

  unplug(port: FakeSerialPort): void {
    this.unplugged.add(port);
    void port.close();
    this.dispatchEvent(new Event('disconnect'));
  }

  plug(port: FakeSerialPort): void {
    this.unplugged.delete(port);
    this.dispatchEvent(new Event('connect'));
  }
}
