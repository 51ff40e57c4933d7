import { join } from 'node:path';
import { nativeBindingSegments } from '../../../scripts/native-binary.js';

export interface NativeBindingPlace {
  isPackaged: boolean;
  /** `app.getAppPath()`: the repository when started with `electron .`. */
  appPath: string;
  /** `process.resourcesPath`: where electron-builder puts extraResources. */
  resourcesPath: string;
  electronVersion: string;
  platform: string;
  arch: string;
}

/**
 * The better-sqlite3 binary the desktop app loads. From the repository it is the build
 * scripts/ensure-electron-native.js keeps in native/ (node_modules holds the Node build for tests
 * and the CLI); a packaged app ships the same file in resources/native/ (electron-builder.yml).
 * The naming comes from scripts/native-binary.js, so the script and the app cannot disagree.
 */
export function electronNativeBinding(place: NativeBindingPlace): string {
  const base = place.isPackaged ? place.resourcesPath : place.appPath;
  return join(base, ...nativeBindingSegments(place.electronVersion, place.platform, place.arch));
}
