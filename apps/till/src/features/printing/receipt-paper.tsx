import type { Bitmap, LayoutRow, ReceiptLayout } from '@tillsafe/hardware';
import { useEffect, useRef, type CSSProperties } from 'react';
import { code128Bars } from './code128-bars';

/**
 * A receipt on screen, drawn from the very rows the printer gets (layoutReceipt): the same
 * columns, wrapping, bold and double-height lines, the sale code where the printer puts it. What
 * the cashier sees here is what comes out of the printer.
 */
export function ReceiptPaper({ layout, label, size = 'md' }: { layout: ReceiptLayout; label: string; size?: 'sm' | 'md' }) {
  const style = { '--receipt-columns': layout.columns } as CSSProperties;
  return (
    <figure className={`receipt-paper receipt-paper-${size}`} style={style} aria-label={label}>
      <div className="receipt-rows">
        {layout.rows.map((row, i) => (
          <Row key={i} row={row} columns={layout.columns} />
        ))}
      </div>
      <div className="receipt-tear" aria-hidden="true" />
    </figure>
  );
}

function Row({ row, columns }: { row: LayoutRow; columns: number }) {
  switch (row.type) {
    case 'text': {
      const className = ['receipt-line', row.bold ? 'receipt-bold' : '', row.tall ? 'receipt-tall' : ''].filter(Boolean).join(' ');
      return (
        <div className={className}>
          <span>{row.text || '\u00a0'}</span>
        </div>
      );
    }
    case 'code128':
      return <Code128 digits={row.digits} columns={columns} />;
    case 'qr':
      return <QrMark />;
    case 'logo':
      return <Logo bitmap={row.bitmap} columns={columns} />;
  }
}

/** 80 mm paper is 576 dots for 48 columns: 12 dots a column; the printer draws 2 dots a module. */
const DOTS_PER_COLUMN = 12;
const DOTS_PER_MODULE = 2;

function Code128({ digits, columns }: { digits: string; columns: number }) {
  const { bars, modules } = code128Bars(digits);
  const widthCh = Math.min(columns, (modules * DOTS_PER_MODULE) / DOTS_PER_COLUMN);
  return (
    <div className="receipt-code" role="img" aria-label="Barcode of the sale for returns">
      <svg viewBox={`0 0 ${modules} 40`} preserveAspectRatio="none" style={{ width: `${widthCh}ch` }} aria-hidden="true" focusable="false">
        {bars.map(([x, w]) => (
          <rect key={x} x={x} y={0} width={w} height={40} />
        ))}
      </svg>
    </div>
  );
}

/**
 * The printer draws the QR code itself (GS ( k), so the screen shows where it goes and what it
 * holds rather than an imitation that would not scan.
 */
function QrMark() {
  const finder = (x: number, y: number) => (
    <g key={`${x}-${y}`}>
      <rect x={x} y={y} width={7} height={7} />
      <rect x={x + 1} y={y + 1} width={5} height={5} fill="#fffdf8" />
      <rect x={x + 2} y={y + 2} width={3} height={3} />
    </g>
  );
  return (
    <div className="receipt-code" role="img" aria-label="QR code of the sale for returns">
      <svg className="receipt-qr" viewBox="0 0 25 25" aria-hidden="true" focusable="false">
        <rect x={0.5} y={0.5} width={24} height={24} fill="none" stroke="#cbd5e1" strokeWidth={0.4} strokeDasharray="1 1" />
        {finder(1, 1)}
        {finder(17, 1)}
        {finder(1, 17)}
        <text x={15.5} y={17.5} textAnchor="middle" fontSize={3.4} fontWeight={700} fill="#64748b">
          SALE ID
        </text>
      </svg>
    </div>
  );
}

function Logo({ bitmap, columns }: { bitmap: Bitmap; columns: number }) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const context = ref.current?.getContext('2d');
    if (!context) return;
    const image = context.createImageData(bitmap.width, bitmap.height);
    bitmap.data.forEach((grey, i) => {
      image.data.set([grey, grey, grey, 255], i * 4);
    });
    context.putImageData(image, 0, 0);
  }, [bitmap]);
  return (
    <div className="receipt-code">
      <canvas ref={ref} width={bitmap.width} height={bitmap.height} style={{ width: `${Math.min(columns, bitmap.width / DOTS_PER_COLUMN)}ch` }} aria-label="Logo" />
    </div>
  );
}
