/** Above this share of its quota the till warns: IndexedDB writes start failing when it is full. */
export const STORAGE_PRESSURE_RATIO = 0.8;

export interface StorageReading {
  /** From navigator.storage.estimate(); undefined where the browser does not say. */
  usage: number | undefined;
  quota: number | undefined;
  /** From navigator.storage.persisted(); undefined where the API is missing. */
  persisted: boolean | undefined;
}

export interface StorageSummary extends StorageReading {
  /** usage / quota, when both are known and the quota is not zero. */
  ratio: number | undefined;
  pressure: boolean;
}

export function summarizeStorage(reading: StorageReading): StorageSummary {
  const { usage, quota } = reading;
  const ratio = usage !== undefined && quota !== undefined && quota > 0 ? usage / quota : undefined;
  return { ...reading, ratio, pressure: ratio !== undefined && ratio > STORAGE_PRESSURE_RATIO };
}

const UNITS = ['bytes', 'KB', 'MB', 'GB', 'TB'] as const;

/** 1536 → "1.5 KB"; binary multiples, as browsers report quota. */
export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${value.toFixed(digits)} ${UNITS[unit]}`;
}
