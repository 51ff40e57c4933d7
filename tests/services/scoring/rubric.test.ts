import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../../src/main/app';
import { makeDataDir, removeDir } from '../../fixtures/data-dir';
import {
  assessorCtx,
  auditRows,
  caller,
  insertAssignment,
  OPERATOR,
  setUpScenario,
  type Scenario,
} from './fixtures';

let dataDir: string;
let app: App;
let s: Scenario;
let api: ReturnType<typeof caller>;
let sheet: number;
let criteria: number[];

beforeEach(async () => {
  dataDir = makeDataDir();
  app = await createApp({ dataDir });
  s = await setUpScenario(app);
  api = caller(app);
  const db = app.db;
  const rubric = Number(
    db
      .prepare(
        `INSERT INTO rubrics (program_id, name, scale_min, scale_max) VALUES (?, 'Panel proyek', 1, 100)`,
      )
      .run(s.programId).lastInsertRowid,
  );
  const criterion = db.prepare(
    'INSERT INTO rubric_criteria (rubric_id, name, description, weight, sort_order) VALUES (?, ?, ?, ?, ?)',
  );
  criteria = [
    Number(criterion.run(rubric, 'Inovasi', 'Kebaruan gagasan', 40, 1).lastInsertRowid),
    Number(criterion.run(rubric, 'Kelayakan', 'Dapat dijalankan', 60, 2).lastInsertRowid),
  ];
  const method = Number(
    db
      .prepare(
        `INSERT INTO methods (program_id, code, name, sort_order, rubric_id) VALUES (?, 'XPANEL', 'Panel (uji)', 200, ?)`,
      )
      .run(s.programId, rubric).lastInsertRowid,
  );
  sheet = insertAssignment(db, s.programId, s.candidates[0] as number, s.assessors.a, method);
});

afterEach(async () => {
  await app.close();
  removeDir(dataDir);
});

const A = () => assessorCtx(s.assessors.a, 'browser');

describe('a method judged on a weighted rubric', () => {
  it('shows its criteria and scale instead of competency levels', async () => {
    const got = await api.ok('scoring:get-sheet', { assignmentId: sheet }, A());
    expect(got.competencies).toEqual([]);
    expect(got.rubric).toMatchObject({ name: 'Panel proyek', scaleMin: 1, scaleMax: 100 });
    expect(got.criteria.map((c) => [c.name, c.weight, c.score])).toEqual([
      ['Inovasi', 40, null],
      ['Kelayakan', 60, null],
    ]);
    expect(got).toMatchObject({ rated: 0, total: 2 });
  });

  it('takes scores within the scale only, audited with old → new', async () => {
    await api.fails(
      'scores:save-criterion',
      { assignmentId: sheet, criterionId: criteria[0] as number, score: 101 },
      A(),
      'score-out-of-scale',
    );
    await api.fails(
      'scores:save',
      { assignmentId: sheet, competencyId: s.competency['M.1'] as number, level: 3 },
      A(),
      'competency-not-in-method',
    );
    const saved = await api.ok(
      'scores:save-criterion',
      { assignmentId: sheet, criterionId: criteria[0] as number, score: 85.5 },
      A(),
    );
    expect(saved.sheet).toMatchObject({ rated: 1, total: 2 });
    const [row] = auditRows(app.db, 'scores:save-criterion');
    expect(JSON.parse(row?.before_json ?? '')).toEqual({
      criterionId: criteria[0],
      score: null,
      evidence: '',
    });
    expect(JSON.parse(row?.after_json ?? '')).toEqual({
      criterionId: criteria[0],
      score: 85.5,
      evidence: '',
    });
  });

  it('is submitted once every criterion has a score', async () => {
    await api.ok(
      'scores:save-criterion',
      { assignmentId: sheet, criterionId: criteria[0] as number, score: 70 },
      A(),
    );
    const refused = await api.fails('scores:submit', { assignmentId: sheet }, A(), 'sheet-incomplete');
    expect(refused.message).toContain('Kelayakan');
    await api.ok(
      'scores:save-criterion',
      { assignmentId: sheet, criterionId: criteria[1] as number, score: 80 },
      A(),
    );
    await api.ok('scores:submit', { assignmentId: sheet }, A());
    await api.fails(
      'scores:save-criterion',
      { assignmentId: sheet, criterionId: criteria[1] as number, score: 90 },
      A(),
      'sheet-submitted',
    );
    const progress = await api.ok('progress:get', { programId: s.programId }, OPERATOR);
    const a = progress.assessors.find((row) => row.assessorId === s.assessors.a);
    expect(a).toMatchObject({ sheets: 9, submitted: 1 });
  });

  it('stays out of the paper score sheet', async () => {
    const ref = await api.ok(
      'scores:export-sheet',
      { programId: s.programId, assessorId: s.assessors.a },
      OPERATOR,
    );
    const { readScoreSheetFile } = await import('../../../src/main/services/score-sheets/score-sheet-read');
    const file = await readScoreSheetFile(app.files.download(ref.id).path, ref.fileName);
    expect(file.rows).toHaveLength(8);
  });
});
