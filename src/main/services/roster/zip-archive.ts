/**
 * Just enough of the zip format to judge an .xlsx before anything is inflated, and to inflate
 * one entry with a hard ceiling. The central directory declares every entry's sizes; a bomb
 * declares small ones and lies, so inflation itself also stops at the declared size.
 */
import { createReadStream, readSync, type PathLike } from 'node:fs';
import { createInflateRaw } from 'node:zlib';
import { AppError } from '../../../shared/errors';

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; .xlsx writers use nothing else. */
  method: number;
  flags: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const EOCD = 0x06054b50;
const ZIP64_EOCD = 0x06064b50;
const ZIP64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX_COMMENT = 0xffff;

function corrupt(): AppError {
  return new AppError('file-corrupt');
}

function readAt(fd: number, position: number, length: number): Buffer {
  const buffer = Buffer.alloc(length);
  const read = readSync(fd, buffer, 0, length, position);
  if (read !== length) throw corrupt();
  return buffer;
}

/** Reads the 64-bit sizes a zip64 entry keeps in its extra field, in the order the spec fixes. */
function applyZip64(extra: Buffer, entry: ZipEntry): void {
  for (let at = 0; at + 4 <= extra.length;) {
    const id = extra.readUInt16LE(at);
    const size = extra.readUInt16LE(at + 2);
    if (id === 0x0001) {
      let field = at + 4;
      const next = () => {
        if (field + 8 > at + 4 + size) throw corrupt();
        const value = Number(extra.readBigUInt64LE(field));
        field += 8;
        return value;
      };
      if (entry.uncompressedSize === 0xffffffff) entry.uncompressedSize = next();
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = next();
      if (entry.localHeaderOffset === 0xffffffff) entry.localHeaderOffset = next();
      return;
    }
    at += 4 + size;
  }
}

/** Lists the entries from the central directory at the end of the file; a truncated zip has none. */
export function readCentralDirectory(fd: number, fileSize: number): ZipEntry[] {
  const tailLength = Math.min(fileSize, 22 + MAX_COMMENT);
  const tail = readAt(fd, fileSize - tailLength, tailLength);
  let eocd = -1;
  for (let at = tail.length - 22; at >= 0; at--) {
    if (tail.readUInt32LE(at) === EOCD) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) throw corrupt();
  let count = tail.readUInt16LE(eocd + 10);
  let size = tail.readUInt32LE(eocd + 12);
  let offset = tail.readUInt32LE(eocd + 16);

  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    const locatorAt = eocd - 20;
    if (locatorAt < 0 || tail.readUInt32LE(locatorAt) !== ZIP64_LOCATOR) throw corrupt();
    const zip64At = Number(tail.readBigUInt64LE(locatorAt + 8));
    if (zip64At + 56 > fileSize) throw corrupt();
    const zip64 = readAt(fd, zip64At, 56);
    if (zip64.readUInt32LE(0) !== ZIP64_EOCD) throw corrupt();
    count = Number(zip64.readBigUInt64LE(32));
    size = Number(zip64.readBigUInt64LE(40));
    offset = Number(zip64.readBigUInt64LE(48));
  }
  if (offset + size > fileSize || count * 46 > size) throw corrupt();
  // The caller limits the entry count; this only keeps a lying count from allocating first.
  if (size > 64 * 1024 * 1024) throw corrupt();

  const directory = readAt(fd, offset, size);
  const entries: ZipEntry[] = [];
  let at = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > directory.length || directory.readUInt32LE(at) !== CENTRAL) throw corrupt();
    const nameLength = directory.readUInt16LE(at + 28);
    const extraLength = directory.readUInt16LE(at + 30);
    const commentLength = directory.readUInt16LE(at + 32);
    const end = at + 46 + nameLength + extraLength + commentLength;
    if (end > directory.length) throw corrupt();
    const entry: ZipEntry = {
      flags: directory.readUInt16LE(at + 8),
      method: directory.readUInt16LE(at + 10),
      compressedSize: directory.readUInt32LE(at + 20),
      uncompressedSize: directory.readUInt32LE(at + 24),
      localHeaderOffset: directory.readUInt32LE(at + 42),
      name: directory.toString('utf8', at + 46, at + 46 + nameLength),
    };
    applyZip64(directory.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength), entry);
    if (entry.localHeaderOffset + 30 + entry.compressedSize > fileSize) throw corrupt();
    entries.push(entry);
    at = end;
  }
  return entries;
}

/** Where an entry's compressed bytes start: after its local header, whose lengths can differ. */
export function dataOffset(fd: number, entry: ZipEntry): number {
  const header = readAt(fd, entry.localHeaderOffset, 30);
  if (header.readUInt32LE(0) !== LOCAL) throw corrupt();
  return entry.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
}

/**
 * Streams one entry's inflated bytes. Stops with `file-bomb` as soon as the output passes the
 * size the directory declared, so a lying entry never costs more than that much work.
 */
export async function* streamEntry(file: PathLike, fd: number, entry: ZipEntry): AsyncGenerator<Buffer> {
  if (entry.compressedSize === 0) return;
  const start = dataOffset(fd, entry);
  const raw = createReadStream(file, {
    start,
    end: start + entry.compressedSize - 1,
    highWaterMark: 256 * 1024,
  });
  const source = entry.method === 0 ? raw : raw.pipe(createInflateRaw({ chunkSize: 128 * 1024 }));
  if (entry.method !== 0) raw.on('error', (error) => source.destroy(error));
  let total = 0;
  try {
    for await (const chunk of source as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > entry.uncompressedSize) throw new AppError('file-bomb');
      yield chunk;
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    // zlib's "invalid block type" and friends: the bytes are damaged, not the program.
    throw corrupt();
  } finally {
    raw.destroy();
    source.destroy();
  }
}

/** Reads a whole (small) entry into memory, with the same ceiling. */
export async function readEntry(file: PathLike, fd: number, entry: ZipEntry): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of streamEntry(file, fd, entry)) chunks.push(chunk);
  return Buffer.concat(chunks);
}
