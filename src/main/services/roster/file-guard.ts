/**
 * Decides whether a file may be read at all, from its size, its first bytes and (for zips) its
 * central directory, before any parser sees it. Every refusal is an AppError with a message
 * that tells the operator what to do in Excel.
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { AppError } from '../../../shared/errors';
import { readCentralDirectory, type ZipEntry } from './zip-archive';

export interface FileLimits {
  maxBytes: number;
  /** Data rows of the roster sheet; the readers enforce it while they read. */
  maxRows: number;
  maxEntries: number;
  /** Declared inflated size of all entries together. */
  maxUncompressedTotal: number;
  /** An entry above `ratioFloor` bytes may not inflate more than `maxRatio` times its size. */
  maxRatio: number;
  ratioFloor: number;
}

export const FILE_LIMITS: FileLimits = {
  maxBytes: 50 * 1024 * 1024,
  maxRows: 100_000,
  maxEntries: 10_000,
  // 100,000 rows of 30 columns are about 300 MB of sheet XML; a bigger claim is not a roster.
  maxUncompressedTotal: 1024 * 1024 * 1024,
  // Sheet XML deflates 5–20 times; 100 leaves room for sheets of empty styled cells.
  maxRatio: 100,
  ratioFloor: 10 * 1024 * 1024,
};

export type GuardedFile = { kind: 'xlsx'; size: number; entries: ZipEntry[] } | { kind: 'csv'; size: number };

const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const EMPTY_ZIP = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
const utf16 = (text: string) => Buffer.from(text, 'utf16le');

function notSpreadsheet(message?: string): AppError {
  return new AppError('file-not-spreadsheet', message);
}

/**
 * An OLE compound file is a legacy .xls, or an .xlsx encrypted with a password (Excel wraps
 * those in OLE with an "EncryptedPackage" stream), or some other Office file. The stream names
 * sit in the directory sectors as UTF-16; scanning for them needs no full OLE parser, and at
 * worst picks the wrong one of two refusals.
 */
function classifyOle(fd: number, size: number, displayName: string): AppError {
  const names = {
    encrypted: utf16('EncryptedPackage'),
    workbook: utf16('Workbook'),
    book: utf16('Book\u0000'),
  };
  const chunk = Buffer.alloc(1024 * 1024);
  let sawWorkbook = false;
  let carry = Buffer.alloc(0);
  for (let position = 0; position < size; position += chunk.length) {
    const read = readSync(fd, chunk, 0, chunk.length, position);
    const window = Buffer.concat([carry, chunk.subarray(0, read)]);
    if (window.includes(names.encrypted)) return new AppError('file-encrypted');
    if (window.includes(names.workbook) || window.includes(names.book)) sawWorkbook = true;
    carry = window.subarray(Math.max(0, window.length - 64));
  }
  if (sawWorkbook || /\.xls$/i.test(displayName)) return new AppError('file-legacy-xls');
  return notSpreadsheet('Berkas ini dokumen Office lain, bukan lembar kerja. Pilih berkas .xlsx atau .csv.');
}

function checkZip(entries: ZipEntry[], limits: FileLimits): void {
  if (entries.length > limits.maxEntries) throw new AppError('file-bomb');
  let total = 0;
  for (const entry of entries) {
    total += entry.uncompressedSize;
    if (
      entry.uncompressedSize > limits.ratioFloor &&
      entry.uncompressedSize > entry.compressedSize * limits.maxRatio
    ) {
      throw new AppError('file-bomb');
    }
    if (entry.method !== 0 && entry.method !== 8) throw new AppError('file-corrupt');
    if (entry.method === 0 && entry.compressedSize !== entry.uncompressedSize)
      throw new AppError('file-corrupt');
    // Bit 0: the entry itself is encrypted (a zip password, not Excel's).
    if ((entry.flags & 1) !== 0) throw new AppError('file-encrypted');
  }
  if (total > limits.maxUncompressedTotal) throw new AppError('file-bomb');

  const names = new Set(entries.map((e) => e.name));
  if (names.has('xl/workbook.xml')) return;
  if (names.has('xl/workbook.bin')) {
    throw notSpreadsheet(
      'Berkas ini berformat Excel biner (.xlsb). Buka di Excel, Simpan Sebagai "Buku Kerja Excel (.xlsx)", lalu impor berkas itu.',
    );
  }
  if (names.has('content.xml') && names.has('mimetype')) {
    throw notSpreadsheet(
      'Berkas ini berformat OpenDocument (.ods). Buka di LibreOffice atau Excel, simpan sebagai .xlsx, lalu impor berkas itu.',
    );
  }
  throw notSpreadsheet('Berkas ini arsip zip, bukan buku kerja Excel. Pilih berkas .xlsx atau .csv.');
}

/** Text is a CSV candidate; binary bytes, HTML tables and Excel 2003 XML are not. */
function checkText(head: Buffer): void {
  if (head[0] === 0xff && head[1] === 0xfe) return; // UTF-16LE, Excel's "Unicode text"
  const text = head
    .toString('latin1')
    .replace(/^\u00ef\u00bb\u00bf/, '')
    .trimStart()
    .slice(0, 4096)
    .toLowerCase();
  if (text.startsWith('<')) {
    if (text.includes('urn:schemas-microsoft-com:office:spreadsheet')) throw new AppError('file-legacy-xls');
    if (text.includes('<html') || text.includes('<table')) {
      throw notSpreadsheet(
        'Berkas ini halaman web (HTML) yang diberi nama Excel, seperti hasil unduhan beberapa aplikasi kepegawaian. Buka di Excel, Simpan Sebagai "Buku Kerja Excel (.xlsx)", lalu impor berkas itu.',
      );
    }
  }
  let control = 0;
  for (const byte of head) {
    if (byte === 0) throw notSpreadsheet();
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20)) control++;
  }
  if (control > head.length / 100) throw notSpreadsheet();
}

/** Refuses what must not be parsed; says which parser may read the rest. */
export function guardFile(file: string, displayName: string, limits: FileLimits = FILE_LIMITS): GuardedFile {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    throw new AppError('upload-not-found');
  }
  if (size > limits.maxBytes) throw new AppError('file-too-large');
  if (size === 0) throw notSpreadsheet('Berkas kosong. Pilih berkas .xlsx atau .csv berisi daftar peserta.');

  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(Math.min(size, 64 * 1024));
    readSync(fd, head, 0, head.length, 0);
    if (head.subarray(0, 8).equals(OLE)) throw classifyOle(fd, size, displayName);
    if (head.subarray(0, 4).equals(ZIP) || head.subarray(0, 4).equals(EMPTY_ZIP)) {
      const entries = readCentralDirectory(fd, size);
      checkZip(entries, limits);
      return { kind: 'xlsx', size, entries };
    }
    // "PK" without a valid signature after it is a damaged zip rather than text.
    if (head[0] === 0x50 && head[1] === 0x4b && /\.xls[xm]$/i.test(displayName))
      throw new AppError('file-corrupt');
    checkText(head);
    return { kind: 'csv', size };
  } finally {
    closeSync(fd);
  }
}
