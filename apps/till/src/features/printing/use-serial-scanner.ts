import { useEffect, useRef } from 'react';
import { hardware } from '../../app/services';

/** Calls onCode for every code a paired serial barcode scanner reads, while mounted. */
export function useSerialScanner(onCode: (code: string) => void): void {
  const latest = useRef(onCode);
  latest.current = onCode;
  useEffect(
    () =>
      hardware.onScan((code) => {
        latest.current(code);
      }),
    [],
  );
}
