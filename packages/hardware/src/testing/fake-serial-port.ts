/**
 * A hand-written SerialPort for tests (hardware cannot be plugged into CI): it records what is
 * written, can answer writes (a printer's status byte) and can push bytes (a scanner's codes).
 */
export class FakeSerialPort extends EventTarget implements SerialPort {
  onconnect: ((this: this, ev: Event) => void) | null = null;
  ondisconnect: ((this: this, ev: Event) => void) | null = null;
  connected = true;

  readonly writes: Uint8Array[] = [];
  openedWith: SerialOptions | null = null;
  /** Bytes the "device" sends back after each write, e.g. a DLE EOT status answer. */
  respond: ((written: Uint8Array) => Uint8Array | null) | null = null;
  /** Makes open() fail, e.g. with a NetworkError when another program has the port. */
  openError: Error | null = null;
  /** Makes writes fail, e.g. after an unplug. */
  writeError: Error | null = null;

  private readableStream: ReadableStream<Uint8Array> | null = null;
  private writableStream: WritableStream<Uint8Array> | null = null;
  private controller: ReadableStreamDefaultController<Uint8Array> | null = null;

  constructor(private readonly info: SerialPortInfo = { usbVendorId: 0x04b8, usbProductId: 0x0e28 }) {
    super();
  }

  get readable(): ReadableStream<Uint8Array> | null {
    return this.readableStream;
  }

  get writable(): WritableStream<Uint8Array> | null {
    return this.writableStream;
  }

  get bytesWritten(): number[] {
    return this.writes.flatMap((w) => Array.from(w));
  }

  open(options: SerialOptions): Promise<void> {
    if (this.openError) return Promise.reject(this.openError);
    if (this.openedWith) return Promise.reject(new DOMException('The port is already open.', 'InvalidStateError'));
    this.openedWith = options;
    this.readableStream = new ReadableStream<Uint8Array>({
      start: (controller) => {
        this.controller = controller;
      },
    });
    this.writableStream = new WritableStream<Uint8Array>({
      write: (chunk) => {
        if (this.writeError) throw this.writeError;
        const copy = Uint8Array.from(chunk);
        this.writes.push(copy);
        const answer = this.respond?.(copy);
        if (answer) this.push(answer);
      },
    });
    return Promise.resolve();
  }

  /** Bytes arriving from the device. */
  push(bytes: Uint8Array): void {
    this.controller?.enqueue(Uint8Array.from(bytes));
  }

  /**
   * Errors the current readable, as a line error (BreakError: Web Serial then offers a fresh
   * readable) or as the device going away (NetworkError: the port has nothing left to read).
   */
  failReadable(error: DOMException): void {
    this.controller?.error(error);
    if (error.name === 'NetworkError') {
      this.readableStream = null;
      return;
    }
    this.readableStream = new ReadableStream<Uint8Array>({
      start: (controller) => {
        this.controller = controller;
      },
    });
  }

  close(): Promise<void> {
    this.openedWith = null;
    this.readableStream = null;
    this.writableStream = null;
    this.controller = null;
    return Promise.resolve();
  }

  getInfo(): SerialPortInfo {
    return this.info;
  }

  setSignals(): Promise<void> {
    return Promise.resolve();
  }

  getSignals(): Promise<SerialInputSignals> {
    return Promise.resolve({ dataCarrierDetect: false, clearToSend: true, ringIndicator: false, dataSetReady: true });
  }

  forget(): Promise<void> {
    return Promise.resolve();
  }
}
