/**
 * What this browser can reach, with a sentence for the cashier when the answer is "nothing".
 * Feature detection only: a browser either exposes navigator.serial / navigator.usb or it does not
 * (Chrome and Edge on desktop have both; Chrome on Android has WebUSB and, in recent versions,
 * Web Serial; Firefox and Safari have neither). Both also need a secure context (https or
 * localhost).
 */
export interface EnvironmentLike {
  isSecureContext?: boolean;
  navigator?: { serial?: unknown; usb?: unknown; userAgent?: string };
}

export type Support = { available: true } | { available: false; explanation: string };

export interface HardwareCapabilities {
  webSerial: Support;
  webUsb: Support;
  /** Serial devices through web-serial-polyfill on WebUSB (USB CDC-ACM only). */
  serialOverUsb: Support;
  /** The transport to offer first for a receipt printer, or null when none works. */
  recommendedPrinterTransport: 'web-usb' | 'web-serial' | null;
  /** One sentence for the settings screen. */
  summary: string;
}

const yes: Support = { available: true };
const no = (explanation: string) => ({ available: false, explanation }) as const satisfies Support;

export function detectCapabilities(env: EnvironmentLike = globalThis): HardwareCapabilities {
  const agent = env.navigator?.userAgent ?? '';
  const apple = /iPad|iPhone|iPod/.test(agent);
  const android = /Android/.test(agent);

  if (!env.navigator) {
    const none = no('Printers and scanners are only available in the till running in a browser.');
    return { webSerial: none, webUsb: none, serialOverUsb: none, recommendedPrinterTransport: null, summary: 'No browser: no printers.' };
  }
  if (env.isSecureContext === false) {
    const insecure = no('Printers and scanners only work when the till is opened over https:// or on this computer (localhost). Ask whoever set up the till to serve it over HTTPS.');
    return { webSerial: insecure, webUsb: insecure, serialOverUsb: insecure, recommendedPrinterTransport: null, summary: insecure.explanation };
  }

  const noUsb = apple
    ? 'Browsers on iPad and iPhone cannot talk to USB or serial printers. Use an Android tablet, or Chrome or Edge on a computer.'
    : 'This browser cannot talk to USB printers. Use Chrome or Edge on a desktop computer or an Android tablet.';
  const noSerial = apple
    ? noUsb
    : android
      ? 'This browser cannot open serial ports. On this tablet, connect the printer as a USB printer instead.'
      : 'This browser cannot talk to serial (COM port) printers or scanners. Use Chrome or Edge on a desktop computer.';

  const webUsb = env.navigator.usb ? yes : no(noUsb);
  const webSerial = env.navigator.serial ? yes : no(noSerial);
  const serialOverUsb = env.navigator.usb ? yes : no(noUsb);
  const recommendedPrinterTransport = webUsb.available ? 'web-usb' : webSerial.available ? 'web-serial' : null;
  const summary =
    webUsb.available && webSerial.available
      ? 'USB and serial printers can be connected.'
      : webUsb.available
        ? 'USB printers can be connected; serial devices only if they are standard USB serial (CDC-ACM).'
        : webSerial.available
          ? 'Serial printers can be connected; USB printers only through a virtual COM port.'
          : noUsb;
  return { webSerial, webUsb, serialOverUsb, recommendedPrinterTransport, summary };
}
