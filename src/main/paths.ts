import { homedir } from 'node:os';
import { join } from 'node:path';

export const APP_FOLDER_NAME = 'Asesa';

/**
 * The folder where Electron keeps `app.getPath('userData')` for an app named "Asesa". The CLI and
 * the web door default to it, so all three doors see the same data.
 */
export function defaultDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
): string {
  if (env.ASESA_DATA) return env.ASESA_DATA;
  return join(appDataDir(env, platform, home), APP_FOLDER_NAME);
}

function appDataDir(env: NodeJS.ProcessEnv, platform: NodeJS.Platform, home: string): string {
  if (platform === 'win32') return env.APPDATA ?? join(home, 'AppData', 'Roaming');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support');
  return env.XDG_CONFIG_HOME ?? join(home, '.config');
}
