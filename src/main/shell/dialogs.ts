import { basename, join } from 'node:path';
import type { BrowserWindow, OpenDialogOptions, SaveDialogOptions } from 'electron';
import type { DesktopDialogs, FileFilter } from '../dialogs';

/** What this module needs from Electron's `dialog`, so tests can pass a stand-in. */
export interface DialogApi {
  showOpenDialog(
    window: BrowserWindow,
    options: OpenDialogOptions,
  ): Promise<{ canceled: boolean; filePaths: string[] }>;
  showOpenDialog(options: OpenDialogOptions): Promise<{ canceled: boolean; filePaths: string[] }>;
  showSaveDialog(
    window: BrowserWindow,
    options: SaveDialogOptions,
  ): Promise<{ canceled: boolean; filePath: string }>;
  showSaveDialog(options: SaveDialogOptions): Promise<{ canceled: boolean; filePath: string }>;
}

/**
 * The suggested name in a save dialog: a file name only. A name is data (it can come from an
 * imported workbook), so separators or ".." must not steer the dialog into another folder.
 */
export function suggestedFileName(name: string): string {
  const base = basename(name.replace(/\\/g, '/'))
    // Characters Windows refuses in a file name, and control characters.
    // eslint-disable-next-line no-control-regex -- removing control characters is the point
    .replace(/[<>:"|?*\u0000-\u001f]/g, '_')
    .trim();
  return base === '' || base === '.' || base === '..' ? 'Asesa' : base;
}

function copyFilters(filters: FileFilter[]): FileFilter[] {
  return filters.map((filter) => ({ name: filter.name, extensions: [...filter.extensions] }));
}

/**
 * Native open and save dialogs for the services (src/main/dialogs.ts), modal to the Asesa window.
 * The page never names a path: it asks main, and main asks the operator.
 */
export function createDesktopDialogs(
  dialog: DialogApi,
  currentWindow: () => BrowserWindow | null,
  documentsDir: () => string,
  /** Electron's shell.openPath: resolves to an error text, empty on success. */
  openPath: (path: string) => Promise<string>,
): DesktopDialogs {
  const owner = (): BrowserWindow | null => {
    const window = currentWindow();
    return window && !window.isDestroyed() ? window : null;
  };

  return {
    async openFile({ title, filters }) {
      const options: OpenDialogOptions = { title, filters: copyFilters(filters), properties: ['openFile'] };
      const window = owner();
      const result = await (window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options));
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async saveFile({ title, defaultName, filters }) {
      const options: SaveDialogOptions = {
        title,
        defaultPath: join(documentsDir(), suggestedFileName(defaultName)),
        filters: copyFilters(filters),
        properties: ['showOverwriteConfirmation', 'createDirectory'],
      };
      const window = owner();
      const result = await (window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options));
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async openWithSystem(path) {
      return (await openPath(path)) === '';
    },
  };
}
