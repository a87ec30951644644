import { useEffect, useRef, type RefObject } from 'react';

/**
 * The browser-print page for a receipt: 80 mm wide (a roll's width) and exactly as long as the
 * receipt, so a thermal printer's driver cuts once, at its end, and a PDF is one strip. The
 * `@page` rule exists only while a receipt is on screen — printing then prints the receipt, as
 * checkout.css hides everything else in print media — and is measured from the print copy,
 * which is laid out off screen at the paper's width. Returns a function that re-measures.
 */
const PX_PER_MM = 96 / 25.4;
/** Paper fed past the last line, so the cut does not touch the footer. */
const FEED_MM = 6;

export function useReceiptPageSize(sheet: RefObject<HTMLElement | null>, layoutKey: unknown): () => void {
  const style = useRef<HTMLStyleElement | null>(null);
  const measure = () => {
    const element = sheet.current;
    if (!element || !style.current) return;
    const heightMm = Math.ceil(element.scrollHeight / PX_PER_MM) + FEED_MM;
    style.current.textContent = `@page { size: 80mm ${heightMm}mm; margin: 0; }`;
  };
  useEffect(() => {
    const element = document.createElement('style');
    element.dataset.receiptPage = '';
    document.head.append(element);
    style.current = element;
    return () => {
      element.remove();
      style.current = null;
    };
  }, []);
  // Every time what the receipt says changes (a COPY mark, another sale), its length may too.
  useEffect(measure, [layoutKey]);
  return measure;
}
