/**
 * The promise of issue 3, point 5, through the real operations: re-importing a roster updates the
 * candidates matched by NIP and never loses the scores already given to them.
 */
import { createReadStream, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/main/app';
import type { RosterImportResult } from '../../src/shared/contract';
import { makeDataDir, removeDir } from '../fixtures/data-dir';
import { ADMIN, assessorCtx, caller } from './scoring/fixtures';

let dataDir: string;
let app: App;
let api: ReturnType<typeof caller>;

beforeEach(async () => {
  dataDir = makeDataDir();
  app = await createApp({ dataDir });
  api = caller(app);
});

afterEach(async () => {
  await app.close();
  removeDir(dataDir);
});

const PEOPLE = [
  ['198609262015051001', 'Budi Santoso, S.E.', 'Dinas Pendidikan'],
  ['199001012015012002', 'Dra. Hj. Siti Aminah, M.Si.', 'Dinas Kesehatan'],
  ['198512312010011003', "Nur'aini", 'Inspektorat Daerah'],
] as const;

async function rosterFile(
  name: string,
  rows: ReadonlyArray<readonly [string, string, string]>,
): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Peserta');
  sheet.addRow(['NIP', 'NAMA LENGKAP (DENGAN GELAR)', 'UNIT KERJA', 'JENJANG']);
  for (const [nip, person, unit] of rows) sheet.addRow([nip, person, unit, 'Pengawas']);
  sheet.getColumn(1).numFmt = '@';
  const path = join(dataDir, name);
  writeFileSync(path, Buffer.from(await workbook.xlsx.writeBuffer()));
  return path;
}

async function importRoster(programId: number, path: string): Promise<RosterImportResult> {
  const stored = await app.files.addUpload(createReadStream(path), 'peserta.xlsx');
  const { jobId } = await api.ok(
    'roster:import',
    { programId, uploadId: stored.id, validOnly: false },
    ADMIN,
  );
  const state = await api.ok('job:wait', { jobId }, ADMIN);
  expect(state.status).toBe('done');
  return state.result as RosterImportResult;
}

describe('re-importing a roster', () => {
  it('updates candidates by NIP in place and keeps the scores already given to them', async () => {
    const program = await api.ok('program:create', { code: 'ULANG-1', name: 'Impor ulang' }, ADMIN);
    const first = await importRoster(program.id, await rosterFile('a.xlsx', PEOPLE));
    expect(first).toMatchObject({ imported: 3, updated: 0 });

    const assessor = await api.ok(
      'assessor:add',
      { programId: program.id, name: 'Dr. Ani, M.Psi.', unit: 'Lembaga Asesmen', pin: '1357' },
      ADMIN,
    );
    await api.ok('assign:auto', { programId: program.id, perCandidate: 1 }, ADMIN);
    const me = assessorCtx(assessor.id);
    const { sheets } = await api.ok('scoring:my-sheets', { programId: program.id }, me);
    const sheet = await api.ok('scoring:get-sheet', { assignmentId: sheets[0]!.assignmentId }, me);
    const competency = sheet.competencies[0]!;
    await api.ok(
      'scores:save',
      {
        assignmentId: sheet.assignmentId,
        competencyId: competency.id,
        level: 3,
        evidence: 'Memimpin diskusi.',
      },
      me,
    );
    const scoredCandidate = sheet.candidate.id;

    // The agency sends a corrected file: a title added to a name, a new person, a moved unit.
    const corrected = [
      ['198609262015051001', 'Drs. Budi Santoso, S.E.', 'Dinas Pendidikan'],
      ['199001012015012002', 'Dra. Hj. Siti Aminah, M.Si.', 'Sekretariat Daerah'],
      ['198512312010011003', "Nur'aini", 'Inspektorat Daerah'],
      ['197708172005012004', 'Ni Luh Putu Ayu, S.Psi.', 'Dinas Sosial'],
    ] as const;
    const second = await importRoster(program.id, await rosterFile('b.xlsx', corrected));
    expect(second).toMatchObject({ imported: 1, updated: 2 });

    const roster = await api.ok('roster:list', { programId: program.id }, ADMIN);
    expect(roster).toHaveLength(4);
    const scored = roster.find((c) => c.id === scoredCandidate);
    expect(scored).toBeDefined();
    const again = await api.ok('scoring:get-sheet', { assignmentId: sheet.assignmentId }, me);
    expect(again.candidate.id).toBe(scoredCandidate);
    const rating = again.competencies.find((c) => c.id === competency.id);
    expect(rating?.rating).toMatchObject({ level: 3, evidence: 'Memimpin diskusi.' });
    expect(roster.find((c) => c.nip === '198609262015051001')?.name).toBe('Drs. Budi Santoso, S.E.');
  });
});
