import { describe, expect, test } from 'vitest';
import { sniffDocumentType } from './sniff-document-type';

const bytes = (...b: number[]) => Uint8Array.from(b);
const text = (s: string) => new TextEncoder().encode(s);

describe('a document type is read from its bytes', () => {
  test('PDF, PNG and JPEG are recognised by their signatures', () => {
    expect(sniffDocumentType(text('%PDF-1.4\n...'))?.contentType).toBe('application/pdf');
    expect(sniffDocumentType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13))?.contentType).toBe('image/png');
    expect(sniffDocumentType(bytes(0xff, 0xd8, 0xff, 0xe1, 0, 0x10))?.contentType).toBe('image/jpeg');
  });

  test('anything else, or a signature cut short, is not a document', () => {
    expect(sniffDocumentType(text('just some text claiming to be a PDF'))).toBeUndefined();
    expect(sniffDocumentType(text('%PDF'))).toBeUndefined();
    expect(sniffDocumentType(bytes(0x89, 0x50, 0x4e, 0x47))).toBeUndefined();
    expect(sniffDocumentType(text('<html><body>%PDF-</body></html>'))).toBeUndefined();
    expect(sniffDocumentType(bytes(0x47, 0x49, 0x46, 0x38, 0x39, 0x61))).toBeUndefined();
    expect(sniffDocumentType(new Uint8Array())).toBeUndefined();
  });
});
