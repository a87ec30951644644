import { MAX_DOCUMENT_BYTES } from './business-schemas';
import { formatBytes } from './office-format';

/** What the file picker offers: the three types the server keeps (it reads the type from the bytes). */
export const DOCUMENT_ACCEPT = 'application/pdf,image/png,image/jpeg,.pdf,.png,.jpg,.jpeg';

/**
 * A file the server would refuse for its size, said before it is sent: 10 MiB cannot cross a
 * slow connection only to be turned away. Its type is left to the server, which reads the bytes.
 */
export function documentFileProblem(file: { name: string; size: number }): string | undefined {
  if (file.size === 0) return `${file.name} is empty. Choose the PDF, PNG or JPEG of the document.`;
  if (file.size > MAX_DOCUMENT_BYTES) {
    return `${file.name} is ${formatBytes(file.size)}; documents are limited to ${formatBytes(MAX_DOCUMENT_BYTES)}. Scan it at a lower resolution or send fewer pages.`;
  }
  return undefined;
}
