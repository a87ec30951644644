import { expect, type BrowserContext, type Page } from '@playwright/test';
import { installFakeHardware, type FakeDeviceId, type FakeMode } from '../fakes/fake-hardware';

/** The fake printers from the test's side: install them, switch them, read what they printed. */
export class FakeHardware {
  constructor(readonly page: Page) {}

  /** Before any page of the context loads, so the till sees the fake navigator.serial / usb. */
  static async install(context: BrowserContext): Promise<void> {
    await context.addInitScript(installFakeHardware);
  }

  async writes(device: FakeDeviceId): Promise<Uint8Array[]> {
    const writes = await this.page.evaluate((d) => window.__fakeHardware.writes(d), device);
    return writes.map((w) => Uint8Array.from(w));
  }

  /** What went to the paper: every write except the 3-byte paper status requests (DLE EOT n). */
  async printed(device: FakeDeviceId): Promise<Uint8Array[]> {
    return (await this.writes(device)).filter((w) => !(w.length === 3 && w[0] === 0x10 && w[1] === 0x04));
  }

  /** Waits until the device has printed `count` times, and returns those prints. */
  async waitForPrinted(device: FakeDeviceId, count: number): Promise<Uint8Array[]> {
    await expect.poll(async () => (await this.printed(device)).length, { message: `${device} prints` }).toBeGreaterThanOrEqual(count);
    return this.printed(device);
  }

  async setMode(device: FakeDeviceId, mode: FakeMode): Promise<void> {
    await this.page.evaluate(([d, m]) => {
      window.__fakeHardware.setMode(d, m);
    }, [device, mode] as const);
  }

  async choose(device: FakeDeviceId): Promise<void> {
    await this.page.evaluate((d) => {
      window.__fakeHardware.choose(d);
    }, device);
  }
}
