import { describe, expect, test } from 'vitest';
import { detectCapabilities } from './capabilities';

const chromeDesktop = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const chromeAndroid = 'Mozilla/5.0 (Linux; Android 14; SM-X210) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const safariIpad = 'Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';
const firefox = 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0';

describe('capability detection', () => {
  test('desktop Chrome and Edge have Web Serial and WebUSB', () => {
    const caps = detectCapabilities({ isSecureContext: true, navigator: { serial: {}, usb: {}, userAgent: chromeDesktop } });
    expect(caps).toMatchObject({ webSerial: { available: true }, webUsb: { available: true }, recommendedPrinterTransport: 'web-usb' });
  });

  test('Chrome on an Android tablet without Web Serial gets WebUSB and the polyfill, and a hint', () => {
    const caps = detectCapabilities({ isSecureContext: true, navigator: { usb: {}, userAgent: chromeAndroid } });
    expect(caps.webUsb.available).toBe(true);
    expect(caps.serialOverUsb.available).toBe(true);
    expect(caps.webSerial).toEqual({ available: false, explanation: expect.stringMatching(/connect the printer as a USB printer/) as unknown });
  });

  test('Firefox has neither and says which browsers do', () => {
    const caps = detectCapabilities({ isSecureContext: true, navigator: { userAgent: firefox } });
    expect(caps.recommendedPrinterTransport).toBeNull();
    expect(caps.webUsb).toEqual({
      available: false,
      explanation: 'This browser cannot talk to USB printers. Use Chrome or Edge on a desktop computer or an Android tablet.',
    });
    expect(caps.summary).toBe('This browser cannot talk to USB printers. Use Chrome or Edge on a desktop computer or an Android tablet.');
  });

  test('an iPad is told plainly that no browser there can print to USB or serial', () => {
    const caps = detectCapabilities({ isSecureContext: true, navigator: { userAgent: safariIpad } });
    expect(caps.webUsb).toMatchObject({ explanation: expect.stringMatching(/iPad and iPhone/) as unknown });
  });

  test('a page served over plain http cannot use devices even in Chrome', () => {
    const caps = detectCapabilities({ isSecureContext: false, navigator: { serial: {}, usb: {}, userAgent: chromeDesktop } });
    expect(caps.webUsb).toMatchObject({ available: false, explanation: expect.stringMatching(/https:\/\//) as unknown });
    expect(caps.recommendedPrinterTransport).toBeNull();
  });

  test('outside a browser (Node, the server) nothing is available', () => {
    expect(detectCapabilities({}).recommendedPrinterTransport).toBeNull();
  });
});
