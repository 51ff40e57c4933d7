import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../../src/main/app';
import type { AppEvent } from '../../../src/shared/contract';
import { makeDataDir, removeDir } from '../../fixtures/data-dir';
import { ADMIN, assessorCtx, caller, markAbsent, OPERATOR, setUpScenario, type Scenario } from './fixtures';

let dataDir: string;
let app: App;
let s: Scenario;
let api: ReturnType<typeof caller>;
let events: AppEvent[];

beforeEach(async () => {
  dataDir = makeDataDir();
  app = await createApp({ dataDir });
  s = await setUpScenario(app);
  api = caller(app);
  events = [];
  app.events.subscribe((event) => events.push(event));
});

afterEach(async () => {
  await app.close();
  removeDir(dataDir);
});

const A = () => assessorCtx(s.assessors.a, 'browser');
const B = () => assessorCtx(s.assessors.b, 'browser');

describe('what an assessor sees', () => {
  it('lists only their own sheets, with counts', async () => {
    await api.ok(
      'scores:save',
      { assignmentId: s.sheet('a', 0, 'XLGD'), competencyId: s.competency['M.1'] as number, level: 3 },
      A(),
    );
    const mine = await api.ok('scoring:my-sheets', { programId: s.programId }, A());
    expect(mine.assessor.name).toBe('Dr. Asesor A, M.Psi.');
    expect(mine.sheets).toHaveLength(8);
    const ids = new Set(mine.sheets.map((sheet) => sheet.assignmentId));
    expect(ids.has(s.sheet('b', 0, 'XLGD'))).toBe(false);
    expect(mine.sheets[0]).toMatchObject({
      participantNo: '001',
      method: { code: 'XLGD' },
      status: 'open',
      rated: 1,
      total: 3,
      needsEvidence: 0,
    });
  });

  it("refuses another assessor's sheet, and never shows another assessor's levels", async () => {
    const shared = { competencyId: s.competency['M.2'] as number };
    await api.ok(
      'scores:save',
      { assignmentId: s.sheet('a', 1, 'XLGD'), ...shared, level: 4, evidence: 'Memimpin diskusi' },
      A(),
    );
    await api.ok('scores:save', { assignmentId: s.sheet('b', 1, 'XLGD'), ...shared, level: 2 }, B());

    await api.fails('scoring:get-sheet', { assignmentId: s.sheet('a', 1, 'XLGD') }, B(), 'forbidden');
    await api.fails(
      'scores:save',
      { assignmentId: s.sheet('a', 1, 'XLGD'), ...shared, level: 1 },
      B(),
      'forbidden',
    );
    await api.fails('scores:submit', { assignmentId: s.sheet('a', 1, 'XLGD') }, B(), 'forbidden');

    const own = await api.ok('scoring:get-sheet', { assignmentId: s.sheet('b', 1, 'XLGD') }, B());
    const levels = own.competencies.map((c) => [c.code, c.rating.level, c.rating.evidence]);
    expect(levels).toEqual([
      ['M.1', null, ''],
      ['M.2', 2, ''],
      ['M.3', null, ''],
    ]);
    expect(JSON.stringify(own)).not.toContain('Memimpin diskusi');
  });

  it('shows the competencies of the method with their level descriptors, and "belum dinilai" as null', async () => {
    const sheet = await api.ok('scoring:get-sheet', { assignmentId: s.sheet('a', 0, 'XBEI') }, A());
    expect(sheet.method.code).toBe('XBEI');
    expect(sheet.candidate).toMatchObject({ participantNo: '001', positionLevel: 'Pengawas' });
    expect(sheet.competencies.map((c) => c.code)).toEqual(['M.1', 'M.4']);
    expect(sheet.competencies[0]?.levels).toHaveLength(5);
    const stored = app.db
      .prepare('SELECT title FROM competency_levels WHERE competency_id = ? AND level = 5')
      .pluck()
      .get(s.competency['M.1']);
    expect(sheet.competencies[0]?.levels[4]).toMatchObject({ level: 5, title: stored });
    expect(sheet.competencies.every((c) => c.rating.level === null && c.rating.updatedAt === null)).toBe(
      true,
    );
    expect(sheet).toMatchObject({ rated: 0, total: 2 });
  });

  it('keeps staff to counts: no sheet, no save, and a dashboard without a single level', async () => {
    await api.ok(
      'scores:save',
      {
        assignmentId: s.sheet('a', 0, 'XLGD'),
        competencyId: s.competency['M.1'] as number,
        level: 5,
        evidence: 'Bukti',
      },
      A(),
    );
    for (const ctx of [ADMIN, OPERATOR]) {
      await api.fails('scoring:get-sheet', { assignmentId: s.sheet('a', 0, 'XLGD') }, ctx, 'forbidden');
      await api.fails('scoring:my-sheets', { programId: s.programId }, ctx, 'forbidden');
      await api.fails(
        'scores:save',
        { assignmentId: s.sheet('a', 0, 'XLGD'), competencyId: s.competency['M.1'] as number, level: 1 },
        ctx,
        'forbidden',
      );
    }
    const progress = await api.ok('progress:get', { programId: s.programId }, OPERATOR);
    expect(JSON.stringify(progress)).not.toMatch(/"level"|"evidence"|Bukti/);
    expect(progress.totals).toMatchObject({ sheets: 17, inProgress: 1, notStarted: 16, ratingsDone: 1 });
    // Neither do the live events every browser receives.
    const scoreEvents = events.filter((e) => e.name === 'scores:changed');
    expect(scoreEvents).toHaveLength(1);
    expect(JSON.stringify(scoreEvents)).not.toMatch(/"level"|Bukti/);
  });

  it('tells a lead assessor who is not in the programme that the sheet is not theirs', async () => {
    const lead = assessorCtx(s.assessors.lead, 'browser', true);
    await api.fails('scoring:get-sheet', { assignmentId: s.sheet('a', 0, 'XLGD') }, lead, 'forbidden');
    await api.fails('scoring:my-sheets', { programId: s.otherProgramId }, lead, 'forbidden');
    const mine = await api.ok('scoring:my-sheets', { programId: s.programId }, lead);
    expect(mine.sheets.map((sheet) => sheet.assignmentId)).toEqual([s.sheet('lead', 0, 'XLGD')]);
  });
});

describe('absent candidates', () => {
  it('leave the scoring list of that method only, and cannot be scored there', async () => {
    markAbsent(app.db, s.programId, s.candidates[2] as number, s.method.XLGD as number);
    const mine = await api.ok('scoring:my-sheets', { programId: s.programId }, A());
    const left = mine.sheets
      .filter((sheet) => sheet.candidateId === s.candidates[2])
      .map((sheet) => sheet.method.code);
    expect(left).toEqual(['XBEI']);
    await api.fails(
      'scores:save',
      { assignmentId: s.sheet('a', 2, 'XLGD'), competencyId: s.competency['M.1'] as number, level: 1 },
      A(),
      'candidate-absent',
    );
    await api.fails('scoring:get-sheet', { assignmentId: s.sheet('a', 2, 'XLGD') }, A(), 'candidate-absent');
  });

  it('show as absent on the dashboard, never as missing scores', async () => {
    markAbsent(app.db, s.programId, s.candidates[2] as number, s.method.XLGD as number);
    const progress = await api.ok('progress:get', { programId: s.programId }, OPERATOR);
    const candidate = progress.candidates.find((c) => c.candidateId === s.candidates[2]);
    expect(candidate?.absentMethods).toEqual(['XLGD']);
    expect(candidate?.missing.map((m) => m.methodCode)).toEqual(['XBEI', 'XBEI']);
    expect(candidate?.missingRatings).toBe(4);
    expect(progress.totals.absent).toBe(2);
    const a = progress.assessors.find((row) => row.assessorId === s.assessors.a);
    expect(a).toMatchObject({ sheets: 8, absent: 1, notStarted: 7, remaining: 7 });
    expect(progress.sessions).toEqual([
      expect.objectContaining({ methodCode: 'XLGD', absent: 1, present: 0 }),
    ]);
  });
});
