/**
 * A fresh data folder with the scored programme (tests/fixtures/scored-program.ts): five
 * candidates attended (four complete, one waiting for the meeting), one absent.
 */
import { readFileSync } from 'node:fs';
import { createApp, type App } from '../../../src/main/app';
import type { CallContext } from '../../../src/main/context';
import type { Db } from '../../../src/main/db/open';
import type { CertificateIssueResult, CertificateRenderResult, OpInput } from '../../../src/shared/contract';
import { makeDataDir, removeDir } from '../../fixtures/data-dir';
import { seedScoredProgram, type ScoredProgram } from '../../fixtures/scored-program';
import { ADMIN, caller } from '../scoring/fixtures';

export { ADMIN };
export const OPERATOR: CallContext = { role: 'operator', actor: 'operator', door: 'browser' };

/** A fixed clock, so issue times and numbers' years are known. */
export const ISSUE_TIME = new Date('2023-03-01T03:00:00.000Z');

export interface Setup {
  app: App;
  dataDir: string;
  program: ScoredProgram;
  api: ReturnType<typeof caller>;
  close(): Promise<void>;
}

export async function setUp(
  options: { now?: () => Date; dataDir?: string; seed?: boolean } = {},
): Promise<Setup> {
  const dataDir = options.dataDir ?? makeDataDir();
  const app = await createApp({
    dataDir,
    now: options.now ?? (() => ISSUE_TIME),
    ...(process.env.ASESA_TEST_LOG && { log: (line: string) => console.log(line) }),
  });
  const program =
    options.seed === false ? (undefined as unknown as ScoredProgram) : await seedScoredProgram(app);
  return {
    app,
    dataDir,
    program,
    api: caller(app),
    async close() {
      await app.close();
      if (!options.dataDir) removeDir(dataDir);
    },
  };
}

/** Uploads bytes the way a door would, returning the upload id. */
export async function upload(app: App, bytes: Buffer, fileName: string): Promise<string> {
  const { Readable } = await import('node:stream');
  return (await app.files.addUpload(Readable.from([bytes]), fileName)).id;
}

export function downloadBytes(app: App, id: string): Buffer {
  return readFileSync(app.files.download(id).path);
}

/** Runs an operation that starts a job and returns the job's result (or throws its error). */
export async function runJob<T>(s: Setup, jobId: string): Promise<T> {
  const state = await s.api.ok('job:wait', { jobId }, ADMIN);
  if (state.status !== 'done')
    throw new Error(`job ${state.kind} ${state.status}: ${state.error?.code} ${state.error?.message}`);
  return state.result as T;
}

export async function issue(
  s: Setup,
  input: Partial<OpInput<'certificates:issue'>> = {},
): Promise<CertificateIssueResult> {
  const { jobId } = await s.api.ok(
    'certificates:issue',
    { programId: s.program.programId, ...(input.candidateIds ? {} : { allEligible: true }), ...input },
    ADMIN,
  );
  return runJob<CertificateIssueResult>(s, jobId);
}

export async function render(
  s: Setup,
  input: Partial<OpInput<'certificates:render'>> = {},
): Promise<CertificateRenderResult> {
  const { jobId } = await s.api.ok(
    'certificates:render',
    { programId: s.program.programId, ...input },
    ADMIN,
  );
  return runJob<CertificateRenderResult>(s, jobId);
}

/** More attending candidates without results (numbers 101, 102, …), for bigger batches. */
export function addCandidates(db: Db, programId: number, count: number): number[] {
  const insert = db.prepare(`
    INSERT INTO candidates (program_id, participant_no, nip, name, position, position_level, unit, created_at, updated_at)
    VALUES (?, ?, ?, ?, 'Kepala Seksi', 'Pengawas', 'Dinas Uji', '2023-02-25T00:00:00.000Z', '2023-02-25T00:00:00.000Z')`);
  return db.transaction(() =>
    Array.from({ length: count }, (_, i) => {
      const no = String(101 + i);
      const nip = `19870101201001${i % 2 ? 2 : 1}${String(101 + i).padStart(3, '0')}`;
      return Number(insert.run(programId, no, nip, `Peserta Tambahan ${no}`).lastInsertRowid);
    }),
  )();
}
