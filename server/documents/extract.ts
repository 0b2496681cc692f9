import { fileTypeFromBuffer } from 'file-type';
import mammoth from 'mammoth';
import { extractText as extractPdfText, getDocumentProxy } from 'unpdf';
import { DocumentError } from './errors.js';
import { checkZipBudget } from './zip.js';

export { DocumentError, type DocumentErrorCode } from './errors.js';

/**
 * Text from an uploaded or named file, recognised by its content (magic bytes), never by its name:
 * plain text or Markdown in UTF-8 (or UTF-16 with a byte-order mark), Word .docx, and PDFs that
 * have a text layer. Used by `plaincare simplify FILE` and the clinician's document upload.
 */
export type DocumentKind = 'text' | 'docx' | 'pdf';

export interface ExtractedDocument {
  kind: DocumentKind;
  text: string;
}

export interface ExtractLimits {
  /** The largest file accepted. */
  maxBytes: number;
  /** The most a DOCX may unpack to (zip bomb guard). */
  maxUnpackedBytes: number;
  maxZipEntries: number;
  maxPdfPages: number;
  /** The longest text accepted after extraction. */
  maxChars: number;
}

export const DEFAULT_EXTRACT_LIMITS: ExtractLimits = {
  maxBytes: 10 * 1024 * 1024,
  maxUnpackedBytes: 50 * 1024 * 1024,
  maxZipEntries: 1_000,
  maxPdfPages: 200,
  maxChars: 500_000,
};

/** Word's own formats: a document, a template, and their macro-enabled twins (macros are never run). */
const WORD_TYPES: ReadonlySet<string> = new Set(['docx', 'docm', 'dotx', 'dotm']);

const READS = 'PlainCare reads plain text, Markdown, Word (.docx) and PDF files with a text layer.';

/** Names people recognise for the types file-type reports that we do not read. */
const KNOWN_OTHER_TYPES: Record<string, string> = {
  cfb: 'an older Word (.doc) or Office file: save it as .docx',
  doc: 'an older Word (.doc) file: save it as .docx',
  rtf: 'a Rich Text (.rtf) file: save it as .docx',
  odt: 'an OpenDocument text file: save it as .docx',
  xlsx: 'an Excel spreadsheet',
  pptx: 'a PowerPoint presentation',
  zip: 'a zip archive',
  epub: 'an e-book',
};

function describeType(ext: string, mime: string): string {
  if (KNOWN_OTHER_TYPES[ext] !== undefined) return KNOWN_OTHER_TYPES[ext];
  if (mime.startsWith('image/'))
    return `an image (${ext.toUpperCase()}): PlainCare cannot read text in pictures`;
  if (mime.startsWith('audio/') || mime.startsWith('video/'))
    return mime.startsWith('audio/') ? 'an audio file' : 'a video file';
  return `a .${ext} file`;
}

function mb(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}

/** Normalises what every format produces: Unix line ends, no trailing spaces, at most one blank line in a row. */
function tidy(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\u00a0]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function hasByteOrderMark(bytes: Buffer): boolean {
  const [a, b, c] = bytes;
  return (a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff) || (a === 0xef && b === 0xbb && c === 0xbf);
}

function decodeText(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return new TextDecoder('utf-16be', { fatal: true }).decode(bytes.subarray(2));
  if (bytes.includes(0)) throw new Error('binary');
  // TextDecoder drops a UTF-8 byte-order mark itself.
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

/** Control characters other than tab, line feed, form feed and carriage return mark a binary file. */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 8_192);
  for (let index = 0; index < sample.length; index += 1) {
    const code = sample.charCodeAt(index);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) || code === 0x7f)
      return true;
  }
  return false;
}

function readPlainText(bytes: Buffer): string {
  let text: string;
  try {
    text = decodeText(bytes);
  } catch {
    throw new DocumentError(
      'unsupported_type',
      `This file is not text PlainCare can read (it is binary or not UTF-8). ${READS}`,
    );
  }
  if (looksBinary(text)) {
    throw new DocumentError('unsupported_type', `This file holds binary data, not text. ${READS}`);
  }
  return text;
}

async function readDocx(bytes: Buffer, limits: ExtractLimits): Promise<string> {
  const names = await checkZipBudget(bytes, {
    maxEntries: limits.maxZipEntries,
    maxUnpackedBytes: limits.maxUnpackedBytes,
  });
  if (!names.includes('word/document.xml')) {
    throw new DocumentError('unsupported_type', `This zip file is not a Word document. ${READS}`);
  }
  try {
    const result = await mammoth.extractRawText({ buffer: bytes });
    return result.value;
  } catch {
    throw new DocumentError(
      'unreadable',
      'The Word document is damaged and could not be read. Open it in Word and save it again.',
    );
  }
}

async function readPdf(bytes: Buffer, limits: ExtractLimits): Promise<string> {
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
  } catch (error) {
    if ((error as { name?: unknown }).name === 'PasswordException') {
      throw new DocumentError(
        'unreadable',
        'The PDF is password-protected. Remove the password and try again.',
      );
    }
    throw new DocumentError('unreadable', 'The PDF is damaged and could not be read.');
  }
  try {
    if (pdf.numPages > limits.maxPdfPages) {
      throw new DocumentError(
        'too_large',
        `The PDF has ${pdf.numPages} pages; PlainCare reads at most ${limits.maxPdfPages}.`,
      );
    }
    const { text } = await extractPdfText(pdf, { mergePages: false });
    const joined = text.join('\n\n');
    if (joined.trim() === '') {
      throw new DocumentError(
        'no_text',
        'This PDF has no text layer (it is probably a scan or a picture of text). Export it as a text PDF, or run it through OCR, and try again.',
      );
    }
    return joined;
  } catch (error) {
    if (error instanceof DocumentError) throw error;
    throw new DocumentError('unreadable', 'The PDF is damaged and could not be read.');
  } finally {
    void pdf.destroy();
  }
}

export async function extractText(
  bytes: Buffer,
  overrides: Partial<ExtractLimits> = {},
): Promise<ExtractedDocument> {
  const limits = { ...DEFAULT_EXTRACT_LIMITS, ...overrides };
  if (bytes.length > limits.maxBytes) {
    throw new DocumentError('too_large', `The file is larger than ${mb(limits.maxBytes)}.`);
  }
  if (bytes.length === 0) throw new DocumentError('no_text', 'The file is empty.');
  // A text byte-order mark settles it (file-type reads FF FE as audio).
  const type = hasByteOrderMark(bytes) ? undefined : await fileTypeFromBuffer(bytes);
  let kind: DocumentKind;
  let raw: string;
  if (type === undefined) {
    kind = 'text';
    raw = readPlainText(bytes);
  } else if (WORD_TYPES.has(type.ext)) {
    kind = 'docx';
    raw = await readDocx(bytes, limits);
  } else if (type.ext === 'pdf') {
    kind = 'pdf';
    raw = await readPdf(bytes, limits);
  } else {
    throw new DocumentError(
      'unsupported_type',
      `This file is ${describeType(type.ext, type.mime)}. ${READS}`,
    );
  }
  const text = tidy(raw);
  if (text === '') throw new DocumentError('no_text', 'The file has no text in it.');
  if (text.length > limits.maxChars) {
    throw new DocumentError(
      'too_large',
      `The text is longer than ${limits.maxChars.toLocaleString('en-US')} characters.`,
    );
  }
  return { kind, text };
}
