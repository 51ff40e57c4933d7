import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../../src/main/app';
import { makeDataDir, removeDir } from '../../fixtures/data-dir';
import { ADMIN, caller, insertAssessor, insertAssignment, insertCandidates } from '../scoring/fixtures';

let dataDir: string;
let app: App;
let api: ReturnType<typeof caller>;
let programId: number;
let candidates: number[];
let criteria: number[];
let method: number;
let assessors: number[];

/**
 * A project-presentation panel judged only on a weighted rubric (Inovasi 40, Kelayakan 60, scale
 * 1–100): no competency levels, so results rank on the weighted score.
 */
beforeEach(async () => {
  dataDir = makeDataDir();
  app = await createApp({ dataDir });
  api = caller(app);
  programId = (await api.ok('program:create', { code: 'PANEL', name: 'Panel proyek perubahan' }, ADMIN)).id;
  const db = app.db;
  // Only the rubric judges: take the national preset's methods out of the matrix.
  db.prepare(
    'DELETE FROM competency_methods WHERE method_id IN (SELECT id FROM methods WHERE program_id = ?)',
  ).run(programId);
  const rubric = Number(
    db
      .prepare(
        `INSERT INTO rubrics (program_id, name, scale_min, scale_max) VALUES (?, 'Panel proyek', 1, 100)`,
      )
      .run(programId).lastInsertRowid,
  );
  const criterion = db.prepare(
    'INSERT INTO rubric_criteria (rubric_id, name, description, weight, sort_order) VALUES (?, ?, ?, ?, ?)',
  );
  criteria = [
    Number(criterion.run(rubric, 'Inovasi', '', 40, 1).lastInsertRowid),
    Number(criterion.run(rubric, 'Kelayakan', '', 60, 2).lastInsertRowid),
  ];
  method = Number(
    db
      .prepare(
        `INSERT INTO methods (program_id, code, name, sort_order, rubric_id) VALUES (?, 'PANEL', 'Panel', 1, ?)`,
      )
      .run(programId, rubric).lastInsertRowid,
  );
  candidates = insertCandidates(db, programId, 3);
  assessors = [
    await insertAssessor(db, programId, 'Penilai Satu', 'assessor', '1111'),
    await insertAssessor(db, programId, 'Penilai Dua', 'assessor', '2222'),
  ];
});

afterEach(async () => {
  await app.close();
  removeDir(dataDir);
});

function judge(candidate: number, assessor: number, scores: [number, number], submitted = true) {
  const sheet = insertAssignment(app.db, programId, candidate, assessor, method);
  const insert = app.db.prepare(
    `INSERT INTO rubric_scores (assignment_id, criterion_id, score, evidence, updated_at) VALUES (?, ?, ?, '', '2023-02-25')`,
  );
  criteria.forEach((criterion, i) => insert.run(sheet, criterion, scores[i]));
  if (submitted) app.db.prepare(`UPDATE assignments SET status = 'submitted' WHERE id = ?`).run(sheet);
}

describe('results of a programme judged on a weighted rubric', () => {
  it('ranks on the mean weighted score of the submitted sheets', async () => {
    judge(candidates[0] as number, assessors[0] as number, [80, 90]); // 86
    judge(candidates[0] as number, assessors[1] as number, [70, 80]); // 76 → mean 81
    judge(candidates[1] as number, assessors[0] as number, [90, 90]); // 90
    judge(candidates[2] as number, assessors[0] as number, [100, 100], false); // a draft counts for nothing

    const results = await api.ok('results:list', { programId }, ADMIN);
    expect(results.scoreKind).toBe('rubric');
    expect(results.competencies).toEqual([]);
    const [first, second, third] = results.candidates;
    expect(first).toMatchObject({
      candidateId: candidates[1],
      score: 90,
      rank: 1,
      status: 'complete',
      jpm: null,
    });
    expect(second).toMatchObject({ candidateId: candidates[0], score: 81, rank: 2 });
    expect(second?.rubrics[0]).toMatchObject({ methodCode: 'PANEL', score: 81, percent: 81, scaleMax: 100 });
    expect(third).toMatchObject({
      candidateId: candidates[2],
      status: 'incomplete',
      rank: null,
      score: null,
    });
    // Pemetaan thresholds on the rubric percentage: 90 is Optimal, 81 Cukup Optimal.
    expect(first?.category).toBe('O');
    expect(second?.category).toBe('CO');
  });
});
