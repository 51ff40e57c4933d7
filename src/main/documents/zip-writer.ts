/**
 * A minimal ZIP writer (PKZIP 2.0: stored or deflated entries, UTF-8 names, no zip64), enough for
 * a folder of PDFs. Entries are written to the file as they come, so a batch of a thousand
 * certificates never sits in memory at once. Dates come from the caller, so the same entries give
 * the same archive.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { crc32, deflateRawSync } from 'node:zlib';

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL = 0x06054b50;
const VERSION = 20;
/** Bit 11: the name is UTF-8 (names carry people's names, e.g. "Nur'aini" or "Dédé"). */
const UTF8_NAMES = 0x0800;
const MAX_ENTRIES = 0xffff;
const MAX_OFFSET = 0xffffffff;

function dosTime(date: Date): { time: number; date: number } {
  const year = Math.min(Math.max(date.getFullYear(), 1980), 2107);
  return {
    time: (date.getHours() << 11) | (date.getMinutes() << 5) | Math.floor(date.getSeconds() / 2),
    date: ((year - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate(),
  };
}

interface Written {
  name: Buffer;
  method: number;
  time: number;
  date: number;
  crc: number;
  compressedSize: number;
  size: number;
  offset: number;
}

export interface ZipWriter {
  /** Adds one file; deflated unless that would not make it smaller (PDFs mostly are already). */
  add(name: string, data: Buffer, modified: Date): void;
  /** Writes the central directory and closes the file. */
  finish(): void;
  /** Closes the file without finishing it (after a cancel); the caller removes it. */
  abort(): void;
}

export function createZipWriter(path: string): ZipWriter {
  const fd = openSync(path, 'w');
  const entries: Written[] = [];
  let offset = 0;
  let closed = false;

  const write = (buffer: Buffer) => {
    let done = 0;
    while (done < buffer.length) done += writeSync(fd, buffer, done, buffer.length - done);
    offset += buffer.length;
  };

  return {
    add(name, data, modified) {
      if (entries.length >= MAX_ENTRIES) throw new RangeError('zip: too many entries');
      const deflated = deflateRawSync(data);
      const store = deflated.length >= data.length;
      const body = store ? data : deflated;
      const { time, date } = dosTime(modified);
      const entry: Written = {
        name: Buffer.from(name, 'utf8'),
        method: store ? 0 : 8,
        time,
        date,
        crc: crc32(data),
        compressedSize: body.length,
        size: data.length,
        offset,
      };
      if (offset + 30 + entry.name.length + body.length > MAX_OFFSET)
        throw new RangeError('zip: larger than 4 GB');
      const header = Buffer.alloc(30);
      header.writeUInt32LE(LOCAL_HEADER, 0);
      header.writeUInt16LE(VERSION, 4);
      header.writeUInt16LE(UTF8_NAMES, 6);
      header.writeUInt16LE(entry.method, 8);
      header.writeUInt16LE(time, 10);
      header.writeUInt16LE(date, 12);
      header.writeUInt32LE(entry.crc, 14);
      header.writeUInt32LE(entry.compressedSize, 18);
      header.writeUInt32LE(entry.size, 22);
      header.writeUInt16LE(entry.name.length, 26);
      header.writeUInt16LE(0, 28);
      write(header);
      write(entry.name);
      write(body);
      entries.push(entry);
    },

    finish() {
      const start = offset;
      for (const entry of entries) {
        const header = Buffer.alloc(46);
        header.writeUInt32LE(CENTRAL_HEADER, 0);
        header.writeUInt16LE(VERSION, 4);
        header.writeUInt16LE(VERSION, 6);
        header.writeUInt16LE(UTF8_NAMES, 8);
        header.writeUInt16LE(entry.method, 10);
        header.writeUInt16LE(entry.time, 12);
        header.writeUInt16LE(entry.date, 14);
        header.writeUInt32LE(entry.crc, 16);
        header.writeUInt32LE(entry.compressedSize, 20);
        header.writeUInt32LE(entry.size, 24);
        header.writeUInt16LE(entry.name.length, 28);
        // Extra field, comment, disk number, internal and external attributes: all zero.
        header.writeUInt32LE(entry.offset, 42);
        write(header);
        write(entry.name);
      }
      const end = Buffer.alloc(22);
      end.writeUInt32LE(END_OF_CENTRAL, 0);
      end.writeUInt16LE(entries.length, 8);
      end.writeUInt16LE(entries.length, 10);
      end.writeUInt32LE(offset - start, 12);
      end.writeUInt32LE(start, 16);
      write(end);
      closeSync(fd);
      closed = true;
    },

    abort() {
      if (!closed) closeSync(fd);
      closed = true;
    },
  };
}
