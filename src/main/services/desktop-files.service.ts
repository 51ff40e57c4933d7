import { copyFileSync, createReadStream, renameSync } from 'node:fs';
import { basename, extname } from 'node:path';
import type { FileRef, PickPurpose } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import { PICK_FILTERS, type DesktopDialogs } from '../dialogs';
import type { FilesService } from './files.service';

/** The desktop side of files:pick and files:save: native dialogs around the inbox and outbox. */
export function createDesktopFilesService(files: FilesService, dialogs: DesktopDialogs | undefined) {
  function need(): DesktopDialogs {
    if (!dialogs) throw new AppError('not-supported-here');
    return dialogs;
  }

  return {
    async pick(purpose: PickPurpose): Promise<FileRef | null> {
      const path = await need().openFile({ title: 'Pilih berkas', filters: PICK_FILTERS[purpose] });
      if (!path) return null;
      const stored = await files.addUpload(createReadStream(path), basename(path));
      return { id: stored.id, fileName: stored.fileName, size: stored.size };
    },

    /**
     * Opens a finished file (a PDF to print) in the system's viewer, whose print dialog the
     * operator then uses: Electron cannot print a PDF from a window of its own reliably.
     */
    async openWithSystem(downloadId: string): Promise<{ opened: boolean }> {
      const file = files.download(downloadId);
      return { opened: await need().openWithSystem(file.path) };
    },

    async save(downloadId: string): Promise<{ saved: boolean }> {
      const file = files.download(downloadId);
      const extension = extname(file.fileName).slice(1);
      const target = await need().saveFile({
        title: 'Simpan berkas',
        defaultName: file.fileName,
        filters: extension ? [{ name: extension.toUpperCase(), extensions: [extension] }] : [],
      });
      if (!target) return { saved: false };
      // Copy beside the target, then rename: a crash never leaves half a file under its real name.
      copyFileSync(file.path, `${target}.tmp`);
      renameSync(`${target}.tmp`, target);
      return { saved: true };
    },
  };
}

export type DesktopFilesService = ReturnType<typeof createDesktopFilesService>;
