import { describe, expect, test } from '@jest/globals';
import { DocumentError, extractText, type ExtractLimits } from '../../../server/documents/extract.js';
import { docxEntries, makeDocx, makePdf, makePng, makeZip } from '../../fixtures/files/make.js';

const MEDS = 'Take metoprolol 25 mg by mouth twice a day.';

describe('files that are read', () => {
  test.each<[string, Buffer, string, string]>([
    ['UTF-8 text', Buffer.from(`Discharge instructions\n${MEDS}`), 'text', `Discharge instructions\n${MEDS}`],
    ['UTF-8 with a byte-order mark', Buffer.from(`\ufeff${MEDS}`), 'text', MEDS],
    [
      'UTF-16 (Windows Notepad)',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(MEDS, 'utf16le')]),
      'text',
      MEDS,
    ],
    ['Markdown', Buffer.from(`# Your medicines\n\n- ${MEDS}\n`), 'text', `# Your medicines\n\n- ${MEDS}`],
    [
      'Windows line ends and extra blank lines',
      Buffer.from('Line one\r\n\r\n\r\n\r\nLine two  \r\n'),
      'text',
      'Line one\n\nLine two',
    ],
    [
      'Spanish and Chinese text',
      Buffer.from('Tome 1 tableta. 每天两次。'),
      'text',
      'Tome 1 tableta. 每天两次。',
    ],
    [
      'a Word document',
      makeDocx(['Discharge instructions', MEDS]),
      'docx',
      `Discharge instructions\n\n${MEDS}`,
    ],
    [
      'a PDF with a text layer',
      makePdf(['Discharge instructions', MEDS]),
      'pdf',
      `Discharge instructions\n${MEDS}`,
    ],
  ])('%s', async (_name, bytes, kind, text) => {
    await expect(extractText(bytes)).resolves.toEqual({ kind, text });
  });
});

function bomb(size: number, declaredSize?: number): Buffer {
  return makeZip([
    ...docxEntries([MEDS]),
    {
      name: 'word/media/image1.bin',
      data: Buffer.alloc(size),
      ...(declaredSize === undefined ? {} : { declaredSize }),
    },
  ]);
}

const SMALL: Partial<ExtractLimits> = { maxUnpackedBytes: 1024 * 1024 };

describe('files that are refused, each with a reason a person understands', () => {
  test.each<[string, Buffer, Partial<ExtractLimits>, DocumentError['code'], RegExp]>([
    ['an empty file', Buffer.alloc(0), {}, 'no_text', /empty/],
    ['only blank lines', Buffer.from(' \n\n \t\n'), {}, 'no_text', /no text/],
    [
      'Latin-1 bytes that are not UTF-8',
      Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]),
      {},
      'unsupported_type',
      /not UTF-8/,
    ],
    ['binary with NUL bytes', Buffer.from([0x41, 0x00, 0x42, 0x00, 0x43]), {}, 'unsupported_type', /binary/],
    ['binary control characters', Buffer.from('abc\u0001\u0002def'), {}, 'unsupported_type', /binary/],
    ['a PNG image', makePng(), {}, 'unsupported_type', /image \(PNG\)/],
    [
      'a zip that is not a Word document',
      makeZip([{ name: 'notes.txt', data: MEDS }]),
      {},
      'unsupported_type',
      /zip/,
    ],
    ['a PDF without a text layer (a scan)', makePdf([]), {}, 'no_text', /text layer/],
    ['a damaged PDF', Buffer.from('%PDF-1.4\n1 0 obj garbage\n%%EOF'), {}, 'unreadable', /damaged/],
    ['a Word document cut short', makeDocx([MEDS]).subarray(0, 700), {}, 'unreadable', /damaged/],
    ['a zip bomb in a Word document', bomb(3 * 1024 * 1024), SMALL, 'too_large', /zip bomb/],
    ['a zip bomb that lies about its size', bomb(3 * 1024 * 1024, 100), SMALL, 'too_large', /zip bomb/],
    ['a Word document with too many parts', makeDocx([MEDS]), { maxZipEntries: 2 }, 'too_large', /parts/],
    ['a file over the size limit', Buffer.from(MEDS), { maxBytes: 10 }, 'too_large', /larger than/],
    ['a PDF with too many pages', makePdf([MEDS]), { maxPdfPages: 0 }, 'too_large', /pages/],
    ['text over the length limit', Buffer.from(MEDS), { maxChars: 10 }, 'too_large', /characters/],
  ])('%s', async (_name, bytes, limits, code, message) => {
    const error = await extractText(bytes, limits).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DocumentError);
    expect(error).toMatchObject({ code });
    expect((error as DocumentError).message).toMatch(message);
  });

  test('the zip bomb guard counts bytes actually unpacked, not the sizes the zip declares', async () => {
    await expect(extractText(bomb(512 * 1024, 100), SMALL)).resolves.toMatchObject({
      kind: 'docx',
      text: MEDS,
    });
  });
});
