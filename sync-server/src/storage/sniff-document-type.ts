/**
 * What a document really is, read from its first bytes (its "magic number"), never from the
 * name or content type the client sent: `%PDF-` for PDF, the 8-byte PNG signature, and FF D8 FF
 * for JPEG (every JFIF/Exif JPEG starts with the SOI marker followed by another marker).
 */
export interface SniffedType {
  contentType: 'application/pdf' | 'image/png' | 'image/jpeg';
  extension: 'pdf' | 'png' | 'jpg';
  label: string;
}

const SIGNATURES: readonly (SniffedType & { magic: readonly number[] })[] = [
  { contentType: 'application/pdf', extension: 'pdf', label: 'PDF', magic: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { contentType: 'image/png', extension: 'png', label: 'PNG', magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { contentType: 'image/jpeg', extension: 'jpg', label: 'JPEG', magic: [0xff, 0xd8, 0xff] },
];

export function sniffDocumentType(bytes: Uint8Array): SniffedType | undefined {
  const found = SIGNATURES.find((s) => s.magic.length <= bytes.length && s.magic.every((b, i) => bytes[i] === b));
  return found && { contentType: found.contentType, extension: found.extension, label: found.label };
}
