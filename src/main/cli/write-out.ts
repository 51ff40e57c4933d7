import { copyFileSync, renameSync, rmSync } from 'node:fs';
import type { App } from '../app';

/**
 * Copies a finished download to `target` under a temporary name, then renames it: a crash or a
 * full disk never leaves half a file under the name a script will open.
 */
export function writeDownloadTo(app: App, fileId: string, target: string): void {
  const temp = `${target}.tmp`;
  try {
    copyFileSync(app.files.download(fileId).path, temp);
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
