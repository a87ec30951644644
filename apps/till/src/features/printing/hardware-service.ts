import {
  createPrintQueue,
  detectCapabilities,
  HardwareError,
  hardwareErrorCodes,
  printerProfile,
  systemClock,
  testPageBytes,
  fail,
  ok,
  type Clock,
  type EnvironmentLike,
  type HardwareCapabilities,
  type PaperState,
  type PrintJob,
  type PrintQueue,
  type Result,
  type RetryPolicy,
  type Timer,
  type TransportKind,
} from '@tillsafe/hardware';
import { uuidv7 } from '@tillsafe/sync';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { TillDb } from '../../db/till-db';
import { createDisplayFeed, type DisplayView, type Money } from './customer-display-feed';
import { dexiePrintJobStore } from './dexie-print-job-store';
import { chooseDevice, findGranted, openLink, sameDevice, transportSupported, type DeviceApis, type OpenLink } from './device-access';
import { isPrinter, loadDevices, removeDevice, roleNames, saveDevice, type DeviceRole, type TillDevice } from './till-device';

/**
 * The till's hardware in one place: the paired devices, their open connections and the print
 * queue. It reconnects paired devices on start and on every USB/serial `connect` event (through
 * getPorts/getDevices, without asking again), hands the queue an open transport when it asks,
 * drops a connection a failed write has broken so the next attempt opens it afresh, and keeps a
 * store the screens read. Nothing here is awaited on the sale path: the sale code enqueues and
 * moves on (see sale-receipts.ts).
 */
export type LinkStatus = 'connected' | 'connecting' | 'not-connected' | 'error' | 'unsupported';

export interface DeviceLinkState {
  status: LinkStatus;
  /** A sentence for the cashier when not connected. */
  message: string | undefined;
  paper: PaperState;
}

export interface Notice {
  id: string;
  tone: 'error' | 'info';
  text: string;
}

export interface HardwareState {
  started: boolean;
  capabilities: HardwareCapabilities;
  devices: readonly TillDevice[];
  links: Readonly<Record<string, DeviceLinkState>>;
  jobs: readonly PrintJob[];
  /** The latest problem that belongs to no single job (a receipt that could not be laid out). */
  notice: Notice | undefined;
}

export type DeviceSettings = Partial<Pick<TillDevice, 'label' | 'profile' | 'categories' | 'baudRate' | 'displayProtocol'>>;

export interface HardwareServiceOptions {
  db: TillDb;
  apis: DeviceApis;
  env?: EnvironmentLike;
  clock?: Clock;
  timer?: Timer;
  retry?: Partial<RetryPolicy>;
}

const brokenBy = new Set<string>([hardwareErrorCodes.DISCONNECTED, hardwareErrorCodes.WRITE_FAILED, hardwareErrorCodes.WRITE_TIMEOUT]);

const asHardwareError = (error: unknown) =>
  error instanceof HardwareError ? error : new HardwareError(hardwareErrorCodes.NOT_CONNECTED, error instanceof Error ? error.message : String(error));

export class HardwareService {
  readonly store: StoreApi<HardwareState>;
  readonly queue: PrintQueue;
  private readonly open = new Map<string, OpenLink>();
  private readonly opening = new Map<string, Promise<OpenLink | null>>();
  private readonly scanListeners = new Set<(code: string) => void>();
  private readonly seenJobs = new Map<string, string>();
  private readonly display = createDisplayFeed();
  private reconciling: Promise<void> | null = null;
  private reconcileAgain = false;
  private startPromise: Promise<void> | null = null;
  private stopped = false;

  constructor(private readonly options: HardwareServiceOptions) {
    this.store = createStore<HardwareState>(() => ({
      started: false,
      capabilities: detectCapabilities(options.env),
      devices: [],
      links: {},
      jobs: [],
      notice: undefined,
    }));
    this.queue = createPrintQueue({
      store: dexiePrintJobStore(options.db),
      connect: (printerId) => this.printerTransport(printerId),
      ...(options.clock ? { clock: options.clock } : {}),
      ...(options.timer ? { timer: options.timer } : {}),
      ...(options.retry ? { retry: options.retry } : {}),
      newId: () => uuidv7(),
      onError: (error) => {
        this.report('error', error.message);
      },
    });
    this.queue.subscribe((jobs) => {
      this.store.setState({ jobs });
      this.watchJobs(jobs);
    });
  }

  /** Loads paired devices and waiting jobs, reconnects, and listens for devices coming and going. */
  start(): Promise<void> {
    this.startPromise ??= this.boot();
    return this.startPromise;
  }

  private async boot(): Promise<void> {
    const devices = await loadDevices(this.options.db);
    this.store.setState({ devices, links: Object.fromEntries(devices.map((d) => [d.id, this.initialLink(d)])) });
    await this.queue.restore();
    for (const api of [this.options.apis.serial, this.options.apis.usb]) {
      api?.addEventListener('connect', this.onDeviceEvent);
      api?.addEventListener('disconnect', this.onDeviceEvent);
    }
    this.store.setState({ started: true });
    await this.reconcile();
  }

  stop(): void {
    this.stopped = true;
    for (const api of [this.options.apis.serial, this.options.apis.usb]) {
      api?.removeEventListener('connect', this.onDeviceEvent);
      api?.removeEventListener('disconnect', this.onDeviceEvent);
    }
    this.queue.dispose();
    for (const id of [...this.open.keys()]) void this.dropLink(id);
  }

  // --- devices ------------------------------------------------------------------------------

  devices(): readonly TillDevice[] {
    return this.store.getState().devices;
  }

  device(id: string): TillDevice | undefined {
    return this.devices().find((d) => d.id === id);
  }

  /** The first device paired for a role: receipts go to the first receipt printer. */
  deviceFor(role: DeviceRole): TillDevice | undefined {
    return this.devices().find((d) => d.role === role);
  }

  /**
   * Pairs a device. Call it straight from a click: the browser only shows its chooser after a
   * user gesture. The device is remembered and opened at once.
   */
  async pair(request: { role: DeviceRole; transport: TransportKind; label?: string }): Promise<Result<TillDevice>> {
    let chosen;
    try {
      chosen = await chooseDevice(this.options.apis, request.transport, request.role === 'receipt-printer' || request.role === 'ticket-printer');
    } catch (error) {
      return fail(asHardwareError(error));
    }
    const existing = this.devices().find((d) => d.role === request.role && JSON.stringify(d.identity) === JSON.stringify(chosen.identity));
    const device: TillDevice = existing ?? {
      id: uuidv7(),
      role: request.role,
      label: request.label?.trim() || this.defaultLabel(request.role),
      identity: chosen.identity,
      profile: printerProfile(chosen.identity.name.toLowerCase().includes('star') ? { language: 'star-prnt' } : {}),
      categories: [],
      baudRate: 9600,
      displayProtocol: 'esc-pos',
      addedAt: new Date(this.now()).toISOString(),
    };
    await saveDevice(this.options.db, device);
    if (!existing) this.setDevices([...this.devices(), device]);
    await this.dropLink(device.id);
    await this.connect(device, true);
    return ok(device);
  }

  async update(id: string, settings: DeviceSettings): Promise<void> {
    const current = this.device(id);
    if (!current) return;
    const next: TillDevice = { ...current, ...settings };
    await saveDevice(this.options.db, next);
    this.setDevices(this.devices().map((d) => (d.id === id ? next : d)));
    // Baud rate and display protocol are fixed when a port opens.
    if (settings.baudRate !== undefined || settings.displayProtocol !== undefined || (settings.profile && settings.profile.language !== current.profile.language)) {
      await this.dropLink(id);
      await this.connect(next, true);
    }
  }

  /** Forgets a device. Its waiting prints stay in the queue to be discarded or sent elsewhere. */
  async forget(id: string): Promise<void> {
    await this.dropLink(id);
    await removeDevice(this.options.db, id);
    this.setDevices(this.devices().filter((d) => d.id !== id));
    this.store.setState((state) => ({ links: Object.fromEntries(Object.entries(state.links).filter(([key]) => key !== id)) }));
  }

  /** Looks for every paired device again, as on a `connect` event. */
  reconnect(): Promise<void> {
    return this.reconcile();
  }

  async checkStatus(id: string): Promise<void> {
    const device = this.device(id);
    if (!device) return;
    const link = await this.connect(device, false);
    if (!link?.transport?.status) return;
    const status = await link.transport.status();
    this.patchLink(id, { paper: status.paper });
  }

  testPrint(id: string): Result<PrintJob> {
    const device = this.device(id);
    if (!device || !isPrinter(device)) return fail(new HardwareError(hardwareErrorCodes.INVALID_INPUT, 'Only a printer can print a test page.'));
    return ok(this.queue.enqueue({ printerId: id, kind: 'test', label: `Test page: ${device.label}`, bytes: testPageBytes(device.profile) }));
  }

  // --- scanners and the customer display ----------------------------------------------------

  /** Codes from serial barcode scanners; returns the unsubscribe function. */
  onScan(listener: (code: string) => void): () => void {
    this.scanListeners.add(listener);
    return () => this.scanListeners.delete(listener);
  }

  /** Updates the customer display, if one is connected; never waits for it. */
  showOnDisplay(view: DisplayView, money: Money): void {
    const lines = this.display.next(view, money);
    if (!lines) return;
    for (const device of this.devices()) {
      if (device.role === 'customer-display') this.open.get(device.id)?.display?.show(lines);
    }
  }

  // --- notices ------------------------------------------------------------------------------

  report(tone: Notice['tone'], text: string): void {
    this.store.setState({ notice: { id: uuidv7(), tone, text } });
  }

  dismissNotice(): void {
    this.store.setState({ notice: undefined });
  }

  // --- connections --------------------------------------------------------------------------

  /** What the queue calls before each attempt: the printer's open transport, or null. */
  private async printerTransport(printerId: string) {
    const device = this.device(printerId);
    if (!device || !isPrinter(device)) return null;
    return (await this.connect(device, false))?.transport ?? null;
  }

  private connect(device: TillDevice, announce: boolean): Promise<OpenLink | null> {
    const held = this.open.get(device.id);
    if (held?.alive()) return Promise.resolve(held);
    const pending = this.opening.get(device.id);
    if (pending) return pending;
    const attempt = (async () => {
      if (held) await this.dropLink(device.id);
      const link = await this.openDevice(device);
      if (link && announce && isPrinter(device)) this.queue.retry(device.id);
      return link;
    })().finally(() => this.opening.delete(device.id));
    this.opening.set(device.id, attempt);
    return attempt;
  }

  private async openDevice(device: TillDevice): Promise<OpenLink | null> {
    const { apis } = this.options;
    if (!transportSupported(apis, device.identity.transport)) {
      this.patchLink(device.id, { status: 'unsupported', message: this.store.getState().capabilities.summary });
      return null;
    }
    if (this.link(device.id).status !== 'connected') this.patchLink(device.id, { status: 'connecting', message: undefined });
    try {
      const handle = await findGranted(apis, device.identity);
      if (!handle) {
        this.patchLink(device.id, { status: 'not-connected', message: `${device.identity.name} is not plugged in or switched off.` });
        return null;
      }
      const link = await openLink(handle, device, {
        onScan: (code) => {
          for (const listener of this.scanListeners) listener(code);
        },
        onLost: (error) => {
          void this.dropLink(device.id).then(() => {
            this.patchLink(device.id, { status: 'not-connected', message: error.message });
          });
        },
      });
      if (this.stopped || !this.device(device.id)) {
        await link.close();
        return null;
      }
      this.open.set(device.id, link);
      this.patchLink(device.id, { status: 'connected', message: undefined });
      return link;
    } catch (error) {
      this.patchLink(device.id, { status: 'error', message: asHardwareError(error).message });
      return null;
    }
  }

  private async dropLink(id: string): Promise<void> {
    const link = this.open.get(id);
    if (!link) return;
    this.open.delete(id);
    await link.close().catch(() => undefined);
  }

  private readonly onDeviceEvent = () => {
    void this.reconcile();
  };

  /** Matches paired devices against what the browser offers now; opens the new, drops the gone. */
  private reconcile(): Promise<void> {
    if (this.reconciling) {
      this.reconcileAgain = true;
      return this.reconciling;
    }
    this.reconciling = (async () => {
      do {
        this.reconcileAgain = false;
        for (const device of this.devices()) {
          const held = this.open.get(device.id);
          if (held) {
            const granted = await findGranted(this.options.apis, device.identity).catch(() => null);
            if (granted && sameDevice(granted, held.handle) && held.alive()) continue;
            await this.dropLink(device.id);
          }
          await this.connect(device, true);
        }
      } while (this.shouldReconcileAgain());
    })().finally(() => {
      this.reconciling = null;
    });
    return this.reconciling;
  }

  /** A device came or went while the last pass ran (set by a concurrent reconcile call). */
  private shouldReconcileAgain(): boolean {
    return this.reconcileAgain && !this.stopped;
  }

  /** A failed write can leave a port half-dead: drop it so the next attempt opens it afresh. */
  private watchJobs(jobs: readonly PrintJob[]): void {
    const present = new Set(jobs.map((job) => job.id));
    for (const id of this.seenJobs.keys()) if (!present.has(id)) this.seenJobs.delete(id);
    for (const job of jobs) {
      const version = `${job.state}:${job.attempts}:${job.updatedAt}`;
      if (this.seenJobs.get(job.id) === version) continue;
      this.seenJobs.set(job.id, version);
      if (job.state === 'done') {
        if (this.link(job.printerId).paper === 'out') this.patchLink(job.printerId, { paper: 'ok' });
        continue;
      }
      const code = job.lastError?.code;
      if (job.state === 'printing' || !code) continue;
      if (code === hardwareErrorCodes.OUT_OF_PAPER) this.patchLink(job.printerId, { paper: 'out' });
      if (brokenBy.has(code) && this.open.has(job.printerId)) {
        void this.dropLink(job.printerId).then(() => {
          this.patchLink(job.printerId, { status: 'error', message: job.lastError?.message });
        });
      }
    }
  }

  // --- state --------------------------------------------------------------------------------

  private link(id: string): DeviceLinkState {
    return this.store.getState().links[id] ?? { status: 'not-connected', message: undefined, paper: 'unknown' };
  }

  private initialLink(device: TillDevice): DeviceLinkState {
    return { status: transportSupported(this.options.apis, device.identity.transport) ? 'connecting' : 'unsupported', message: undefined, paper: 'unknown' };
  }

  private patchLink(id: string, patch: Partial<DeviceLinkState>): void {
    if (!this.device(id)) return;
    this.store.setState((state) => ({ links: { ...state.links, [id]: { ...this.link(id), ...patch } } }));
  }

  private setDevices(devices: TillDevice[]): void {
    this.store.setState({ devices });
  }

  private defaultLabel(role: DeviceRole): string {
    const same = this.devices().filter((d) => d.role === role).length;
    return same === 0 ? roleNames[role] : `${roleNames[role]} ${same + 1}`;
  }

  private now(): number {
    return (this.options.clock ?? systemClock).now();
  }
}
