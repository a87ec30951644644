import type { Page } from '@playwright/test';

/** How far apart a keyboard-wedge scanner sends the keys of one code. */
export const SCANNER_KEY_GAP_MS = 4;

/**
 * A keyboard-wedge barcode scanner: the code as real key presses (the browser's own input path,
 * so they type into whatever has focus), then Enter. The keys carry the timestamps a scanner's
 * would, a few milliseconds apart, through the DevTools protocol — as an operating system stamps a
 * scanner's keys when they arrive, however busy the page is — so the test does not depend on how
 * fast this machine delivers Playwright's key presses.
 */
export async function wedgeScan(page: Page, code: string): Promise<void> {
  const session = await page.context().newCDPSession(page);
  try {
    const start = Date.now() / 1000;
    const keys = Array.from(code, (char) => ({ key: char, code: codeOf(char), text: char, keyCode: char.toUpperCase().charCodeAt(0) }));
    keys.push({ key: 'Enter', code: 'Enter', text: '\r', keyCode: 13 });
    for (const [i, k] of keys.entries()) {
      const timestamp = start + (i * SCANNER_KEY_GAP_MS) / 1000;
      await session.send('Input.dispatchKeyEvent', { type: 'keyDown', key: k.key, code: k.code, text: k.text, unmodifiedText: k.text, windowsVirtualKeyCode: k.keyCode, timestamp });
      await session.send('Input.dispatchKeyEvent', { type: 'keyUp', key: k.key, code: k.code, windowsVirtualKeyCode: k.keyCode, timestamp: timestamp + 0.001 });
    }
  } finally {
    await session.detach();
  }
}

function codeOf(char: string): string {
  if (/\d/.test(char)) return `Digit${char}`;
  if (/[a-z]/i.test(char)) return `Key${char.toUpperCase()}`;
  return '';
}
