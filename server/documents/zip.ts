import { promisify } from 'node:util';
import { inflateRaw, type InputType, type ZlibOptions } from 'node:zlib';
import { DocumentError } from './errors.js';

/**
 * Reads a zip's central directory and inflates every entry against a byte budget, so a DOCX that
 * would unpack to gigabytes (a zip bomb) is refused before mammoth unpacks it. The sizes a zip
 * declares can lie, so the budget is enforced on the bytes actually inflated.
 */

const inflateRawAsync = promisify<InputType, ZlibOptions, Buffer>(inflateRaw);

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;
const ZIP64_MARKER = 0xffffffff;
const STORED = 0;
const DEFLATED = 8;

export interface ZipLimits {
  maxEntries: number;
  maxUnpackedBytes: number;
}

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  declaredSize: number;
  localHeaderOffset: number;
}

const notAZip = (): DocumentError =>
  new DocumentError('unreadable', 'The file looks like a Word document but its contents are damaged.');

const tooBig = (limits: ZipLimits): DocumentError =>
  new DocumentError(
    'too_large',
    `The Word document unpacks to more than ${Math.round(limits.maxUnpackedBytes / 1_000_000)} MB; it may be a zip bomb, or it holds very large pictures. Save the text alone as a new document.`,
  );

function findEndOfCentralDirectory(zip: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  const earliest = Math.max(0, zip.length - 22 - 0xffff);
  for (let offset = zip.length - 22; offset >= earliest; offset -= 1) {
    if (zip.readUInt32LE(offset) === END_OF_CENTRAL_DIRECTORY) return offset;
  }
  throw notAZip();
}

export function readCentralDirectory(zip: Buffer, limits: ZipLimits): ZipEntry[] {
  if (zip.length < 22) throw notAZip();
  const end = findEndOfCentralDirectory(zip);
  const count = zip.readUInt16LE(end + 10);
  const directoryOffset = zip.readUInt32LE(end + 16);
  if (directoryOffset === ZIP64_MARKER || count === 0xffff) throw tooBig(limits);
  if (count > limits.maxEntries) {
    throw new DocumentError(
      'too_large',
      `The Word document holds more than ${limits.maxEntries} parts; it is not a normal document.`,
    );
  }
  const entries: ZipEntry[] = [];
  let offset = directoryOffset;
  for (let index = 0; index < count; index += 1) {
    if (offset + 46 > zip.length || zip.readUInt32LE(offset) !== CENTRAL_DIRECTORY_ENTRY) throw notAZip();
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    const entry: ZipEntry = {
      method: zip.readUInt16LE(offset + 10),
      compressedSize: zip.readUInt32LE(offset + 20),
      declaredSize: zip.readUInt32LE(offset + 24),
      localHeaderOffset: zip.readUInt32LE(offset + 42),
      name: zip.toString('utf8', offset + 46, offset + 46 + nameLength),
    };
    if (entry.compressedSize === ZIP64_MARKER || entry.declaredSize === ZIP64_MARKER) throw tooBig(limits);
    entries.push(entry);
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function entryData(zip: Buffer, entry: ZipEntry): Buffer {
  const header = entry.localHeaderOffset;
  if (header + 30 > zip.length || zip.readUInt32LE(header) !== LOCAL_FILE_HEADER) throw notAZip();
  const start = header + 30 + zip.readUInt16LE(header + 26) + zip.readUInt16LE(header + 28);
  const end = start + entry.compressedSize;
  if (end > zip.length) throw notAZip();
  return zip.subarray(start, end);
}

/** Checks the whole zip inflates within the budget; returns its entry names. */
export async function checkZipBudget(zip: Buffer, limits: ZipLimits): Promise<string[]> {
  const entries = readCentralDirectory(zip, limits);
  const declared = entries.reduce((sum, entry) => sum + entry.declaredSize, 0);
  if (declared > limits.maxUnpackedBytes) throw tooBig(limits);
  let remaining = limits.maxUnpackedBytes;
  for (const entry of entries) {
    const data = entryData(zip, entry);
    let size: number;
    if (entry.method === STORED) {
      size = data.length;
    } else if (entry.method === DEFLATED) {
      try {
        size = (await inflateRawAsync(data, { maxOutputLength: Math.max(1, remaining) })).length;
      } catch (error) {
        if ((error as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE') throw tooBig(limits);
        throw notAZip();
      }
    } else {
      throw new DocumentError(
        'unreadable',
        'The Word document uses a compression PlainCare cannot read. Save it again from Word.',
      );
    }
    remaining -= size;
    if (remaining < 0) throw tooBig(limits);
  }
  return entries.map((entry) => entry.name);
}
