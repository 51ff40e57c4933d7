import { describe, expect, it } from 'vitest';
import { AppError, ERROR_MESSAGES } from '../../../src/shared/errors';
import { describeStartupError, NativeBindingMissing } from '../../../src/main/shell/startup-errors';

describe('describeStartupError', () => {
  it.each(['db-corrupt', 'db-newer', 'db-locked', 'data-dir-not-writable'] as const)(
    'shows the Indonesian message of %s',
    (code) => {
      const failure = describeStartupError(new AppError(code), { isPackaged: true });
      expect(failure.title).toBe('Asesa tidak dapat dibuka');
      expect(failure.message).toBe(ERROR_MESSAGES[code]);
    },
  );

  it('tells a developer to run npm start with network when the Electron build is missing', () => {
    const failure = describeStartupError(new NativeBindingMissing('/repo/native/x/better_sqlite3.node'), {
      isPackaged: false,
    });
    expect(failure.message).toMatch(/npm start/);
    expect(failure.message).toMatch(/koneksi internet/);
  });

  it('recognises a binary built for the wrong runtime', () => {
    const error = new Error(
      'The module better_sqlite3.node was compiled against a different Node.js version using NODE_MODULE_VERSION 115.',
    );
    expect(describeStartupError(error, { isPackaged: true }).message).toMatch(/Pasang ulang/);
  });

  it('keeps details of unexpected errors out of a packaged build', () => {
    const failure = describeStartupError(new Error('EACCES /home/operator/x'), { isPackaged: true });
    expect(failure.message).toBe(ERROR_MESSAGES.internal);
    expect(describeStartupError(new Error('EACCES'), { isPackaged: false }).message).toContain('EACCES');
  });
});
