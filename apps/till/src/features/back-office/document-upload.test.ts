import { describe, expect, test } from 'vitest';
import { MAX_DOCUMENT_BYTES } from './business-schemas';
import { documentFileProblem } from './document-upload';

describe('a document chosen for upload', () => {
  test('a file up to the server’s limit goes to the server, which reads its type', () => {
    expect(documentFileProblem({ name: 'licence.pdf', size: 1 })).toBeUndefined();
    expect(documentFileProblem({ name: 'licence.pdf', size: MAX_DOCUMENT_BYTES })).toBeUndefined();
  });

  test('one byte over the limit, or an empty file, is refused before sending, with a sentence', () => {
    expect(documentFileProblem({ name: 'scan.png', size: MAX_DOCUMENT_BYTES + 1 })).toBe('scan.png is 10 MB; documents are limited to 10 MB. Scan it at a lower resolution or send fewer pages.');
    expect(documentFileProblem({ name: 'scan.png', size: 12.4 * 1024 * 1024 })).toBe('scan.png is 12 MB; documents are limited to 10 MB. Scan it at a lower resolution or send fewer pages.');
    expect(documentFileProblem({ name: 'blank.pdf', size: 0 })).toBe('blank.pdf is empty. Choose the PDF, PNG or JPEG of the document.');
  });
});
