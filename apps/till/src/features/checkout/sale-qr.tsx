import { useMemo } from 'react';
import { qrMatrix, qrPath } from './sale-qr-matrix';

/** The receipt's QR code, drawn as one SVG path with the four-module quiet zone scanners need. */
export function SaleQr({ text, label }: { text: string; label: string }) {
  const { size, path } = useMemo(() => {
    const matrix = qrMatrix(text);
    return { size: matrix.length, path: qrPath(matrix) };
  }, [text]);
  const quiet = 4;
  return (
    <svg className="receipt-qr-code" viewBox={`${-quiet} ${-quiet} ${size + quiet * 2} ${size + quiet * 2}`} role="img" aria-label={label} shapeRendering="crispEdges">
      <rect className="receipt-qr-quiet" x={-quiet} y={-quiet} width={size + quiet * 2} height={size + quiet * 2} />
      <path d={path} fill="#000" />
    </svg>
  );
}
