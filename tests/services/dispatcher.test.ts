import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/main/app';
import { latestVersion } from '../../src/main/db/migrate';
import { MIGRATIONS } from '../../src/main/db/migrations';
import { createDispatcher, type Handlers } from '../../src/main/dispatcher';
import { EventBus } from '../../src/main/events';
import { operationNames, type AppEvent } from '../../src/shared/contract';
import { ERROR_MESSAGES } from '../../src/shared/errors';
import { ADMIN, ASSESSOR, makeDataDir, OPERATOR, removeDir } from '../fixtures/data-dir';

let dataDir: string;
let app: App;
let events: AppEvent[];

beforeEach(async () => {
  dataDir = makeDataDir();
  app = await createApp({ dataDir });
  events = [];
  app.events.subscribe((event) => events.push(event));
});

afterEach(async () => {
  await app?.close();
  removeDir(dataDir);
});

const count = (table: string) => app.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

/** A complete handler map whose handlers fail loudly unless a test replaces them. */
function fakeHandlers(overrides: Partial<Record<string, (input: unknown) => unknown>>): Handlers {
  const handlers: Record<string, (input: unknown) => unknown> = {};
  for (const name of operationNames) {
    handlers[name] = () => {
      throw new Error(`${name} is not part of this test`);
    };
  }
  return { ...handlers, ...overrides } as unknown as Handlers;
}

describe('dispatching through createApp', () => {
  it('answers an operation that does not exist with unknown-operation', async () => {
    const result = await app.dispatcher.dispatch('program:drop', {}, ADMIN);
    expect(result).toEqual({
      ok: false,
      error: { code: 'unknown-operation', message: ERROR_MESSAGES['unknown-operation'] },
    });
  });

  it('answers a payload that fails its schema with invalid-input and Indonesian details per field', async () => {
    const result = await app.dispatcher.dispatch('program:create', { code: 'x', name: 42 }, ADMIN);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid-input');
    expect(result.error.message).toBe(ERROR_MESSAGES['invalid-input']);
    const details = result.error.details as Array<{ path: string; message: string }>;
    expect(details.map((d) => d.path).sort()).toEqual(['code', 'name']);
    expect(details.find((d) => d.path === 'code')?.message).toMatch(/^Kode program/);
    // zod's Indonesian locale, not its English default.
    expect(details.find((d) => d.path === 'name')?.message).toMatch(/tidak valid.*diharapkan/i);
    expect(details.find((d) => d.path === 'name')?.message).not.toMatch(/expected/i);
    expect(count('programs')).toBe(0);
  });

  it('refuses unknown keys on strict inputs with invalid-input', async () => {
    const result = await app.dispatcher.dispatch('program:list', { sql: 'DROP TABLE programs' }, ADMIN);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('invalid-input');
  });

  it('answers a role that may not call the operation with forbidden and writes nothing', async () => {
    const result = await app.dispatcher.dispatch(
      'program:create',
      { code: 'TA-2023', name: 'Talent' },
      ASSESSOR,
    );
    expect(result).toEqual({ ok: false, error: { code: 'forbidden', message: ERROR_MESSAGES.forbidden } });
    expect(count('programs')).toBe(0);
    expect(count('audit_log')).toBe(0);
    expect(events).toEqual([]);
  });

  it('lets an operator create but not archive a programme', async () => {
    const created = await app.dispatcher.dispatch(
      'program:create',
      { code: 'TA-2023', name: 'Talent' },
      OPERATOR,
    );
    expect(created.ok).toBe(true);
    const id = created.ok ? (created.value as { id: number }).id : 0;
    const archived = await app.dispatcher.dispatch('program:archive', { id, archived: true }, OPERATOR);
    expect(!archived.ok && archived.error.code).toBe('forbidden');
    const program = await app.dispatcher.dispatch('program:get', { id }, ADMIN);
    expect(program.ok && (program.value as { archived: boolean }).archived).toBe(false);
  });

  it('emits data:changed after a successful write', async () => {
    const result = await app.dispatcher.dispatch(
      'program:create',
      { code: 'TA-2023', name: 'Talent' },
      ADMIN,
    );
    expect(result.ok).toBe(true);
    expect(events).toHaveLength(1);
    expect(events[0]?.name).toBe('data:changed');
    expect(events[0]?.payload).toMatchObject({ operation: 'program:create' });
  });

  it('emits nothing for a read or for a write that failed', async () => {
    await app.dispatcher.dispatch('program:create', { code: 'TA-2023', name: 'Talent' }, ADMIN);
    events.length = 0;
    await app.dispatcher.dispatch('program:list', {}, ADMIN);
    const duplicate = await app.dispatcher.dispatch(
      'program:create',
      { code: 'TA-2023', name: 'Lagi' },
      ADMIN,
    );
    expect(!duplicate.ok && duplicate.error.code).toBe('program-code-taken');
    expect(events).toEqual([]);
  });

  it('reports app:info with the schema version, the door and the role of the caller', async () => {
    const result = await app.dispatcher.dispatch('app:info', {}, ASSESSOR);
    expect(result.ok).toBe(true);
    expect(result.ok && result.value).toMatchObject({
      schemaVersion: latestVersion(MIGRATIONS),
      dataDir: app.dataDir,
      door: 'browser',
      role: 'assessor',
    });
  });
});

describe('createDispatcher', () => {
  it('answers a handler output that does not match the contract with internal', async () => {
    const lines: string[] = [];
    const dispatcher = createDispatcher({
      handlers: fakeHandlers({ 'app:info': () => ({ version: 1 }) }),
      log: (line) => lines.push(line),
    });
    const result = await dispatcher.dispatch('app:info', {}, ADMIN);
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: ERROR_MESSAGES.internal } });
    expect(lines.join('\n')).toMatch(/app:info returned output that does not match the contract/);
  });

  it('passes a matching output through', async () => {
    const dispatcher = createDispatcher({ handlers: fakeHandlers({ 'program:list': () => [] }) });
    expect(await dispatcher.dispatch('program:list', {}, ADMIN)).toEqual({ ok: true, value: [] });
  });

  it('turns an unexpected exception into internal without leaking its message', async () => {
    const dispatcher = createDispatcher({
      handlers: fakeHandlers({
        'program:list': () => {
          throw new Error('SQLITE_IOERR at /home/secret/asesa.db');
        },
      }),
    });
    const result = await dispatcher.dispatch('program:list', {}, ADMIN);
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: ERROR_MESSAGES.internal } });
    expect(JSON.stringify(result)).not.toMatch(/secret/);
  });

  it('hands the handler the parsed input with its defaults applied', async () => {
    let received: unknown;
    const dispatcher = createDispatcher({
      handlers: fakeHandlers({
        'program:list': (input) => {
          received = input;
          return [];
        },
      }),
    });
    await dispatcher.dispatch('program:list', undefined, ADMIN);
    expect(received).toEqual({ includeArchived: false });
  });

  it('does not emit data:changed when a write fails', async () => {
    const bus = new EventBus();
    const seen: AppEvent[] = [];
    bus.subscribe((event) => seen.push(event));
    const dispatcher = createDispatcher({
      handlers: fakeHandlers({
        'program:create': () => {
          throw new Error('boom');
        },
      }),
      events: bus,
    });
    await dispatcher.dispatch('program:create', { code: 'TA-1', name: 'Talent' }, ADMIN);
    expect(seen).toEqual([]);
  });

  it('refuses to start when an operation has no handler', () => {
    const handlers = fakeHandlers({}) as unknown as Record<string, unknown>;
    delete handlers['program:archive'];
    expect(() => createDispatcher({ handlers: handlers as unknown as Handlers })).toThrow(
      /Missing handlers: program:archive/,
    );
  });

  it('refuses to start when a handler has no operation in the contract', () => {
    const handlers = { ...fakeHandlers({}), 'program:drop': () => null } as unknown as Handlers;
    expect(() => createDispatcher({ handlers })).toThrow(/handlers without an operation: program:drop/);
  });
});
