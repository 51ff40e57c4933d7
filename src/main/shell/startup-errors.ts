import { AppError, ERROR_MESSAGES } from '../../shared/errors';

/** Thrown by the shell when the Electron build of better-sqlite3 is not where it should be. */
export const NATIVE_MISSING = 'ASESA_NATIVE_MISSING';

export class NativeBindingMissing extends Error {
  readonly code = NATIVE_MISSING;
  constructor(readonly path: string) {
    super(`shell: better-sqlite3 for Electron not found at ${path}`);
  }
}

export interface StartupFailure {
  title: string;
  message: string;
}

const TITLE = 'Asesa tidak dapat dibuka';

function isNativeLoadError(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  if (code === NATIVE_MISSING || code === 'ERR_DLOPEN_FAILED') return true;
  return typeof message === 'string' && /NODE_MODULE_VERSION|better_sqlite3\.node/.test(message);
}

/**
 * What the native error box says when the data folder cannot be opened. AppErrors (corrupt, newer,
 * locked database, folder not writable) carry their own Indonesian message; the database file was
 * not touched in any of those cases.
 */
export function describeStartupError(error: unknown, options: { isPackaged: boolean }): StartupFailure {
  if (error instanceof AppError) return { title: TITLE, message: error.message };
  if (isNativeLoadError(error)) {
    return {
      title: TITLE,
      message: options.isPackaged
        ? 'Komponen database Asesa tidak dapat dimuat. Pasang ulang aplikasi Asesa.'
        : 'Komponen database (better-sqlite3) untuk Electron belum tersedia atau tidak cocok. ' +
          'Jalankan "npm start" sekali dengan koneksi internet untuk mengunduhnya.',
    };
  }
  const detail = !options.isPackaged && error instanceof Error ? `\n\n${error.message}` : '';
  return { title: TITLE, message: `${ERROR_MESSAGES.internal}${detail}` };
}
