import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/main/app';
import type { CallContext } from '../../src/main/context';
import type { DispatchResult } from '../../src/main/dispatcher';
import type { OperationName, OpInput, Program } from '../../src/shared/contract';
import type { ErrorCode } from '../../src/shared/errors';
import { ADMIN, makeDataDir, OPERATOR, removeDir } from '../fixtures/data-dir';

let dataDir: string;
let app: App;
let clock: number;

beforeEach(async () => {
  dataDir = makeDataDir();
  clock = Date.parse('2023-02-25T08:00:00.000Z');
  // Every reading of the clock is one second later, so "updated after created" is observable.
  app = await createApp({ dataDir, now: () => new Date((clock += 1000)) });
});

afterEach(async () => {
  await app?.close();
  removeDir(dataDir);
});

async function call<N extends OperationName>(name: N, input: OpInput<N>, ctx: CallContext = ADMIN) {
  return app.dispatcher.dispatch(name, input, ctx);
}

async function ok<T = Program>(result: Promise<DispatchResult>): Promise<T> {
  const settled = await result;
  if (!settled.ok) throw new Error(`expected success, got ${settled.error.code}`);
  return settled.value as T;
}

async function errorCode(result: Promise<DispatchResult>): Promise<ErrorCode> {
  const settled = await result;
  if (settled.ok) throw new Error('expected an error');
  return settled.error.code;
}

interface AuditRow {
  action: string;
  actor: string;
  door: string;
  entity: string;
  entity_id: number;
  program_id: number;
  before_json: string | null;
  after_json: string | null;
}

const auditRows = () => app.db.prepare('SELECT * FROM audit_log ORDER BY id').all() as AuditRow[];
const programRows = () => app.db.prepare('SELECT * FROM programs ORDER BY id').all();

const create = (code = 'ta-2023', extra: Partial<OpInput<'program:create'>> = {}) =>
  ok(call('program:create', { code, name: 'ASN Talent Academy', ...extra }));

describe('creating a programme', () => {
  it('stores it with an uppercased code and the defaults filled in', async () => {
    const program = await create('ta-2023');
    expect(program).toMatchObject({
      id: 1,
      code: 'TA-2023',
      name: 'ASN Talent Academy',
      organiser: '',
      startDate: null,
      endDate: null,
      purpose: 'pemetaan',
      signatory: { name: '', position: '', rank: '', nip: '', acting: false },
      archived: false,
      candidateCount: 0,
      assessorCount: 0,
    });
    expect(await ok(call('program:get', { id: program.id }))).toEqual(program);
  });

  it('refuses a code already taken, whatever its case, with program-code-taken', async () => {
    await create('TA-2023');
    expect(await errorCode(call('program:create', { code: 'ta-2023', name: 'Program kedua' }))).toBe(
      'program-code-taken',
    );
    expect(programRows()).toHaveLength(1);
    expect(auditRows()).toHaveLength(1);
  });

  it('refuses an end date before the start date with invalid-date-range and writes nothing', async () => {
    expect(
      await errorCode(
        call('program:create', {
          code: 'TA-2023',
          name: 'Talent Academy',
          startDate: '2023-02-25',
          endDate: '2023-02-24',
        }),
      ),
    ).toBe('invalid-date-range');
    expect(programRows()).toHaveLength(0);
    expect(auditRows()).toHaveLength(0);
  });

  it('accepts a one-day programme whose start and end are the same date', async () => {
    const program = await create('TA-2023', { startDate: '2023-02-25', endDate: '2023-02-25' });
    expect(program.endDate).toBe('2023-02-25');
  });

  it('writes an audit row with the caller, the door and what was created', async () => {
    const program = await create('ta-2023', { city: 'Bekasi' });
    const rows = auditRows();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      action: 'program:create',
      actor: 'admin',
      door: 'cli',
      entity: 'program',
      entity_id: program.id,
      program_id: program.id,
      before_json: null,
    });
    expect(JSON.parse(rows[0]?.after_json ?? 'null')).toMatchObject({ code: 'TA-2023', city: 'Bekasi' });
  });
});

describe('updating a programme', () => {
  it('changes the given fields, keeps the others and moves updatedAt', async () => {
    const before = await create('TA-2023', { venue: 'Gedung Diklat', startDate: '2023-02-24' });
    const after = await ok(
      call('program:update', { id: before.id, name: 'Talent Academy 2023', city: 'Bekasi' }),
    );
    expect(after).toMatchObject({
      name: 'Talent Academy 2023',
      city: 'Bekasi',
      venue: 'Gedung Diklat',
      startDate: '2023-02-24',
      code: 'TA-2023',
      createdAt: before.createdAt,
    });
    expect(after.updatedAt > before.updatedAt).toBe(true);
  });

  it('records the state before and after in the audit log', async () => {
    const program = await create('TA-2023');
    await ok(call('program:update', { id: program.id, name: 'Nama baru' }, OPERATOR));
    const rows = auditRows();
    expect(rows.map((r) => r.action)).toEqual(['program:create', 'program:update']);
    expect(rows[1]).toMatchObject({ actor: 'operator', door: 'desktop', entity_id: program.id });
    expect(JSON.parse(rows[1]?.before_json ?? 'null')).toMatchObject({ name: 'ASN Talent Academy' });
    expect(JSON.parse(rows[1]?.after_json ?? 'null')).toMatchObject({ name: 'Nama baru' });
  });

  it('refuses a new code that another programme uses, and leaves both untouched', async () => {
    await create('TA-2022');
    const second = await create('TA-2023');
    expect(await errorCode(call('program:update', { id: second.id, code: 'ta-2022' }))).toBe(
      'program-code-taken',
    );
    expect(await ok(call('program:get', { id: second.id }))).toEqual(second);
    expect(auditRows()).toHaveLength(2);
  });

  it('refuses an end date before the stored start date with invalid-date-range', async () => {
    const program = await create('TA-2023', { startDate: '2023-02-25' });
    expect(await errorCode(call('program:update', { id: program.id, endDate: '2023-02-20' }))).toBe(
      'invalid-date-range',
    );
    expect(await ok(call('program:get', { id: program.id }))).toEqual(program);
    expect(auditRows()).toHaveLength(1);
  });

  it('refuses to edit an archived programme with program-archived and leaves no audit row', async () => {
    const program = await create('TA-2023');
    await ok(call('program:archive', { id: program.id, archived: true }));
    const auditBefore = auditRows().length;
    expect(await errorCode(call('program:update', { id: program.id, name: 'Diubah diam-diam' }))).toBe(
      'program-archived',
    );
    expect((await ok(call('program:get', { id: program.id }))).name).toBe('ASN Talent Academy');
    expect(auditRows()).toHaveLength(auditBefore);
  });

  it('answers a programme that does not exist with not-found', async () => {
    expect(await errorCode(call('program:update', { id: 99, name: 'Tidak ada' }))).toBe('not-found');
    expect(await errorCode(call('program:get', { id: 99 }))).toBe('not-found');
    expect(auditRows()).toHaveLength(0);
  });

  it('writes the change and its audit row in one transaction: if the audit write fails, the change is undone', async () => {
    const program = await create('TA-2023');
    app.db.exec(
      `CREATE TRIGGER audit_down BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'audit down'); END;`,
    );

    expect(await errorCode(call('program:update', { id: program.id, name: 'Tanpa jejak' }))).toBe('internal');
    expect((await ok(call('program:get', { id: program.id }))).name).toBe('ASN Talent Academy');

    expect(await errorCode(call('program:create', { code: 'TA-2024', name: 'Tanpa jejak' }))).toBe(
      'internal',
    );
    expect(programRows()).toHaveLength(1);

    expect(await errorCode(call('program:archive', { id: program.id, archived: true }))).toBe('internal');
    expect((await ok(call('program:get', { id: program.id }))).archived).toBe(false);
    expect(auditRows()).toHaveLength(1);
  });
});

describe('archiving and listing programmes', () => {
  it('lists active programmes, newest start date first', async () => {
    await create('TA-2022', { startDate: '2022-08-22' });
    await create('TA-2023', { startDate: '2023-02-24' });
    const list = await ok<Program[]>(call('program:list', {}));
    expect(list.map((p) => p.code)).toEqual(['TA-2023', 'TA-2022']);
  });

  it('hides an archived programme unless archived ones are asked for', async () => {
    const old = await create('TA-2022');
    await create('TA-2023');
    const archived = await ok(call('program:archive', { id: old.id, archived: true }));
    expect(archived.archived).toBe(true);

    expect((await ok<Program[]>(call('program:list', {}))).map((p) => p.code)).toEqual(['TA-2023']);
    const all = await ok<Program[]>(call('program:list', { includeArchived: true }));
    expect(all.map((p) => [p.code, p.archived])).toEqual([
      ['TA-2023', false],
      ['TA-2022', true],
    ]);
  });

  it('restores an archived programme, which can then be edited again', async () => {
    const program = await create('TA-2023');
    await ok(call('program:archive', { id: program.id, archived: true }));
    const restored = await ok(call('program:archive', { id: program.id, archived: false }));
    expect(restored.archived).toBe(false);
    expect((await ok(call('program:update', { id: program.id, name: 'Dipakai lagi' }))).name).toBe(
      'Dipakai lagi',
    );
    expect(auditRows().map((r) => r.action)).toEqual([
      'program:create',
      'program:archive',
      'program:unarchive',
      'program:update',
    ]);
    expect(JSON.parse(auditRows()[1]?.after_json ?? 'null')).toEqual({ archived: true });
  });

  it('keeps the code of an archived programme reserved', async () => {
    const program = await create('TA-2023');
    await ok(call('program:archive', { id: program.id, archived: true }));
    expect(await errorCode(call('program:create', { code: 'TA-2023', name: 'Kode sama' }))).toBe(
      'program-code-taken',
    );
  });
});
