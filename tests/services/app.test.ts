import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../src/main/app';
import { closeDatabase, DB_FILE_NAME, openDatabase } from '../../src/main/db/open';
import { AppError } from '../../src/shared/errors';
import { ADMIN, makeDataDir, removeDir, sha256 } from '../fixtures/data-dir';

let dataDir: string;

beforeEach(() => {
  dataDir = makeDataDir();
});

afterEach(() => {
  removeDir(dataDir);
});

async function refusal(options: { dataDir: string }): Promise<AppError> {
  try {
    const app = await createApp(options);
    await app.close();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error('expected createApp to refuse the data folder');
}

describe('createApp', () => {
  it('opens a fresh data folder and closes it again, leaving a database that reopens', async () => {
    const app = await createApp({ dataDir });
    const created = await app.dispatcher.dispatch(
      'program:create',
      { code: 'TA-2023', name: 'Talent' },
      ADMIN,
    );
    expect(created.ok).toBe(true);
    await app.close();
    await app.close(); // closing twice is harmless

    const again = await createApp({ dataDir });
    const list = await again.dispatcher.dispatch('program:list', {}, ADMIN);
    expect(list.ok && (list.value as Array<{ code: string }>).map((p) => p.code)).toEqual(['TA-2023']);
    await again.close();
  });

  it('refuses a database from a newer app with db-newer and leaves it unchanged', async () => {
    const db = await openDatabase({ dataDir });
    db.pragma('user_version = 9990');
    closeDatabase(db);
    const file = join(dataDir, DB_FILE_NAME);
    const before = sha256(file);
    expect((await refusal({ dataDir })).code).toBe('db-newer');
    expect(sha256(file)).toBe(before);
  });

  it('refuses a corrupt database file with db-corrupt and leaves it unchanged', async () => {
    const file = join(dataDir, DB_FILE_NAME);
    writeFileSync(file, 'SQLite format 3\u0000 but not really');
    const before = sha256(file);
    expect((await refusal({ dataDir })).code).toBe('db-corrupt');
    expect(sha256(file)).toBe(before);
  });

  it('refuses a data folder below a regular file with data-dir-not-writable', async () => {
    const file = join(dataDir, 'afile');
    writeFileSync(file, '');
    expect((await refusal({ dataDir: join(file, 'data') })).code).toBe('data-dir-not-writable');
  });
});
