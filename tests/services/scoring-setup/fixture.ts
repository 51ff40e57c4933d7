/** Shared set-up for the scoring-setup service tests: a fresh app and data folder per test. */
import { createApp, type App } from '../../../src/main/app';
import { ADMIN_CONTEXT, type CallContext } from '../../../src/main/context';
import type { DispatchResult } from '../../../src/main/dispatcher';
import type { OperationName, OpInput, OpOutput } from '../../../src/shared/contract';
import { composeNip } from '../../../src/shared/domain/nip';
import type { ErrorCode } from '../../../src/shared/errors';
import { makeDataDir, removeDir } from '../../fixtures/data-dir';

export const ADMIN = ADMIN_CONTEXT('cli');

export interface Harness {
  app: App;
  dataDir: string;
  /** The test clock: every reading is one second later. */
  clock: { ms: number };
  call<N extends OperationName>(name: N, input: OpInput<N>, ctx?: CallContext): Promise<DispatchResult>;
  ok<N extends OperationName>(name: N, input: OpInput<N>, ctx?: CallContext): Promise<OpOutput<N>>;
  fail<N extends OperationName>(
    name: N,
    input: OpInput<N>,
    ctx?: CallContext,
  ): Promise<{ code: ErrorCode; message: string }>;
  close(): Promise<void>;
}

export async function startApp(): Promise<Harness> {
  const dataDir = makeDataDir();
  const clock = { ms: Date.parse('2023-02-25T01:00:00.000Z') };
  const app = await createApp({ dataDir, now: () => new Date((clock.ms += 1000)) });
  const call = <N extends OperationName>(name: N, input: OpInput<N>, ctx: CallContext = ADMIN) =>
    app.dispatcher.dispatch(name, input, ctx);
  return {
    app,
    dataDir,
    clock,
    call,
    async ok(name, input, ctx) {
      const result = await call(name, input, ctx);
      if (!result.ok)
        throw new Error(
          `${name} failed: ${result.error.code} ${result.error.message} ${JSON.stringify(result.error.details ?? '')}`,
        );
      return result.value as never;
    },
    async fail(name, input, ctx) {
      const result = await call(name, input, ctx);
      if (result.ok) throw new Error(`${name} unexpectedly succeeded`);
      return { code: result.error.code, message: result.error.message };
    },
    async close() {
      await app.close();
      removeDir(dataDir);
    },
  };
}

export interface PersonSpec {
  name?: string;
  unit?: string;
  positionLevel?: string;
  nip?: string;
}

/** A valid, unique NIP for test person number `n`. */
export function nipFor(n: number): string {
  const year = 1970 + (n % 25);
  return composeNip({
    birthDate: `${year}-0${1 + (n % 9)}-1${n % 10}`,
    appointmentYear: year + 25,
    appointmentMonth: 1 + (n % 12),
    gender: n % 2 === 0 ? 'L' : 'P',
    sequence: 1 + (n % 999),
  });
}

export async function createProgram(h: Harness, code = 'TA-2023') {
  return h.ok('program:create', { code, name: 'ASN Talent Academy' });
}

/** Adds candidates through roster:add; returns them in participant-number order. */
export async function addCandidates(h: Harness, programId: number, people: PersonSpec[]) {
  const added = [];
  for (const [i, p] of people.entries()) {
    added.push(
      await h.ok('roster:add', {
        programId,
        candidate: {
          nip: p.nip ?? nipFor(programId * 1000 + i),
          name: p.name ?? `Peserta ${i + 1}`,
          positionLevel: p.positionLevel ?? 'Pengawas',
          unit: p.unit ?? 'Dinas Pendidikan',
        },
      }),
    );
  }
  return added;
}

export async function addAssessor(
  h: Harness,
  programId: number,
  name: string,
  unit: string,
  extra: Partial<OpInput<'assessor:add'>> = {},
) {
  return h.ok('assessor:add', { programId, name, unit, pin: '123456', ...extra });
}

/**
 * Assessors written straight to the table with a placeholder hash: assignment tests need many
 * and scrypt is slow by design. The PIN path itself is covered in assessors.test.ts.
 */
export function seedAssessors(
  h: Harness,
  programId: number,
  people: Array<{ name: string; unit: string }>,
): number[] {
  const insert = h.app.db.prepare(
    `INSERT INTO assessors (program_id, name, role, unit, pin_hash, created_at)
     VALUES (?, ?, 'assessor', ?, 'scrypt$test', '2023-02-25')`,
  );
  return people.map((p) => Number(insert.run(programId, p.name, p.unit).lastInsertRowid));
}
