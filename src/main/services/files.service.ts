import { randomUUID } from 'node:crypto';
import {
  createWriteStream,
  existsSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, join } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppError } from '../../shared/errors';

/**
 * Files that cross a door. The renderer never sends a path: an uploaded (browser) or picked
 * (desktop) file is copied into the data folder's inbox and named by an id; a generated file
 * (template, report, workbook) lands in the outbox and is handed over by id — as a download in the
 * browser, through a save dialog on the desktop, or copied to `--out` by the CLI.
 */

/** Refuse bigger uploads while they stream in, before they fill the disk or memory. */
export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;
/** Inbox and outbox entries older than this are removed when the app starts. */
const KEEP_MS = 24 * 60 * 60 * 1000;
const ID = /^[0-9a-f-]{36}$/;

export interface StoredFile {
  id: string;
  fileName: string;
  path: string;
  size: number;
}

/** Keeps the name a user will recognise while removing anything that could act as a path. */
export function safeFileName(name: string, fallback = 'berkas'): string {
  const cleaned = basename(name.replace(/\\/g, '/'))
    // Control characters and the characters Windows forbids in file names.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f<>:"/\\|?*]/g, '_')
    .replace(/^\.+/, '')
    .trim()
    .slice(0, 150);
  return cleaned || fallback;
}

class TooLarge extends Error {}

function limitBytes(max: number): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      seen += chunk.length;
      if (seen > max) callback(new TooLarge());
      else callback(null, chunk);
    },
  });
}

export function createFilesService(dataDir: string, now: () => Date = () => new Date()) {
  const inbox = join(dataDir, 'files', 'in');
  const outbox = join(dataDir, 'files', 'out');

  function find(box: string, id: string, missing: 'upload-not-found' | 'download-not-found'): StoredFile {
    if (!ID.test(id)) throw new AppError(missing);
    const dir = join(box, id);
    const name = existsSync(dir) ? readdirSync(dir).find((entry) => !entry.endsWith('.tmp')) : undefined;
    if (!name) throw new AppError(missing);
    const path = join(dir, name);
    return { id, fileName: name, path, size: statSync(path).size };
  }

  return {
    /** Streams an upload into the inbox; refuses it part-way once it passes the size limit. */
    async addUpload(source: Readable, fileName: string, maxBytes = MAX_UPLOAD_BYTES): Promise<StoredFile> {
      const id = randomUUID();
      const dir = join(inbox, id);
      mkdirSync(dir, { recursive: true });
      const name = safeFileName(fileName);
      const path = join(dir, name);
      try {
        await pipeline(source, limitBytes(maxBytes), createWriteStream(`${path}.tmp`));
        renameSync(`${path}.tmp`, path);
      } catch (error) {
        rmSync(dir, { recursive: true, force: true });
        if (error instanceof TooLarge) throw new AppError('file-too-large');
        throw error;
      }
      return { id, fileName: name, path, size: statSync(path).size };
    },

    upload(id: string): StoredFile {
      return find(inbox, id, 'upload-not-found');
    },

    /**
     * Reserves an outbox entry. Write to `tempPath`, then call `commit()`: the rename makes the
     * file appear whole or not at all.
     */
    reserveDownload(fileName: string): {
      id: string;
      fileName: string;
      tempPath: string;
      commit(): StoredFile;
    } {
      const id = randomUUID();
      const dir = join(outbox, id);
      mkdirSync(dir, { recursive: true });
      const name = safeFileName(fileName);
      const finalPath = join(dir, name);
      return {
        id,
        fileName: name,
        tempPath: `${finalPath}.tmp`,
        commit() {
          renameSync(`${finalPath}.tmp`, finalPath);
          return { id, fileName: name, path: finalPath, size: statSync(finalPath).size };
        },
      };
    },

    /** A finished document held in memory (a PDF), stored whole as a download. */
    saveDownload(fileName: string, bytes: Uint8Array): StoredFile {
      const target = this.reserveDownload(fileName);
      writeFileSync(target.tempPath, bytes);
      return target.commit();
    },

    download(id: string): StoredFile {
      return find(outbox, id, 'download-not-found');
    },

    /** Removes old inbox/outbox entries (called at start-up). */
    sweep(): void {
      const cutoff = now().getTime() - KEEP_MS;
      for (const box of [inbox, outbox]) {
        if (!existsSync(box)) continue;
        for (const entry of readdirSync(box)) {
          const dir = join(box, entry);
          if (statSync(dir).mtimeMs < cutoff) rmSync(dir, { recursive: true, force: true });
        }
      }
    },
  };
}

export type FilesService = ReturnType<typeof createFilesService>;
